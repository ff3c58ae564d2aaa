package io.cratecloud.autoconfigure.jdbc;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains why the DataSource on a CrateDB Cloud cluster cannot be set up: a missing
 * password. A cluster that cannot be used is explained by
 * {@link io.cratecloud.autoconfigure.ClusterNotUsableFailureAnalyzer}.
 */
class CrateCloudDataSourceFailureAnalyzer implements FailureAnalyzer {

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null) {
			if (candidate instanceof MissingDataSourcePasswordException missing) {
				return new FailureAnalysis(missing.getMessage(), "Set 'spring.datasource.password' to the password "
						+ "given when the cluster was created (or changed since), for example through the environment "
						+ "variable SPRING_DATASOURCE_PASSWORD.", missing);
			}
			candidate = candidate.getCause();
		}
		return null;
	}

}
