package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.testsupport.CrateCloudApiMock;

/**
 * Clients of a {@link CrateCloudApiMock} built by hand, as a user without the
 * auto-configuration would.
 */
public final class MockClients {

	private MockClients() {
	}

	/**
	 * A client of the mock with its credentials and no retries.
	 * @param api the mock
	 * @return a new client
	 */
	public static CrateCloudClient client(CrateCloudApiMock api) {
		return client(api, RetrySettings.disabled());
	}

	/**
	 * A client of the mock with its credentials.
	 * @param api the mock
	 * @param retrySettings how the client retries
	 * @return a new client
	 */
	public static CrateCloudClient client(CrateCloudApiMock api, RetrySettings retrySettings) {
		return CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET))
			.baseUrl(api.baseUrl())
			.retry(retrySettings)
			.build();
	}

}
