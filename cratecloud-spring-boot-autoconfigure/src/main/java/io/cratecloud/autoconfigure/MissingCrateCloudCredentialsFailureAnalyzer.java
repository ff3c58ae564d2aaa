package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudClient;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link MissingCrateCloudCredentialsException} at start-up: which property is
 * missing, what the other sources held, where to set it, and where keys come from.
 */
class MissingCrateCloudCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingCrateCloudCredentialsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingCrateCloudCredentialsException cause) {
		String variable = cause.getPlaceholderVariable();
		if (variable != null) {
			return new FailureAnalysis(cause.getMessage(), "Set the environment variable " + variable
					+ " (or a property " + variable + "), or remove the line that sets '" + cause.getProperty()
					+ "': Spring Boot binds the environment variable " + cause.getEnvironmentVariable() + " to '"
					+ cause.getProperty() + "' by itself.", cause);
		}
		return new FailureAnalysis(cause.getMessage(), "Set the environment variable "
				+ cause.getEnvironmentVariable() + " or '" + cause.getProperty()
				+ "' in your application's configuration; or log in with the official CLI (croud) and make an API key "
				+ "its current profile holds. Generate an API key and secret on the Account page of the CrateDB Cloud "
				+ "console (" + CrateCloudClient.DEFAULT_BASE_URL + "). To read them from elsewhere, declare a "
				+ "CrateCloudConnectionDetails bean; to run without the client, set 'cratecloud.enabled=false'.", cause);
	}

}
