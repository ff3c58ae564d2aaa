package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudClient;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link MissingCrateCloudCredentialsException} at start-up: which property is
 * missing, where to set it, and where keys come from.
 */
class MissingCrateCloudCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingCrateCloudCredentialsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingCrateCloudCredentialsException cause) {
		return new FailureAnalysis(cause.getMessage(), "Set '" + cause.getProperty()
				+ "' in your application's configuration, or the environment variable "
				+ cause.getEnvironmentVariable() + ". Generate an API key and secret on the Account page of the "
				+ "CrateDB Cloud console (" + CrateCloudClient.DEFAULT_BASE_URL + "). To read them from elsewhere, "
				+ "declare a CrateCloudConnectionDetails bean; to run without the client, set "
				+ "'cratecloud.enabled=false'.", cause);
	}

}
