package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;

import org.springframework.beans.factory.InitializingBean;

/**
 * Verifies at start-up that the API accepts the client's credentials, with one request
 * ({@code GET /api/v2/users/me/}), when {@code cratecloud.verify-credentials} is on: a key
 * that was deleted or mistyped then fails start-up with an explanation, not the first call.
 */
public class CrateCloudCredentialsVerification implements InitializingBean {

	private final CrateCloudClient client;

	/**
	 * Create the verification.
	 * @param client the client whose credentials to verify
	 */
	public CrateCloudCredentialsVerification(CrateCloudClient client) {
		this.client = client;
	}

	/**
	 * Ask the API who the credentials belong to.
	 * @throws CrateCloudCredentialsNotVerifiedException if the API did not say
	 */
	@Override
	public void afterPropertiesSet() {
		try {
			this.client.users().me();
		}
		catch (CrateCloudException ex) {
			throw new CrateCloudCredentialsNotVerifiedException(ex);
		}
	}

}
