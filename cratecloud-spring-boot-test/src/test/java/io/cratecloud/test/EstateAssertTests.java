package io.cratecloud.test;

import java.time.Duration;
import java.util.Map;

import io.cratecloud.client.estate.ChangeKind;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.client.estate.PlannedChange;
import org.junit.jupiter.api.Test;

import static io.cratecloud.test.CrateCloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link CrateCloudAssertions}, {@link EstateAssert} and {@link EstatePlanAssert} against the
 * fake: an estate that matches passes, and a change made by hand fails the check with the
 * rendered plan, one line per change, and never a password.
 */
class EstateAssertTests extends ClusterFakeTests {

	private static final Duration AWAIT = Duration.ofMinutes(5);

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	EstateAssertTests() {
		super(FakeCrateCloud.builder().manualClock().operationStep(STEP).start(), Duration.ofMillis(5));
	}

	@Test
	void anEstateThatMatchesHasNoDriftAndUnmanagedClustersAreNoDrift() {
		this.analytics.cluster("orders").create();
		this.analytics.cluster("legacy").nodes(2).create();
		Estate estate = estate("5.10.3");

		assertThat(estate).hasNoDriftOn(this.client);
		assertThat(this.client.estate().plan(estate)).hasNoDrift().hasNoBlockedChanges();
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(estate).hasDriftOn(this.client))
			.withMessageContaining("to differ from its declaration, but the plan has no change")
			.withMessageContaining("unmanaged cluster analytics/legacy")
			.withMessageContaining("No changes: the estate matches its declaration (1 unmanaged).");
		// Planning only reads.
		assertThat(this.fake.requests()).extracting(RecordedExchange::method).containsOnly("GET");
	}

	@Test
	void aChangeByHandFailsTheCheckWithTheRenderedPlanOneLinePerChange() {
		String orders = this.analytics.cluster("orders").create();
		Estate estate = estate("5.10.3");
		// By hand, outside the declaration: two nodes more, and other backup hours.
		this.client.clusters().scale(orders, 2);
		steps(10);
		this.client.clusters().currentOperation(orders).await(AWAIT);
		this.client.clusters().updateBackupSchedule(orders, "5");
		steps(10);
		this.client.clusters().currentOperation(orders).await(AWAIT);
		EstatePlan plan = this.client.estate().plan(estate);

		assertThat(plan.changes()).extracting(PlannedChange::kind)
			.containsExactly(ChangeKind.SCALE, ChangeKind.UPDATE_BACKUP_SCHEDULE);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(estate).hasNoDriftOn(this.client))
			.withMessageContaining("Expected the estate of organization " + this.acme.id()
					+ " to match its declaration, but the plan has 2 change(s):")
			.withMessageContaining("    ~ scale cluster analytics/orders: 3 nodes -> 1 node")
			.withMessageContaining("    ~ backup schedule cluster analytics/orders: hours 5 -> hours 3")
			.withMessageContaining("    Plan: 0 to create, 2 to change, 0 blocked, 0 unmanaged.")
			.satisfies((failure) -> {
				assertThat(failure.getMessage().lines().filter((line) -> line.startsWith("    ~ "))).hasSize(2);
				assertThat(failure.getMessage()).doesNotContain(PASSWORD);
			});
		assertThat(estate).hasDriftOn(this.client)
			.hasOnlyDrift(ChangeKind.SCALE, ChangeKind.UPDATE_BACKUP_SCHEDULE)
			.hasNoBlockedChanges();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(plan).hasOnlyDrift(ChangeKind.SCALE))
			.withMessageContaining("by changes of the kinds [SCALE] only, but the plan's changes are of the kinds "
					+ "[SCALE, UPDATE_BACKUP_SCHEDULE]")
			.withMessageContaining("~ scale cluster analytics/orders");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(estate).as("nightly drift check").hasNoDriftOn(this.client))
			.withMessageContaining("[nightly drift check]");
	}

	@Test
	void whatTheApiCannotChangeIsDriftAndFailsTheCheckOfBlockedChanges() {
		this.analytics.cluster("orders").crateVersion("5.10.4").create();
		Estate estate = estate("5.10.3");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(estate).planOn(this.client).hasNoBlockedChanges())
			.withMessageContaining("but 1 are blocked")
			.withMessageContaining("! upgrade cluster analytics/orders: 5.10.4 -> 5.10.3 (blocked: CrateDB cannot be downgraded)");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(estate).hasNoDriftOn(this.client))
			.withMessageContaining("Plan: 0 to create, 0 to change, 1 blocked, 0 unmanaged.");
		assertThat(estate).hasDriftOn(this.client).hasOnlyDrift(ChangeKind.UPGRADE);
	}

	@Test
	void aClusterToCreateIsDrift() {
		Estate estate = estate("5.10.3");

		assertThat(estate).hasDriftOn(this.client)
			.hasOnlyDrift(ChangeKind.CREATE_CLUSTER, ChangeKind.UPDATE_BACKUP_SCHEDULE);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(estate).hasNoDriftOn(this.client))
			.withMessageContaining("+ create cluster analytics/orders: default/cr1, 1 node, CrateDB 5.10.3")
			.withMessageNotContaining(PASSWORD);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> assertThat(this.client.estate().plan(estate)).hasOnlyDrift())
			.withMessageContaining("hasNoDrift()");
	}

	private Estate estate(String crateVersion) {
		return Estate.builder(this.acme.id())
			.project("analytics", (project) -> project.cluster("orders", (cluster) -> cluster.product("cr1")
				.nodes(1)
				.crateVersion(crateVersion)
				.backupHours("3")
				.passwordFrom("ORDERS_PASSWORD")))
			.passwords(Map.of("ORDERS_PASSWORD", PASSWORD)::get)
			.build();
	}

}
