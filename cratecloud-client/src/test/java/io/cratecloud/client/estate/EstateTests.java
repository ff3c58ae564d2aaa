package io.cratecloud.client.estate;

import java.util.List;

import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a declaration is checked for before any request, every problem with its property
 * path, and how plans read for people and tools.
 */
class EstateTests {

	private static final String ORGANIZATION = "0b8f6a3e-5c1d-4f2a-9e7b-3d6c8a1f2e4b";

	@Test
	void everyProblemOfADeclarationIsReportedAtOnceWithItsPropertyPath() {
		Estate.Builder builder = Estate.builder(ORGANIZATION)
			.source("cratecloud.estate")
			.project("analytics", (project) -> project
				.cluster("orders", (cluster) -> cluster.product("cr1").passwordFrom("ORDERS_PASSWORD"))
				.cluster("orders", (cluster) -> cluster.product("cr1")
					.nodes(0)
					.allow("10.0.0.0/33", "too wide")
					.allow("10.0.0.1", null)
					.allow("10.0.0.1", "again")
					.backupHours("2,25")
					.crateVersion("latest")))
			.project("analytics", (project) -> project.cluster("Bad_Name", (cluster) -> cluster.passwordFrom("X")));

		assertThatExceptionOfType(EstateValidationException.class).isThrownBy(builder::build)
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(EstateProblem::path)
				.containsExactly("cratecloud.estate.projects[0].clusters[1].name",
						"cratecloud.estate.projects[0].clusters[1].nodes",
						"cratecloud.estate.projects[0].clusters[1].crate-version",
						"cratecloud.estate.projects[0].clusters[1].ip-allowlist[0].cidr",
						"cratecloud.estate.projects[0].clusters[1].ip-allowlist[2].cidr",
						"cratecloud.estate.projects[0].clusters[1].backup-hours",
						"cratecloud.estate.projects[0].clusters[1].password-from",
						"cratecloud.estate.projects[1].name",
						"cratecloud.estate.projects[1].clusters[0].name",
						"cratecloud.estate.projects[1].clusters[0].product"))
			.withMessageStartingWith("The declared estate is not valid (10 problems):")
			.withMessageContaining("cluster 'orders' is declared twice in its project, also at cratecloud.estate.projects[0].clusters[0]")
			.withMessageContaining("project 'analytics' is declared twice, also at cratecloud.estate.projects[0]")
			.withMessageContaining("'10.0.0.0/33' is not an IP address or CIDR range")
			.withMessageContaining("is missing: name the environment variable or property that holds the admin password");
	}

	@Test
	void anOrganizationIdMustBeAUuid() {
		assertThatExceptionOfType(EstateValidationException.class)
			.isThrownBy(() -> Estate.builder("acme").build())
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.path()).isEqualTo("estate.organization")));
	}

	@Test
	void anEmptyAllowlistIsManagedAndAllowsEveryAddressWhileAMissingOneIsNotManaged() {
		Estate estate = Estate.builder(ORGANIZATION)
			.project("analytics", (project) -> project
				.cluster("open", (cluster) -> cluster.product("cr1").ipAllowlist(List.of()).passwordFrom("P"))
				.cluster("unmanaged", (cluster) -> cluster.product("cr1").passwordFrom("P")))
			.build();

		assertThat(estate.projects().get(0).clusters().get(0).ipAllowlist()).isEmpty();
		assertThat(estate.projects().get(0).clusters().get(1).ipAllowlist()).isNull();
		assertThat(EstateChecks.sameAllowlist(List.of(), null)).isTrue();
		assertThat(EstateChecks.sameAllowlist(List.of(new IpAllowlistEntry("10.0.0.0/8", "")),
				List.of(new IpAllowlistEntry("10.0.0.0/8", null))))
			.isTrue();
		assertThat(estate).hasToString("Estate[organizationId=" + ORGANIZATION + ", projects=1, clusters=2]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.0/8", "192.168.1.7", "0.0.0.0/0", "2001:db8::/32", "::1", "fe80::1/128" })
	void addressesAndRangesAreCidrs(String cidr) {
		assertThat(EstateChecks.isCidr(cidr)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "10.0.0.0/33", "256.1.1.1", "10.0.0", "10.0.0.0/", "example.com", "2001:db8::/129",
			"1:2:3:4:5:6:7:8:9", "10.0.0.0/8 ", "::g" })
	void otherTextIsNotACidr(String cidr) {
		assertThat(EstateChecks.isCidr(cidr)).isFalse();
	}

	@Test
	void backupHoursAreComparedAsASetWithTheServicesDailySchedule() {
		assertThat(EstateChecks.hours("14,2")).containsExactly(2, 14);
		assertThat(EstateChecks.hoursOfSchedule("0 2,14 * * *")).isEqualTo(EstateChecks.hours("14,2"));
		assertThat(EstateChecks.hoursOfSchedule("30 2 * * *")).containsExactly(2);
		assertThat(EstateChecks.hours("2,2")).isNull();
		assertThat(EstateChecks.hours("24")).isNull();
	}

	@Test
	void theBackupHoursOfAnyDailyScheduleAreRead() {
		assertThat(EstateChecks.hoursOfSchedule("37 2,14 * * *")).containsExactly(2, 14);
		assertThat(EstateChecks.hoursOfSchedule("0 */6 * * *")).containsExactly(0, 6, 12, 18);
		assertThat(EstateChecks.hoursOfSchedule("0 2-4 * * *")).containsExactly(2, 3, 4);
		assertThat(EstateChecks.hoursOfSchedule("0 1-10/4 * * *")).containsExactly(1, 5, 9);
		assertThat(EstateChecks.hoursOfSchedule("0 3 * * 1")).isNull();
		assertThat(EstateChecks.hoursOfSchedule("0 24 * * *")).isNull();
		assertThat(EstateChecks.hoursOfSchedule("0 */0 * * *")).isNull();
	}

	@Test
	void aReleaseRanksAboveItsPreReleaseAndANightlyBelowTheRelease() {
		assertThat(EstateChecks.compareVersions("5.10.4", "5.10.4-rc1")).isPositive();
		assertThat(EstateChecks.compareVersions("5.10.4-rc1", "5.10.3")).isPositive();
		assertThat(EstateChecks.compareVersions("6.1.0", "nightly-6.1.0-2026-12-01-00-02")).isPositive();
		assertThat(EstateChecks.compareVersions("5.10.4-rc2", "5.10.4-rc1")).isPositive();
	}

	@Test
	void aBlankAllowlistDescriptionIsNone() {
		Estate estate = Estate.builder(ORGANIZATION)
			.project("analytics", (project) -> project
				.cluster("orders", (cluster) -> cluster.product("cr1").allow("10.0.0.0/8", " ").passwordFrom("P"))
				.cluster("metrics", (cluster) -> cluster.product("cr1")
					.ipAllowlist(List.of(new IpAllowlistEntry("10.0.0.0/8", "")))
					.passwordFrom("P")))
			.build();

		assertThat(estate.projects().get(0).clusters()).allSatisfy((cluster) -> assertThat(cluster.ipAllowlist())
			.containsExactly(new IpAllowlistEntry("10.0.0.0/8", null)));
	}

	@Test
	void aClustersSizeIsItsProductUnitNotTheNodesRunningNow() {
		Cluster suspended = new Cluster("c-1", "orders", "p-1", null, "5.10.3", null, "cr1", "default", 2, 0, null, null,
				null, null, "admin", null, null, null, null, true, true, true, false, null, null, null);

		assertThat(EstatePlanner.nodes(suspended)).isEqualTo(3);
	}

	@Test
	void versionsAreComparedPartByPartAsNumbers() {
		assertThat(EstateChecks.compareVersions("5.10.4", "5.9.12")).isPositive();
		assertThat(EstateChecks.compareVersions("5.10", "5.10.0")).isZero();
		assertThat(EstateChecks.compareVersions("5.10.3", "5.10.4")).isNegative();
		assertThat(EstateChecks.compareVersions("6.0.0", "5.10.4")).isPositive();
	}

	@Test
	void aPlanReadsLikeATerraformPlanAndAsJsonForTools() {
		PlannedChange create = new PlannedChange(ChangeKind.CREATE_CLUSTER, "analytics", "orders", null, null,
				"default/cr1, 3 nodes", null, "estate.projects[0].clusters[0]");
		PlannedChange scale = new PlannedChange(ChangeKind.SCALE, "analytics", "metrics", "c-1", "1 node", "2 nodes",
				null, "estate.projects[0].clusters[1].nodes");
		PlannedChange shrink = new PlannedChange(ChangeKind.EXPAND_STORAGE, "analytics", "metrics", "c-1", "512 GiB",
				"256 GiB", "storage can only grow", "estate.projects[0].clusters[1].storage");
		EstatePlan plan = new EstatePlan(ORGANIZATION, List.of(create, scale, shrink),
				List.of(new UnmanagedResource("cluster", "analytics/legacy", "c-2")));

		assertThat(plan.render()).isEqualTo("""
				Estate of organization %s
				+ create cluster analytics/orders: default/cr1, 3 nodes
				~ scale cluster analytics/metrics: 1 node -> 2 nodes
				! expand storage cluster analytics/metrics: 512 GiB -> 256 GiB (blocked: storage can only grow)
				  unmanaged cluster analytics/legacy (c-2)
				Plan: 1 to create, 1 to change, 1 blocked, 1 unmanaged.""".formatted(ORGANIZATION));
		assertThat(plan.pending()).containsExactly(create, scale);
		assertThat(plan.blocked()).containsExactly(shrink);
		JsonNode json = JsonMapper.builder().build().readTree(plan.toJson());
		assertThat(json.get("changes").get(2).get("action").asString()).isEqualTo("blocked");
		assertThat(json.get("changes").get(2).get("reason").asString()).isEqualTo("storage can only grow");
		assertThat(json.get("changes").get(0).get("cluster_id").isNull()).isTrue();
		assertThat(json.get("unmanaged").get(0).get("id").asString()).isEqualTo("c-2");
		assertThat(new EstatePlan(ORGANIZATION, List.of(), List.of()).render())
			.endsWith("No changes: the estate matches its declaration.");
	}

	@Test
	void aReportCountsItsOutcomes() {
		PlannedChange scale = new PlannedChange(ChangeKind.SCALE, "analytics", "metrics", "c-1", "1 node", "2 nodes",
				null, "estate.projects[0].clusters[1].nodes");
		PlannedChange backup = new PlannedChange(ChangeKind.UPDATE_BACKUP_SCHEDULE, "analytics", "metrics", "c-1",
				"hours 3", "hours 4", null, "estate.projects[0].clusters[1].backup-hours");
		EstateReport report = new EstateReport(new EstatePlan(ORGANIZATION, List.of(scale, backup), List.of()),
				List.of(new ChangeOutcome(scale, ChangeStatus.FAILED, "op-1", "Not enough capacity."),
						new ChangeOutcome(backup, ChangeStatus.SKIPPED, null, "an earlier change of the cluster failed")));

		assertThat(report.isSuccess()).isFalse();
		assertThat(report.render()).isEqualTo("""
				FAILED ~ scale cluster analytics/metrics: 1 node -> 2 nodes [operation op-1] (Not enough capacity.)
				SKIPPED ~ backup schedule cluster analytics/metrics: hours 3 -> hours 4 (an earlier change of the cluster failed)
				Apply: 1 failed, 1 skipped.""");
	}

	@Test
	void storageIsShownInGibibytesWhenWhole() {
		assertThat(EstatePlanner.bytesText(DataSize.ofGigabytes(512).toBytes())).isEqualTo("512 GiB");
		assertThat(EstatePlanner.bytesText(1000)).isEqualTo("1000 bytes");
	}

}
