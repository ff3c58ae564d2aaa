package io.cratecloud.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.estate.ChangeKind;
import io.cratecloud.client.estate.ChangeOutcome;
import io.cratecloud.client.estate.ChangeStatus;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstateApplyException;
import io.cratecloud.client.estate.EstateClient;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.client.estate.EstateProblem;
import io.cratecloud.client.estate.EstateReport;
import io.cratecloud.client.estate.EstateValidationException;
import io.cratecloud.client.estate.PlannedChange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The estate as code against the fake: plans read a fixed number of lists, applies make
 * the changes one operation per cluster at a time, a second apply sends no write, and an
 * apply cut short is resumed by applying again, joining what still runs.
 */
class EstateOnTheFakeTests extends ClusterFakeTests {

	private static final Duration AWAIT = Duration.ofMinutes(5);

	private static final Map<String, String> PASSWORDS = Map.of("ORDERS_PASSWORD", PASSWORD, "METRICS_PASSWORD",
			PASSWORD + "-metrics");

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	EstateOnTheFakeTests() {
		super(FakeCrateCloud.builder().manualClock().operationStep(STEP).start(), Duration.ofMillis(5));
	}

	@Test
	void aPlanOfANewEstateCreatesEverythingAndSendsOnlyReads() {
		EstatePlan plan = this.client.estate().plan(newEstate());

		assertThat(plan.changes()).extracting(PlannedChange::kind, PlannedChange::resource)
			.containsExactly(tuple(ChangeKind.CREATE_PROJECT, "project analytics"),
					tuple(ChangeKind.CREATE_CLUSTER, "cluster analytics/orders"),
					tuple(ChangeKind.UPDATE_IP_ALLOWLIST, "cluster analytics/orders"),
					tuple(ChangeKind.UPDATE_BACKUP_SCHEDULE, "cluster analytics/orders"),
					tuple(ChangeKind.UPDATE_DELETION_PROTECTION, "cluster analytics/orders"),
					tuple(ChangeKind.CREATE_CLUSTER, "cluster analytics/metrics"));
		assertThat(plan.render()).contains("+ create project analytics: region aks1.westeurope.azure")
			.contains("+ create cluster analytics/orders: default/cr1, 3 nodes, CrateDB 5.10.3, 512 GiB per node, admin user admin")
			.contains("~ ip allowlist cluster analytics/orders: [] (every address) -> [10.0.0.0/8 (office), 192.168.1.7]")
			.endsWith("Plan: 3 to create, 3 to change, 0 blocked, 0 unmanaged.")
			.doesNotContain(PASSWORD);
		assertThat(plan.toJson()).doesNotContain(PASSWORD);
		// Projects, clusters, products, regions (a region is declared), subscriptions (a
		// cluster is to be created and none is declared): reads only.
		assertThat(this.fake.requests()).extracting(RecordedExchange::method).containsOnly("GET").hasSize(5);
	}

	@Test
	void anApplyMakesThePlanEmptyAndASecondApplySendsNoWrite() {
		Estate estate = newEstate();
		runClock();
		List<OperationProgress> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

		PendingOperation<EstateReport> apply = this.client.estate().apply(estate);
		assertThat(apply.kind()).isEqualTo(OperationKind.ESTATE);
		assertThat(apply.clusterId()).isEqualTo(this.acme.id());
		assertThat(apply.token()).isEqualTo(apply.token());
		EstateReport report = apply.await(AWAIT, progress::add);

		assertThat(report.isSuccess()).isTrue();
		assertThat(report.outcomes()).extracting(ChangeOutcome::status).containsOnly(ChangeStatus.APPLIED).hasSize(6);
		assertThat(progress).last().satisfies((last) -> assertThat(last.kind()).isEqualTo(OperationKind.ESTATE));
		assertThat(progress).extracting(OperationProgress::message).anyMatch((message) -> message.startsWith("+ create cluster analytics/orders"));
		List<RecordedExchange> firstApply = this.fake.requests();
		assertThat(writes(firstApply)).containsExactlyInAnyOrder("POST /api/v2/projects/",
				"POST /api/v2/organizations/{organization_id}/clusters/",
				"POST /api/v2/organizations/{organization_id}/clusters/",
				"PUT /api/v2/clusters/{cluster_id}/ip-restrictions/",
				"PUT /api/v2/clusters/{cluster_id}/backup-schedule/",
				"PUT /api/v2/clusters/{cluster_id}/deletion-protection/");
		Cluster orders = cluster("orders");
		assertThat(orders.numNodes()).isEqualTo(3);
		assertThat(orders.hardwareSpecs().diskSizePerNodeBytes()).isEqualTo(DataSize.ofGigabytes(512).toBytes());
		assertThat(orders.ipAllowlist()).containsExactlyInAnyOrder(new IpAllowlistEntry("10.0.0.0/8", "office"),
				new IpAllowlistEntry("192.168.1.7", null));
		assertThat(orders.backupSchedule()).isEqualTo("0 2,14 * * *");
		assertThat(orders.deletionProtected()).isTrue();

		assertThat(this.client.estate().plan(estate).isEmpty()).isTrue();
		this.fake.clearRequests();
		EstateReport second = this.client.estate().apply(estate).await(AWAIT);

		assertThat(second.outcomes()).isEmpty();
		assertThat(second.render()).isEqualTo("Apply: nothing to do.");
		// The second apply only plans: projects, clusters, products and regions; no write.
		assertThat(this.fake.requests()).extracting(RecordedExchange::template)
			.containsExactly("/api/v2/organizations/{organization_id}/projects/",
					"/api/v2/organizations/{organization_id}/clusters/", "/api/v2/products/",
					"/api/v2/organizations/{organization_id}/regions/");
	}

