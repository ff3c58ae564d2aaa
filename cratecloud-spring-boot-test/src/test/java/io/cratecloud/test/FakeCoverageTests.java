package io.cratecloud.test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.cratecloud.testsupport.OpenApiContract;
import io.cratecloud.testsupport.OpenApiContract.Operation;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * Which operations of the OpenAPI document in the starter's scope the fake serves, and which of
 * them the module's API tests had answered with a success (a 2xx, or a documented redirect) that
 * {@link FakeContract} found conforming.
 * <p>
 * Each test prints what is missing and fails if anything is, unless
 * {@code -Dcratecloud.fake.coverage.report-only=true}, which prints the same and passes.
 * <p>
 * The second measure runs the API tests (the classes tagged {@value FakeContract#API_TESTS})
 * itself, with JUnit's test kit, and counts what that run alone published: it needs no other
 * class to have run before it in the same JVM, and no order of classes.
 */
class FakeCoverageTests {

	static final String REPORT_ONLY = "cratecloud.fake.coverage.report-only";

	/**
	 * The classes the second measure runs: those that exercise the fake's API over a socket,
	 * but for the ones that also start Spring application contexts or wait in real time, which
	 * cost the most and whose operations the others exercise too.
	 */
	private static final String QUICK_API_TESTS = FakeContract.API_TESTS + " & !" + FakeContract.SPRING_CONTEXTS
			+ " & !" + FakeContract.REAL_TIME;

	@Test
	void theDocumentHasTheExpectedNumberOfOperationsInScope() {
		assertThat(OpenApiContract.inScope()).as("operations tagged %s", OpenApiContract.TAGS_IN_SCOPE)
			.hasSize(OpenApiContract.OPERATIONS_IN_SCOPE);
	}

	@Test
	void everyRouteOfTheFakeIsAnOperationOfTheDocumentOrAKnownOneItLacks() {
		Set<String> documented = new TreeSet<>();
		OpenApiContract.operations().forEach((operation) -> documented.add(operation.toString()));
		List<String> unknown = routes().stream()
			.filter((route) -> !documented.contains(route))
			.filter((route) -> FakeContract.OFF_DOCUMENT_TEMPLATES.stream().noneMatch(route::endsWith))
			.toList();
		// A route the document lacks is a misspelt template: its requests would never reach it.
		assertThat(unknown).as("routes whose method and template are not in the document").isEmpty();
	}

	@Test
	void theFakeServesEveryOperationInScope() {
		Set<String> routes = new TreeSet<>(routes());
		List<String> missing = missing(routes);
		report("routes", "the fake has no route for", missing);
		// Unlike what the suite exercised, the route table does not depend on which tests ran.
		assertThat(missing).as("operations in scope without a route").isEmpty();
	}

	@Test
	void everyOperationInScopeWasAnsweredWithASuccessAndCheckedAgainstTheDocument() {
		EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
			.selectors(selectPackage(FakeCoverageTests.class.getPackageName()))
			.filters(TagFilter.includeTags(QUICK_API_TESTS))
			.execute();
		assertThat(results.containerEvents().started().count()).as("test classes run").isGreaterThan(10);
		Set<String> checked = results.allEvents()
			.reportingEntryPublished()
			.stream()
			.map((event) -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
			.flatMap((entries) -> entries.entrySet().stream())
			.filter((entry) -> entry.getKey().equals(FakeContract.CHECKED_OPERATION))
			.map(Map.Entry::getValue)
			.collect(Collectors.toCollection(TreeSet::new));
		// The classes run report their own failures when Surefire runs them; here a failure
		// only explains a shortfall.
		long failed = results.testEvents().failed().count();
		String prefix = (failed > 0) ? "no success checked by FakeContract (" + failed + " tests of the run failed) for"
				: "no test had a success checked by FakeContract for";
		report("checked responses", prefix, missing(checked));
	}

	private static void report(String measure, String missingPrefix, List<String> missing) {
		StringBuilder report = new StringBuilder(System.lineSeparator()).append("fake coverage (")
			.append(measure)
			.append("): ")
			.append(OpenApiContract.OPERATIONS_IN_SCOPE - missing.size())
			.append(" of ")
			.append(OpenApiContract.OPERATIONS_IN_SCOPE)
			.append(" operations")
			.append(System.lineSeparator());
		missing.forEach((operation) -> report.append("  ")
			.append(missingPrefix)
			.append(": ")
			.append(operation)
			.append(System.lineSeparator()));
		System.out.print(report);
		System.out.flush();
		if (!missing.isEmpty() && !Boolean.getBoolean(REPORT_ONLY)) {
			fail(missing.size() + " of " + OpenApiContract.OPERATIONS_IN_SCOPE + " operations in scope are missing ("
					+ measure + "; -D" + REPORT_ONLY + "=true to report without failing):" + report);
		}
	}

	private static List<String> missing(Set<String> present) {
		return OpenApiContract.inScope()
			.stream()
			.map(Operation::toString)
			.filter((operation) -> !present.contains(operation))
			.toList();
	}

	/**
	 * The fake's routes as {@code METHOD template}, built as a running fake builds them.
	 */
	private static List<String> routes() {
		FakeState state = new FakeState(JsonMapper.builder().build(), Clock.systemUTC(), Duration.ofMillis(250),
				"coverage@example.com");
		Routes routes = new Routes();
		FakeApis.all(state).forEach((api) -> api.register(routes));
		return routes.operations();
	}

}
