package io.cratecloud.autoconfigure.estate;

import io.cratecloud.client.estate.EstateProblem;
import io.cratecloud.client.estate.EstateValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains an {@link EstateValidationException} at start-up: every problem of the declared
 * estate, each with its property path, and that nothing was sent to change CrateDB Cloud.
 */
class EstateValidationFailureAnalyzer implements FailureAnalyzer {

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null) {
			if (candidate instanceof EstateValidationException invalid) {
				return new FailureAnalysis(describe(invalid), "Fix each property named above in the application's "
						+ "configuration and restart: nothing was changed in CrateDB Cloud. Products, sizes, versions "
						+ "and regions must be ones the service offers; a password is never declared, 'password-from' "
						+ "names the environment variable or property that holds it.", invalid);
			}
			candidate = candidate.getCause();
		}
		return null;
	}

	private static String describe(EstateValidationException invalid) {
		int count = invalid.getProblems().size();
		StringBuilder description = new StringBuilder("The declared CrateDB Cloud estate is not valid (").append(count)
			.append((count == 1) ? " problem):" : " problems):");
		for (EstateProblem problem : invalid.getProblems()) {
			description.append(System.lineSeparator())
				.append("  - ")
				.append(problem.path())
				.append(": ")
				.append(problem.message());
		}
		return description.toString();
	}

}
