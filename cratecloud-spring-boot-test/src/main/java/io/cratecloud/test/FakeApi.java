package io.cratecloud.test;

/**
 * One group of the API's operations, answering from {@link FakeState}.
 */
interface FakeApi {

	/**
	 * Adds this group's routes, with the OpenAPI document's exact path templates.
	 * @param routes the routes to add to
	 */
	void register(Routes routes);

}
