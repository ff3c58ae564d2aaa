package io.cratecloud.client;

import io.cratecloud.testsupport.CrateCloudApiMock;

/**
 * Clients of a {@link CrateCloudApiMock}, with its made-up credentials.
 */
public final class TestClients {

	private TestClients() {
	}

	/**
	 * The test credentials.
	 * @return the credentials the mock expects
	 */
	public static CrateCloudCredentials credentials() {
		return CrateCloudCredentials.of(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET);
	}

	/**
	 * A client of the mock with no retries.
	 * @param api the mock
	 * @return a new client
	 */
	public static CrateCloudClient client(CrateCloudApiMock api) {
		return client(api, RetrySettings.disabled());
	}

	/**
	 * A client of the mock.
	 * @param api the mock
	 * @param retrySettings how the client retries
	 * @return a new client
	 */
	public static CrateCloudClient client(CrateCloudApiMock api, RetrySettings retrySettings) {
		return builder(api).retry(retrySettings).build();
	}

	/**
	 * A builder of clients of the mock, with its base URL and credentials.
	 * @param api the mock
	 * @return a new builder
	 */
	public static CrateCloudClient.Builder builder(CrateCloudApiMock api) {
		return CrateCloudClient.builder().credentials(credentials()).baseUrl(api.baseUrl());
	}

}
