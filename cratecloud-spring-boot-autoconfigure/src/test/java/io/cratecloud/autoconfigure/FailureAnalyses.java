package io.cratecloud.autoconfigure;

import java.util.List;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analyzes a start-up failure with the failure analyzers the module registers in
 * {@code META-INF/spring.factories}, as Spring Boot does, so that a test also proves the
 * analyzer is registered.
 */
public final class FailureAnalyses {

	private FailureAnalyses() {
	}

	/**
	 * The analysis of a failure by the first registered analyzer that explains it.
	 * @param failure the failure
	 * @return the analysis
	 */
	public static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).as("start-up failure").isNotNull();
		// Boot's own analyzers need what only a running application gives them: this module's
		// are the ones under test.
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader
			.forDefaultResourceLocation(FailureAnalyses.class.getClassLoader())
			.load(FailureAnalyzer.class, null, (factoryType, implementationName, ex) -> {
			});
		for (FailureAnalyzer analyzer : analyzers) {
			if (!analyzer.getClass().getName().startsWith("io.cratecloud.")) {
				continue;
			}
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		throw new AssertionError("No registered failure analyzer explains " + failure);
	}

}
