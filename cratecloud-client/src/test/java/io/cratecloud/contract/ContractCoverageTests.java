package io.cratecloud.contract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cratecloud.testsupport.CrateCloudApiMock;
import io.cratecloud.testsupport.OpenApiContract;
import io.cratecloud.testsupport.OpenApiContract.Operation;
import io.cratecloud.testsupport.ServedRequests;
import io.cratecloud.testsupport.ServedRequests.ServedRequest;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Which operations of the OpenAPI document in the client's scope the test suite exercises.
 * It runs the tests of the resource clients' packages itself, with JUnit's EngineTestKit, and
 * an operation counts as exercised when a {@link CrateCloudApiMock} answered a request of it
 * with a stub during that run (see {@link ServedRequests}); a request counts for the most
 * specific operation whose method and path template it matches. So it depends on no other
 * test having run before it, in any order or JVM.
 * <p>
 * Some operations in scope are deliberately not called by the client; {@link #NOT_CALLED}
 * lists them with the reason. It prints
 * {@code spec coverage: X of Y operations exercised, Z in scope but not called (...)} and the
 * operations neither exercised nor listed, and fails if there are any, or if a listed
 * operation is exercised after all. With {@code -Dcratecloud.coverage.report-only=true} it
 * prints the same and does not fail for operations never exercised, to see the list without
 * failing the build.
 */
class ContractCoverageTests {

	/** The packages whose tests call the API's operations through the resource clients. */
	private static final List<String> RESOURCE_PACKAGES = List.of("auditlogs", "clusters", "datajobs", "metadata",
			"organizations", "products", "projects", "regions", "roles", "subscriptions", "users");

	static final String REPORT_ONLY = "cratecloud.coverage.report-only";

	private static final String PROVIDER_OVERRIDES = "the document says the billing providers' overrides all answer "
			+ "as GET /api/v2/subscriptions/{subscription_id}/, which SubscriptionsClient.get calls";

	/**
	 * Operations in scope that the client deliberately does not call, each with the reason.
	 * An operation listed here that the suite exercises fails the test: the list must not
	 * hide coverage.
	 */
	static final Map<String, String> NOT_CALLED = Map.of(
			"GET /api/v2/aws/subscriptions/{subscription_id}/", PROVIDER_OVERRIDES,
			"GET /api/v2/azure/subscriptions/{subscription_id}/", PROVIDER_OVERRIDES,
			"GET /api/v2/gcp/subscriptions/{subscription_id}/", PROVIDER_OVERRIDES,
			"GET /api/v2/stripe/subscriptions/{subscription_id}/", PROVIDER_OVERRIDES);

	@Test
	void theDocumentHasTheExpectedNumberOfOperationsInScope() {
		List<Operation> inScope = OpenApiContract.inScope();
		System.out.println("operations in scope: " + inScope.size());
		assertThat(inScope).as("operations tagged %s", OpenApiContract.TAGS_IN_SCOPE)
			.hasSize(OpenApiContract.OPERATIONS_IN_SCOPE);
	}

	@Test
	void everyOperationInScopeIsExercisedByTheSuiteOrDeliberatelyNotCalled() {
		List<Operation> operations = OpenApiContract.operations();
		List<Operation> inScope = OpenApiContract.inScope();
		Set<String> inScopeNames = inScope.stream().map(Operation::toString).collect(Collectors.toSet());
		Set<Operation> exercised = exercisedByTheResourceClientsTests().stream()
			.map((request) -> operationOf(request, operations))
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
		List<Operation> exercisedInScope = inScope.stream().filter(exercised::contains).toList();
		List<Operation> unused = inScope.stream()
			.filter((operation) -> NOT_CALLED.containsKey(operation.toString()))
			.toList();
		List<Operation> missing = inScope.stream()
			.filter((operation) -> !exercised.contains(operation) && !NOT_CALLED.containsKey(operation.toString()))
			.toList();
		List<Operation> calledAfterAll = unused.stream().filter(exercised::contains).toList();
		List<String> unknown = NOT_CALLED.keySet().stream().filter((name) -> !inScopeNames.contains(name)).toList();
		StringBuilder report = new StringBuilder();
		report.append(System.lineSeparator())
			.append("spec coverage: ")
			.append(exercisedInScope.size())
			.append(" of ")
			.append(inScope.size())
			.append(" operations exercised, ")
			.append(unused.size())
			.append(" in scope but not called (")
			.append(unused.stream().map(Operation::toString).collect(Collectors.joining(", ")))
			.append(")")
			.append(System.lineSeparator());
		unused.forEach((operation) -> report.append("  not called: ")
			.append(operation)
			.append(": ")
			.append(NOT_CALLED.get(operation.toString()))
			.append(System.lineSeparator()));
		missing.forEach((operation) -> report.append("  not exercised: ")
			.append(operation)
			.append(" [")
			.append(String.join(", ", operation.tags()))
			.append("]")
			.append(System.lineSeparator()));
		System.out.print(report);
		System.out.flush();
		assertThat(unknown).as("operations listed as not called that are not in scope").isEmpty();
		assertThat(calledAfterAll)
			.as("operations listed as not called that the suite exercises: take them off the list")
			.isEmpty();
		if (!missing.isEmpty() && !Boolean.getBoolean(REPORT_ONLY)) {
			fail(missing.size() + " of " + inScope.size()
					+ " operations in scope were never answered to a test, nor are listed as not called (-D"
					+ REPORT_ONLY + "=true to report without failing):" + System.lineSeparator()
					+ missing.stream().map(Operation::toString).collect(Collectors.joining(System.lineSeparator())));
		}
	}

	/**
	 * Run the tests of the resource clients' packages and record what the mock answered them.
	 */
	private static Set<ServedRequest> exercisedByTheResourceClientsTests() {
		DiscoverySelector[] packages = RESOURCE_PACKAGES.stream()
			.map((name) -> DiscoverySelectors.selectPackage("io.cratecloud.client." + name))
			.toArray(DiscoverySelector[]::new);
		Set<ServedRequest> served = ServedRequests
			.recordWhile(() -> EngineTestKit.engine("junit-jupiter").selectors(packages).execute()
				.testEvents()
				.assertStatistics((statistics) -> statistics.failed(0)));
		assertThat(served).as("requests the resource clients' tests had answered").isNotEmpty();
		return served;
	}

	/**
	 * The operation a request was, among all the document's operations, whether in scope or
	 * not: a path that fits several templates is the one with the most fixed text, as
	 * OpenAPI matches concrete paths before templated ones.
	 * @param request the request
	 * @param operations the document's operations
	 * @return the operation, or empty if the request fits none
	 */
	static Optional<Operation> operationOf(ServedRequest request, List<Operation> operations) {
		return operations.stream()
			.filter((operation) -> operation.matches(request.method(), request.rawPath()))
			.max(Comparator.comparingInt(Operation::literalLength));
	}

}
