package io.cratecloud.autoconfigure.estate;

import io.cratecloud.client.estate.EstateApplyException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains an {@link EstateApplyException} at start-up ({@code cratecloud.estate.mode=apply}):
 * what became of every change, the failed one with the service's reason.
 */
class EstateApplyFailureAnalyzer implements FailureAnalyzer {

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null) {
			if (candidate instanceof EstateApplyException failed) {
				String organization = failed.getReport().plan().organizationId();
				return new FailureAnalysis("The CrateDB Cloud estate of organization " + organization
						+ " could not be applied at start-up (cratecloud.estate.mode=apply):" + System.lineSeparator()
						+ failed.getReport().render(), "Fix the cause of the FAILED change above (the service's reason "
								+ "is in parentheses), then restart: the changes APPLIED stay applied, an operation "
								+ "still running is joined rather than sent again, and planning again "
								+ "(cratecloud.estate.mode=plan) shows what is left.",
						failed);
			}
			candidate = candidate.getCause();
		}
		return null;
	}

}
