package io.cratecloud.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link CrateCloudCredentialsNotVerifiedException}: what the API answered, and
 * what to do about it.
 */
class CrateCloudCredentialsNotVerifiedFailureAnalyzer
		extends AbstractFailureAnalyzer<CrateCloudCredentialsNotVerifiedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CrateCloudCredentialsNotVerifiedException cause) {
		return new FailureAnalysis(cause.getMessage(), ApiFailures.action(cause.getCause())
				+ " To start without asking the API, set 'cratecloud.verify-credentials=false'.", cause);
	}

}
