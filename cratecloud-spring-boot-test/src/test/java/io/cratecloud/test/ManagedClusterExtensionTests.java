package io.cratecloud.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.estate.EstateApplyException;
import io.cratecloud.client.sql.CrateDbSql;
import io.cratecloud.test.ManagedClusterExtension.OnExit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * {@link ManagedClusterExtension} as JUnit drives it, against the fake: sample classes below,
 * run by JUnit's test kit, use it as an integration test would, so that what it does before
 * their tests (deploy, reuse, resume, wait for GREEN), in them (parameters) and after them
 * (keep, suspend, delete) can be checked. The fake's manual clock is moved on by a thread
 * while a sample runs, so that operations end.
 */
class ManagedClusterExtensionTests extends ClusterFakeTests {

	private static final Duration AWAIT = Duration.ofMinutes(5);

	private static final String CLUSTERS = "/api/v2/organizations/{organization_id}/clusters/";

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	ManagedClusterExtensionTests() {
		super(FakeCrateCloud.builder().manualClock().operationStep(STEP).start(), Duration.ofMillis(5));
	}

	@Test
	void deploysAMissingClusterHandsItToTheTestsAndKeepsItByDefault() {
		ManagedClusterExtension managed = managed().build();

		EngineExecutionResults results = run(UsingSample.class, managed, 3);

		assertThat(this.fake.requests("POST", "/api/v2/projects/")).hasSize(1);
		assertThat(this.fake.requests("POST", CLUSTERS)).hasSize(1);
		Cluster orders = UsingSample.clusters.get(0);
		assertThat(UsingSample.clusters).extracting(Cluster::id).containsOnly(orders.id()).hasSize(3);
		assertThat(orders.name()).isEqualTo("orders");
		assertThat(orders.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(managed.created()).isTrue();
		ManagedClusterJdbcDetails jdbc = UsingSample.jdbc.get(0);
		assertThat(jdbc.clusterId()).isEqualTo(orders.id());
		assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://" + orders.hostName() + ":5432/doc?sslmode=require");
		assertThat(jdbc.username()).isEqualTo("admin");
		assertThat(jdbc.password()).isEqualTo(PASSWORD);
		assertThat(jdbc.toString()).doesNotContain(PASSWORD).contains("password=******");
		assertThat(UsingSample.sqlClusterIds).containsExactly(orders.id());
		assertThat(UsingSample.descriptions).singleElement()
			.asString()
			.contains("cluster=analytics/orders", "onExit=KEEP", "clusterId=" + orders.id())
			.doesNotContain(PASSWORD)
			.doesNotContain(this.fake.apiSecret());
		// Kept: still there, running, after the tests.
		assertThat(this.client.clusters().get(orders.id()).suspended()).isFalse();
		List<String> entries = reportEntries(results);
		assertThat(entries).anyMatch((entry) -> entry.contains("\n+ create cluster analytics/orders: default/cr1"))
			.contains("Deployed analytics/orders (" + orders.id() + "): GREEN", "Kept analytics/orders")
			.noneMatch((entry) -> entry.contains(PASSWORD));
		assertThat(managed.toString()).contains("not ready").doesNotContain(PASSWORD);
		assertThat(managed.estate().clusterCount()).isEqualTo(1);
	}

	@Test
	void reusesAnExistingClusterOfTheNameWithoutDeployingAnother() {
		SeededProject analytics = this.acme.project("analytics");
		String orders = analytics.cluster("orders").create();
		analytics.cluster("legacy").create();
		ManagedClusterExtension managed = managed().build();

		run(UsingSample.class, managed, 3);

		assertThat(this.fake.requests("POST", CLUSTERS)).isEmpty();
		assertThat(this.fake.requests()).extracting(RecordedExchange::method).containsOnly("GET");
		assertThat(UsingSample.clusters).extracting(Cluster::id).containsOnly(orders);
		assertThat(managed.created()).isFalse();
	}

	@Test
	void resumesASuspendedClusterAndWaitsUntilItIsGreen() {
		String orders = this.acme.project("analytics").cluster("orders").suspended().create();
		ManagedClusterExtension managed = managed().build();

		run(UsingSample.class, managed, 3);

		assertThat(this.fake.requests("POST", CLUSTERS)).isEmpty();
		assertThat(this.fake.requests("PUT", "/api/v2/clusters/{cluster_id}/suspend/")).singleElement()
			.satisfies((exchange) -> assertThat(exchange.requestBody()).contains("false"));
		assertThat(UsingSample.clusters).allSatisfy((cluster) -> {
			assertThat(cluster.id()).isEqualTo(orders);
			assertThat(cluster.suspended()).isFalse();
			assertThat(cluster.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		});
	}

	@Test
	void suspendsTheClusterAfterTheTestsWhenDeclared() {
		ManagedClusterExtension managed = managed().onExit(OnExit.SUSPEND).build();

		EngineExecutionResults results = run(UsingSample.class, managed, 3);

		Cluster orders = this.client.clusters().get(UsingSample.clusters.get(0).id());
		assertThat(orders.suspended()).isTrue();
		assertThat(orders.health().status()).isEqualTo(ClusterHealthStatus.SUSPENDED);
		assertThat(reportEntries(results)).contains("Suspended analytics/orders");
	}

	@Test
	void deletesAClusterItDeployedAfterTheTestsWhenDeclared() {
		ManagedClusterExtension managed = managed().onExit(OnExit.DELETE_IF_CREATED).build();

		run(UsingSample.class, managed, 3);

		String orders = UsingSample.clusters.get(0).id();
		assertThat(this.fake.requests("DELETE", "/api/v2/clusters/{cluster_id}/")).hasSize(1);
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters().get(orders));
	}

	@Test
	void keepsAClusterThatExistedBeforeUnlessDeleteIsDeclared() {
		String orders = this.acme.project("analytics").cluster("orders").create();

		EngineExecutionResults kept = run(UsingSample.class, managed().onExit(OnExit.DELETE_IF_CREATED).build(), 3);

		assertThat(this.client.clusters().get(orders).suspended()).isFalse();
		assertThat(reportEntries(kept)).contains("Kept analytics/orders: it existed before the tests");

		run(UsingSample.class, managed().onExit(OnExit.DELETE).build(), 3);

		assertThat(this.fake.requests("POST", CLUSTERS)).isEmpty();
		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> this.client.clusters().get(orders));
	}

