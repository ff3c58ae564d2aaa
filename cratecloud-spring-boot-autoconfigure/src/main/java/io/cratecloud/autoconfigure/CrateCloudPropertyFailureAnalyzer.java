package io.cratecloud.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidCrateCloudPropertyException} at start-up: which property is
 * wrong and how to set it.
 */
class CrateCloudPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCrateCloudPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCrateCloudPropertyException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
