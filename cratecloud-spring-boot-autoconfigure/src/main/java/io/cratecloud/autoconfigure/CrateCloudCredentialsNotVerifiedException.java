package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudException;

/**
 * The CrateDB Cloud API did not accept the client's credentials at start-up
 * ({@code cratecloud.verify-credentials=true}), or could not be asked. Reported by
 * {@link CrateCloudCredentialsNotVerifiedFailureAnalyzer} with what to do.
 */
public class CrateCloudCredentialsNotVerifiedException extends RuntimeException {

	/**
	 * Create a new instance.
	 * @param cause the failure of the API's answer
	 */
	public CrateCloudCredentialsNotVerifiedException(CrateCloudException cause) {
		super("The CrateDB Cloud credentials could not be verified at start-up ('cratecloud.verify-credentials' is "
				+ "true): " + cause.getMessage(), cause);
	}

	@Override
	public synchronized CrateCloudException getCause() {
		return (CrateCloudException) super.getCause();
	}

}