	@Test
	void anExistingClusterIsChangedOneOperationAtATimeInOrder() {
		SeededProject analytics = this.acme.project("analytics");
		analytics.cluster("orders").nodes(2).create();
		analytics.cluster("legacy").create();
		String other = this.acme.project("sandbox").id();
		Estate estate = Estate.builder(this.acme.id())
			.project("analytics", (project) -> project.cluster("orders", (cluster) -> cluster.product("cr2")
				.nodes(3)
				.crateVersion("5.10.4")
				.storage(DataSize.ofGigabytes(1024))
				.allow("10.0.0.0/8", null)
				.backupHours("14,2")
				.deletionProtected(true)
				.passwordFrom("ORDERS_PASSWORD")))
			.build();
		runClock();

		EstatePlan plan = this.client.estate().plan(estate);
		EstateReport report = this.client.estate().apply(estate).await(AWAIT);

		assertThat(plan.render()).contains("~ change product cluster analytics/orders: cr1 -> cr2")
			.contains("~ scale cluster analytics/orders: 2 nodes -> 3 nodes")
			.contains("~ expand storage cluster analytics/orders: 256 GiB -> 1024 GiB")
			.contains("~ upgrade cluster analytics/orders: 5.10.3 -> 5.10.4")
			.contains("~ backup schedule cluster analytics/orders: hours 3 -> hours 2,14")
			.contains("unmanaged cluster analytics/legacy")
			.contains("unmanaged project sandbox (" + other + ")");
		assertThat(report.outcomes()).extracting((outcome) -> outcome.change().kind())
			.containsExactly(ChangeKind.CHANGE_PRODUCT, ChangeKind.SCALE, ChangeKind.EXPAND_STORAGE, ChangeKind.UPGRADE,
					ChangeKind.UPDATE_IP_ALLOWLIST, ChangeKind.UPDATE_BACKUP_SCHEDULE,
					ChangeKind.UPDATE_DELETION_PROTECTION);
		assertThat(report.withStatus(ChangeStatus.APPLIED)).hasSize(7);
		// The fake refuses a change while another runs (409): none was refused.
		assertThat(this.fake.requests()).noneMatch((exchange) -> exchange.status() == 409);
		Cluster orders = cluster("orders");
		assertThat(orders.productName()).isEqualTo("cr2");
		assertThat(orders.crateVersion()).isEqualTo("5.10.4");
		assertThat(this.client.estate().plan(estate).isEmpty()).isTrue();
		assertThat(cluster("legacy").numNodes()).isEqualTo(1);
	}

