package io.cratecloud.test;

/**
 * How the fake answers a request with missing or wrong credentials. The live service's answer is
 * not known (api-notes.md), so a client must cope with both.
 */
public enum UnauthenticatedResponse {

	/**
	 * {@code 401 {"message": "Authentication required.", "success": false}}, as the document
	 * promises.
	 */
	JSON_401,

	/**
	 * {@code 302 Location: /?rd=<requested path>}, the gateway's redirect to the console's login.
	 */
	LOGIN_REDIRECT

}