	@Test
	void neverUnprotectsAClusterThatExistedBeforeAndWasProtectedByHand() {
		String orders = this.acme.project("analytics").cluster("orders").deletionProtected().create();

		EngineExecutionResults results = runSample(UsingSample.class, managed().onExit(OnExit.DELETE).build());

		assertThat(results.testEvents().succeeded().count()).isEqualTo(3);
		assertThat(failures(results.containerEvents())).singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("existed before the tests and is protected against deletion: it is kept");
		assertThat(this.client.clusters().get(orders).deletionProtected()).isTrue();
		assertThat(this.fake.requests("PUT", "/api/v2/clusters/{cluster_id}/deletion-protection/")).isEmpty();
		assertThat(this.fake.requests("DELETE", "/api/v2/clusters/{cluster_id}/")).isEmpty();
	}

	@Test
	void turnsOffTheProtectionOfAClusterItDeployedBeforeDeletingIt() {
		ProtectingSample.managed = managed().onExit(OnExit.DELETE).build();
		runClock();
		EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(ProtectingSample.class))
			.execute();
		stopClockNow();

		assertThat(failures(results.allEvents())).isEmpty();
		assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
		assertThat(this.fake.requests("PUT", "/api/v2/clusters/{cluster_id}/deletion-protection/"))
			.extracting(RecordedExchange::requestBody)
			.satisfiesExactly((protect) -> assertThat(protect).contains("true"),
					(unprotect) -> assertThat(unprotect).contains("false"));
		assertThat(this.fake.requests("DELETE", "/api/v2/clusters/{cluster_id}/")).hasSize(1);
		assertThat(this.client.clusters().list()).isEmpty();
	}

	@Test
	void aStartThatRunsOutOfTimeFailsTheClassAndTheClusterItDeployedIsStillDeleted() {
		// The clock stands still: the deployment never ends within the start's time.
		ManagedClusterExtension managed = managed().onExit(OnExit.DELETE_IF_CREATED)
			.startTimeout(Duration.ofMillis(300))
			.build();

		EngineExecutionResults results = runSample(UsingSample.class, managed);

		assertThat(results.testEvents().started().count()).isZero();
		assertThat(failures(results.containerEvents())).singleElement()
			.satisfies((failure) -> assertThat(failure).isInstanceOfAny(EstateApplyException.class,
					CrateCloudOperationTimeoutException.class));
		assertThat(this.fake.requests("POST", CLUSTERS)).hasSize(1);
		assertThat(this.fake.requests("DELETE", "/api/v2/clusters/{cluster_id}/")).hasSize(1);
		assertThat(this.client.clusters().list()).isEmpty();
	}

	@Test
	void onAnInstanceFieldItRefusesToServeTheTests() {
		InstanceSample.managed = managed().build();

		EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(InstanceSample.class))
			.execute();

		assertThat(failures(results.testEvents())).singleElement()
			.satisfies((failure) -> assertThat(failure).hasMessageContaining("on a static field"));
		assertThat(this.fake.requests()).isEmpty();
	}

	@Test
	void theBuilderChecksTheDeclaration() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ManagedClusterExtension.builder().project("analytics").build())
			.withMessageContaining("organization(id)");
		assertThatIllegalStateException()
			.isThrownBy(() -> ManagedClusterExtension.builder().organization(this.acme.id()).project("analytics").build())
			.withMessageContaining("cluster(name, settings)");
		assertThatIllegalStateException()
			.isThrownBy(() -> managed().baseUrl(this.fake.baseUrl()).build())
			.withMessageContaining("not both");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> managed().cluster("orders", (cluster) -> cluster.product("cr1")
				.crateVersion("5.10.3")
				.deletionProtected(true)
				.passwordFrom("ORDERS_PASSWORD")).onExit(OnExit.DELETE).build())
			.withMessageContaining("deletionProtected(true) and onExit(DELETE)");
		assertThatIllegalArgumentException().isThrownBy(() -> managed().startTimeout(Duration.ZERO));
		assertThatIllegalStateException().isThrownBy(() -> managed().build().cluster())
			.withMessageContaining("@RegisterExtension on a static field");
		assertThat(this.fake.requests()).isEmpty();
	}

	@Test
	void withoutAClientOfItsOwnItBuildsOneFromTheBaseUrlAndCredentials() {
		this.acme.project("analytics").cluster("orders").create();
		ManagedClusterExtension managed = ManagedClusterExtension.builder()
			.baseUrl(this.fake.baseUrl())
			.credentials(io.cratecloud.client.CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()))
			.organization(this.acme.id())
			.project("analytics")
			.cluster("orders", (cluster) -> cluster.product("cr1").crateVersion("5.10.3").passwordFrom("ORDERS_PASSWORD"))
			.passwords(Map.of("ORDERS_PASSWORD", PASSWORD)::get)
			.build();

		run(UsingSample.class, managed, 3);

		assertThat(managed.toString()).doesNotContain(this.fake.apiSecret());
		assertThat(this.fake.requests()).isNotEmpty().extracting(RecordedExchange::method).containsOnly("GET");
	}

	private ManagedClusterExtension.Builder managed() {
		return ManagedClusterExtension.builder()
			.client(this.client)
			.organization(this.acme.id())
			.project("analytics")
			.cluster("orders", (cluster) -> cluster.product("cr1").crateVersion("5.10.3").passwordFrom("ORDERS_PASSWORD"))
			.passwords(Map.of("ORDERS_PASSWORD", PASSWORD)::get)
			.startTimeout(AWAIT)
			.stopTimeout(AWAIT);
	}

	/**
	 * Runs the sample with the extension, the fake's clock moving on, and checks that every
	 * test and container of it succeeded.
	 */
	private EngineExecutionResults run(Class<?> sample, ManagedClusterExtension managed, int tests) {
		runClock();
		EngineExecutionResults results = runSample(sample, managed);
		stopClockNow();
		assertThat(failures(results.allEvents())).as("failures of %s", sample.getSimpleName()).isEmpty();
		assertThat(results.testEvents().succeeded().count()).isEqualTo(tests);
		return results;
	}

	private static EngineExecutionResults runSample(Class<?> sample, ManagedClusterExtension managed) {
		UsingSample.reset(managed);
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute();
	}

	private static List<Throwable> failures(org.junit.platform.testkit.engine.Events events) {
		return events.failed()
			.stream()
			.map((event) -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
			.toList();
	}

	private static List<String> reportEntries(EngineExecutionResults results) {
		return results.allEvents()
			.reportingEntryPublished()
			.stream()
			.flatMap((event) -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().values().stream())
			.toList();
	}

	private void stopClockNow() {
		try {
			stopClock();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Run by the test kit only: a managed cluster on a static field, its parameters in two
	 * tests and a nested class, what they saw recorded for the enclosing test.
	 */
	static class UsingSample {

		@RegisterExtension
		static ManagedClusterExtension managed;

		static final List<Cluster> clusters = new CopyOnWriteArrayList<>();

		static final List<ManagedClusterJdbcDetails> jdbc = new CopyOnWriteArrayList<>();

		static final List<String> sqlClusterIds = new CopyOnWriteArrayList<>();

		static final List<String> descriptions = new CopyOnWriteArrayList<>();

		static void reset(ManagedClusterExtension extension) {
			managed = extension;
			clusters.clear();
			jdbc.clear();
			sqlClusterIds.clear();
			descriptions.clear();
		}

		@BeforeAll
		static void theClusterIsReadyBeforeAllTests(Cluster cluster) {
			assertThat(cluster.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
			descriptions.add(managed.toString());
		}

		@Test
		void receivesTheClusterItsJdbcDetailsAndSql(Cluster cluster, ManagedClusterJdbcDetails details, CrateDbSql sql) {
			clusters.add(cluster);
			jdbc.add(details);
			sqlClusterIds.add(sql.clusterId());
			assertThat(cluster).isSameAs(managed.cluster());
			assertThat(managed.clusterId()).isEqualTo(cluster.id());
			assertThat(managed.jdbc()).isEqualTo(details);
			assertThat(managed.report().isSuccess()).isTrue();
		}

		@Test
		void findsTheSameClusterInEveryTest(Cluster cluster) {
			clusters.add(cluster);
		}

		@Nested
		class Inner {

			@Test
			void sharesTheClusterOfTheEnclosingClass(Cluster cluster) {
				clusters.add(cluster);
				assertThat(cluster).isSameAs(managed.cluster());
			}

		}

	}

	/**
	 * Run by the test kit only: a test that protects the managed cluster against deletion.
	 */
	static class ProtectingSample {

		@RegisterExtension
		static ManagedClusterExtension managed;

		@Test
		void protectsTheCluster() {
			managed.client().clusters().updateDeletionProtection(managed.clusterId(), true);
		}

	}

	/**
	 * Run by the test kit only: a managed cluster on an instance field, which cannot serve the
	 * tests of a class.
	 */
	static class InstanceSample {

		static ManagedClusterExtension managed;

		@RegisterExtension
		ManagedClusterExtension extension = managed;

		@Test
		void neverRuns() {
		}

	}

}