	@Test
	void whatTheApiCannotDoIsBlockedAndNeverSent() {
		SeededProject analytics = this.acme.project("analytics");
		analytics.cluster("orders").crateVersion("5.10.4").create();
		analytics.cluster("paused").suspended().create();
		Estate estate = Estate.builder(this.acme.id())
			.project("analytics", (project) -> project.region("aks1.westeurope.azure")
				.cluster("orders", (cluster) -> cluster.product("cr1")
					.crateVersion("5.10.3")
					.storage(DataSize.ofGigabytes(128))
					.passwordFrom("ORDERS_PASSWORD"))
				.cluster("paused", (cluster) -> cluster.product("cr1").nodes(2).passwordFrom("ORDERS_PASSWORD")))
			.build();

		EstatePlan plan = this.client.estate().plan(estate);
		EstateReport report = this.client.estate().apply(estate).await(AWAIT);

		assertThat(plan.blocked()).extracting(PlannedChange::kind, PlannedChange::blockedReason)
			.containsExactly(tuple(ChangeKind.EXPAND_STORAGE, "storage can only grow"),
					tuple(ChangeKind.UPGRADE, "CrateDB cannot be downgraded"),
					tuple(ChangeKind.SCALE,
							"the cluster is suspended: declare suspended: false to change its compute, storage or version"));
		assertThat(plan.render()).contains("! upgrade cluster analytics/orders: 5.10.4 -> 5.10.3 (blocked: CrateDB cannot be downgraded)")
			.endsWith("Plan: 0 to create, 0 to change, 3 blocked, 0 unmanaged.");
		assertThat(report.withStatus(ChangeStatus.BLOCKED)).hasSize(3);
		assertThat(writes(this.fake.requests())).isEmpty();
	}

	@Test
	void anApplyCutShortIsResumedByApplyingAgainJoiningWhatStillRuns() {
		SeededProject analytics = this.acme.project("analytics");
		analytics.cluster("orders").create();
		Estate estate = Estate.builder(this.acme.id())
			.project("analytics", (project) -> project.cluster("orders", (cluster) -> cluster.product("cr1")
				.nodes(3)
				.backupHours("4")
				.passwordFrom("ORDERS_PASSWORD")))
			.build();

		// The clock stands still: the scale never ends within the apply's time.
		PendingOperation<EstateReport> cut = this.client.estate().withApplyTimeout(Duration.ofMillis(200)).apply(estate);
		assertThatExceptionOfType(EstateApplyException.class).isThrownBy(() -> cut.await(AWAIT))
			.satisfies((ex) -> assertThat(ex.getReport().outcomes()).extracting(ChangeOutcome::status)
				.containsExactly(ChangeStatus.FAILED, ChangeStatus.SKIPPED))
			.withMessageContaining("planning and applying again joins it");

		EstatePlan left = this.client.estate().plan(estate);
		assertThat(left.changes()).extracting(PlannedChange::kind)
			.containsExactly(ChangeKind.SCALE, ChangeKind.UPDATE_BACKUP_SCHEDULE);
		String scaling = this.fake.requests("PUT", "/api/v2/clusters/{cluster_id}/scale/").isEmpty() ? null
				: this.client.clusters().get(left.changes().get(0).clusterId()).lastAsyncOperation().id();
		assertThat(left.changes().get(0).runningOperation()).isNotNull().isEqualTo(scaling);
		assertThat(left.changes().get(1).runningOperation()).isNull();
		assertThat(left.render()).contains("~ scale cluster analytics/orders: 1 node -> 3 nodes (running: operation "
				+ scaling + ", which an apply joins)");
		runClock();
		EstateReport resumed = this.client.estate().apply(estate).await(AWAIT);

		assertThat(resumed.outcomes()).extracting((outcome) -> outcome.change().kind(), ChangeOutcome::status)
			.containsExactly(tuple(ChangeKind.SCALE, ChangeStatus.JOINED),
					tuple(ChangeKind.UPDATE_BACKUP_SCHEDULE, ChangeStatus.APPLIED));
		assertThat(this.fake.requests("PUT", "/api/v2/clusters/{cluster_id}/scale/")).hasSize(1);
		assertThat(cluster("orders").numNodes()).isEqualTo(3);
		assertThat(this.client.estate().plan(estate).isEmpty()).isTrue();
	}

