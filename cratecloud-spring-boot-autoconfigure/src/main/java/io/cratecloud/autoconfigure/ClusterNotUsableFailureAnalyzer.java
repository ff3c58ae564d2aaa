package io.cratecloud.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains a {@link ClusterNotUsableException} at start-up: what is wrong with the cluster a
 * property names, and the action that fixes it.
 */
class ClusterNotUsableFailureAnalyzer implements FailureAnalyzer {

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null) {
			if (candidate instanceof ClusterNotUsableException notUsable) {
				return new FailureAnalysis(notUsable.getMessage(), notUsable.getAction(), notUsable);
			}
			candidate = candidate.getCause();
		}
		return null;
	}

}
