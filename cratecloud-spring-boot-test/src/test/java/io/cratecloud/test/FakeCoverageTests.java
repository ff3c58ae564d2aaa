package io.cratecloud.test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.cratecloud.testsupport.OpenApiContract;
import io.cratecloud.testsupport.OpenApiContract.Operation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Which operations of the OpenAPI document in the starter's scope the fake serves, and which of
 * them the module's tests had answered with a success (a 2xx, or a documented redirect) that
 * {@link FakeContract} found conforming.
 * <p>
 * Each test prints what is missing and fails if anything is, unless
 * {@code -Dcratecloud.fake.coverage.report-only=true}, which prints the same and passes.
 * <p>
 * It must run after every other test class: {@code junit-platform.properties} orders classes
 * by {@link Order @Order}, and classes without one come before this one. The second measure
 * needs the whole suite in one JVM, as Surefire runs it by default; run on its own it finds
 * nothing checked.
 */
@Order(Integer.MAX_VALUE)
class FakeCoverageTests {

	static final String REPORT_ONLY = "cratecloud.fake.coverage.report-only";

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
		Set<String> checked = FakeContract.checkedOperations();
		report("checked responses", "no test had a success checked by FakeContract for", missing(checked));
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