	@Test
	void aCreationCutShortIsJoinedAndTheClusterIsNeverCreatedTwice() {
		this.acme.project("analytics");
		Estate estate = Estate.builder(this.acme.id())
			.project("analytics", (project) -> project.cluster("orders", (cluster) -> cluster.product("cr1")
				.nodes(2)
				.crateVersion("5.10.3")
				.deletionProtected(true)
				.passwordFrom("ORDERS_PASSWORD")))
			.passwords(PASSWORDS::get)
			.build();

		// The clock stands still: the deployment is accepted and never ends within the apply's time.
		PendingOperation<EstateReport> cut = this.client.estate().withApplyTimeout(Duration.ofMillis(200)).apply(estate);
		assertThatExceptionOfType(EstateApplyException.class).isThrownBy(() -> cut.await(AWAIT))
			.satisfies((ex) -> assertThat(ex.getReport().outcomes())
				.extracting((outcome) -> outcome.change().kind(), ChangeOutcome::status)
				.containsExactly(tuple(ChangeKind.CREATE_CLUSTER, ChangeStatus.FAILED),
						tuple(ChangeKind.UPDATE_DELETION_PROTECTION, ChangeStatus.SKIPPED)));

		// Planning again finds the cluster being created and what is left after it.
		EstatePlan left = this.client.estate().plan(estate);
		assertThat(left.changes()).extracting(PlannedChange::kind)
			.containsExactly(ChangeKind.UPDATE_DELETION_PROTECTION);
		runClock();
		EstateReport resumed = this.client.estate().apply(estate).await(AWAIT);

		assertThat(resumed.outcomes()).extracting((outcome) -> outcome.change().kind(), ChangeOutcome::status)
			.containsExactly(tuple(ChangeKind.UPDATE_DELETION_PROTECTION, ChangeStatus.APPLIED));
		assertThat(this.fake.requests("POST", "/api/v2/organizations/{organization_id}/clusters/")).hasSize(1);
		assertThat(cluster("orders").deletionProtected()).isTrue();
		assertThat(this.client.estate().plan(estate).isEmpty()).isTrue();
	}

	@Test
	void aFailedChangeStopsItsClusterOnlyAndTheReportSaysWhy() {
		SeededProject analytics = this.acme.project("analytics");
		analytics.cluster("orders").create();
		analytics.cluster("metrics").create();
		Estate estate = Estate.builder(this.acme.id())
			.project("analytics", (project) -> project
				.cluster("orders", (cluster) -> cluster.product("cr1").nodes(2).backupHours("4").passwordFrom("ORDERS_PASSWORD"))
				.cluster("metrics", (cluster) -> cluster.product("cr1").backupHours("5").passwordFrom("METRICS_PASSWORD")))
			.build();
		this.fake.failNextOperation("Not enough capacity in the region.");
		runClock();

		PendingOperation<EstateReport> apply = this.client.estate().withConcurrency(1).apply(estate);

		assertThatExceptionOfType(EstateApplyException.class).isThrownBy(() -> apply.await(AWAIT))
			.satisfies((ex) -> {
				assertThat(ex.getReport().outcomes())
					.extracting((outcome) -> outcome.change().resource(), (outcome) -> outcome.change().kind(),
							ChangeOutcome::status)
					.containsExactly(tuple("cluster analytics/orders", ChangeKind.SCALE, ChangeStatus.FAILED),
							tuple("cluster analytics/orders", ChangeKind.UPDATE_BACKUP_SCHEDULE, ChangeStatus.SKIPPED),
							tuple("cluster analytics/metrics", ChangeKind.UPDATE_BACKUP_SCHEDULE, ChangeStatus.APPLIED));
				assertThat(ex.getReport().withStatus(ChangeStatus.FAILED).get(0).reason())
					.isEqualTo("Not enough capacity in the region.");
			});
		assertThat(this.fake.requests("PUT", "/api/v2/clusters/{cluster_id}/backup-schedule/")).hasSize(1);
	}

	@Test
	void aKeyThatMayNotWriteFailsWithAPermissionErrorAndNothingElseChanges() {
		this.acme.project("analytics").cluster("orders").create();
		Estate estate = Estate.builder(this.acme.id())
			.project("analytics", (project) -> project
				.cluster("orders", (cluster) -> cluster.product("cr1").nodes(2).backupHours("4").passwordFrom("ORDERS_PASSWORD")))
			.build();
		this.fake.injectFault("PUT", "/api/v2/clusters/{cluster_id}/scale/", 1, Fault.status(403));
		invalidOnPurpose((exchange) -> exchange.status() == 403);
		offDocument((exchange) -> exchange.status() == 403);

		assertThatExceptionOfType(EstateApplyException.class)
			.isThrownBy(() -> this.client.estate().apply(estate).await(AWAIT))
			.withCauseInstanceOf(CrateCloudPermissionException.class)
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(403))
			.satisfies((ex) -> assertThat(ex.getReport().outcomes()).extracting(ChangeOutcome::status)
				.containsExactly(ChangeStatus.FAILED, ChangeStatus.SKIPPED));
		assertThat(writes(this.fake.requests())).containsExactly("PUT /api/v2/clusters/{cluster_id}/scale/");
	}

	@Test
	void whatTheCatalogueDoesNotOfferIsRejectedBeforeAnyWrite() {
		this.acme.project("analytics");
		Estate estate = Estate.builder(this.acme.id())
			.project("analytics", (project) -> project.region("mars-1")
				.cluster("orders", (cluster) -> cluster.product("cr9").passwordFrom("ORDERS_PASSWORD"))
				.cluster("metrics", (cluster) -> cluster.product("cr1")
					.nodes(9)
					.storage(DataSize.ofTerabytes(100))
					.crateVersion("5.10.3")
					.passwordFrom("NOT_SET_ANYWHERE")))
			.source("cratecloud.estate")
			.passwords(PASSWORDS::get)
			.build();

		assertThatExceptionOfType(EstateValidationException.class)
			.isThrownBy(() -> this.client.estate().apply(estate))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(EstateProblem::path)
				.containsExactly("cratecloud.estate.projects[0].region",
						"cratecloud.estate.projects[0].clusters[0].product",
						"cratecloud.estate.projects[0].clusters[0].crate-version",
						"cratecloud.estate.projects[0].clusters[1].nodes",
						"cratecloud.estate.projects[0].clusters[1].storage",
						"cratecloud.estate.projects[0].clusters[1].password-from"))
			.withMessageContaining("no product 'cr9' in tier 'default'; products of the tier: cr1, cr2, cr3, cr4")
			.withMessageContaining("product 'cr1' offers 1 to 5 nodes, not 9");
		assertThat(writes(this.fake.requests())).isEmpty();
	}

	@Test
	void aPlanNeedsNoPasswordButAnApplyThatCreatesAClusterDoes() {
		this.acme.project("analytics");
		Estate estate = Estate.builder(this.acme.id())
			.project("analytics", (project) -> project.cluster("orders", (cluster) -> cluster.product("cr1")
				.crateVersion("5.10.3")
				.passwordFrom("NOT_SET_ANYWHERE")))
			.passwords(PASSWORDS::get)
			.build();

		assertThat(this.client.estate().plan(estate).changes()).extracting(PlannedChange::kind)
			.containsExactly(ChangeKind.CREATE_CLUSTER);
		assertThatExceptionOfType(EstateValidationException.class).isThrownBy(() -> this.client.estate().apply(estate))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(EstateProblem::path)
				.containsExactly("estate.projects[0].clusters[0].password-from"));
		assertThat(writes(this.fake.requests())).isEmpty();
	}

	@Test
	void thePlanAsJsonNamesEveryChangeForTools() {
		EstatePlan plan = this.client.estate().plan(newEstate());

		JsonNode json = JsonMapper.builder().build().readTree(plan.toJson());
		assertThat(json.get("organization_id").asString()).isEqualTo(this.acme.id());
		assertThat(json.get("changes")).hasSize(6);
		JsonNode first = json.get("changes").get(0);
		assertThat(first.get("action").asString()).isEqualTo("create");
		assertThat(first.get("kind").asString()).isEqualTo("CREATE_PROJECT");
		assertThat(first.get("path").asString()).isEqualTo("estate.projects[0]");
		assertThat(json.get("summary").asString()).isEqualTo(plan.summary());
	}

	private Estate newEstate() {
		return Estate.builder(this.acme.id())
			.project("analytics", (project) -> project.region("aks1.westeurope.azure")
				.cluster("orders", (cluster) -> cluster.product("default", "cr1")
					.nodes(3)
					.crateVersion("5.10.3")
					.storage(DataSize.ofGigabytes(512))
					.allow("10.0.0.0/8", "office")
					.allow("192.168.1.7", null)
					.backupHours("14,2")
					.deletionProtected(true)
					.passwordFrom("ORDERS_PASSWORD"))
				.cluster("metrics", (cluster) -> cluster.product("cr1")
					.crateVersion("5.10.3")
					.passwordFrom("METRICS_PASSWORD")))
			.passwords(PASSWORDS::get)
			.build();
	}

	private Cluster cluster(String name) {
		return this.client.clusters().list().stream().filter((cluster) -> cluster.name().equals(name)).findFirst()
			.orElseThrow();
	}

	private static List<String> writes(List<RecordedExchange> exchanges) {
		return exchanges.stream()
			.filter((exchange) -> !exchange.method().equals("GET"))
			.map((exchange) -> exchange.method() + " " + exchange.template())
			.toList();
	}

}
