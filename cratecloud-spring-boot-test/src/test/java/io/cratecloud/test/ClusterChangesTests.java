package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.clusters.OperationType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cluster changes beside scaling and suspension: upgrade, product, storage, backup
 * schedule, IP allowlist and password. Each shows nothing until its operation succeeds.
 */
class ClusterChangesTests extends ClusterFakeTests {

	private static final long GIB = 1024L * 1024 * 1024;

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	private final String clusterId = this.analytics.cluster("sensors").nodes(2).create();

	@Test
	void anUpgradeChangesTheVersionWhenItSucceeds() {
		PendingOperation<Cluster> upgrade = this.client.clusters().upgrade(this.clusterId, "5.10.4");

		JsonNode answered = lastAnswer("PUT", "/api/v2/clusters/{cluster_id}/upgrade/");
		assertThat(answered.get("crate_version").asString()).isEqualTo("5.10.3");
		assertThat(answered.get("health").get("running_operation").asString()).isEqualTo("UPGRADE");
		assertThat(upgrade.kind()).isEqualTo(OperationKind.UPGRADE);
		steps(2);
		assertThat(this.client.clusters().get(this.clusterId).crateVersion()).isEqualTo("5.10.3");
		ClusterOperation running = newest();
		assertThat(running.status()).isEqualTo(OperationStatus.IN_PROGRESS);
		assertThat(running.nonSensitiveData()).containsEntry("current_version", "5.10.3")
			.containsEntry("target_version", "5.10.4");
		steps(1);
		assertThat(upgrade.await(Duration.ofSeconds(5)).crateVersion()).isEqualTo("5.10.4");
	}

	@Test
	void anUpgradeMustBeADirectOneToAKnownVersion() {
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().upgrade(this.clusterId, "5.9.12"))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("crate_version"));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().upgrade(this.clusterId, "6.1.0"))
			.withMessageContaining("available upgrades");
		assertThat(this.client.clusters().listOperations(this.clusterId)).isEmpty();
	}

	@Test
	void aProductChangeMovesComputeAndKeepsTheDisks() {
		PendingOperation<Cluster> change = this.client.clusters().changeProduct(this.clusterId, "cr3");
		steps(2);
		Cluster changing = this.client.clusters().get(this.clusterId);
		assertThat(changing.productName()).isEqualTo("cr1");
		assertThat(changing.hardwareSpecs().cpusPerNode()).isEqualTo(2.0);
		steps(1);

		Cluster changed = change.await(Duration.ofSeconds(5));
		assertThat(changed.productName()).isEqualTo("cr3");
		assertThat(changed.hardwareSpecs().cpusPerNode()).isEqualTo(8.0);
		assertThat(changed.hardwareSpecs().memoryPerNodeBytes()).isEqualTo(32 * GIB);
		assertThat(changed.hardwareSpecs().diskSizePerNodeBytes()).isEqualTo(256 * GIB);
		assertThat(changed.numNodes()).isEqualTo(2);
		assertThat(newest().type()).isEqualTo(OperationType.CHANGE_COMPUTE);
	}

	@Test
	void aProductChangeNeedsAnotherProductOfTheTierWithRoomForTheNodes() {
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().changeProduct(this.clusterId, "crfree"))
			.withMessageContaining("of the cluster's tier");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().changeProduct(this.clusterId, "cr1"))
			.withMessageContaining("already");
		assertThat(this.client.clusters().listOperations(this.clusterId)).isEmpty();
	}

	@Test
	void storageOnlyGrowsAndChangesWhenTheExpansionSucceeds() {
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().expandStorage(this.clusterId, 128 * GIB))
			.withMessageContaining("only grow");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().expandStorage(this.clusterId, 9000 * GIB))
			.withMessageContaining("at most");

		PendingOperation<Cluster> expansion = this.client.clusters().expandStorage(this.clusterId, 512 * GIB);
		steps(2);
		assertThat(this.client.clusters().get(this.clusterId).hardwareSpecs().diskSizePerNodeBytes())
			.isEqualTo(256 * GIB);
		steps(1);

		assertThat(expansion.await(Duration.ofSeconds(5)).hardwareSpecs().diskSizePerNodeBytes())
			.isEqualTo(512 * GIB);
		assertThat(newest().type()).isEqualTo(OperationType.EXPAND_STORAGE);
	}

	@Test
	void theBackupScheduleTakesTheHours() {
		PendingOperation<Cluster> schedule = this.client.clusters().updateBackupSchedule(this.clusterId, "2,14");
		assertThat(lastAnswer("PUT", "/api/v2/clusters/{cluster_id}/backup-schedule/").get("backup_schedule")
			.asString()).isEqualTo("0 3 * * *");
		steps(3);

		assertThat(schedule.await(Duration.ofSeconds(5)).backupSchedule()).isEqualTo("0 2,14 * * *");
		assertThat(newest().type()).isEqualTo(OperationType.BACKUP_SCHEDULE_UPDATE);
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().updateBackupSchedule(this.clusterId, "2,25"))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("backup_hours"));
	}

	@Test
	void theIpAllowlistIsReplacedWhenItsOperationSucceeds() {
		List<IpAllowlistEntry> allowlist = List.of(new IpAllowlistEntry("203.0.113.0/24", "office"),
				new IpAllowlistEntry("2001:db8::/32", null));
		PendingOperation<Cluster> change = this.client.clusters().updateIpAllowlist(this.clusterId, allowlist);
		steps(2);
		assertThat(this.client.clusters().get(this.clusterId).ipAllowlist()).isEmpty();
		ClusterOperation running = newest();
		assertThat(running.type()).isEqualTo(OperationType.ALLOWED_CIDR_UPDATE);
		assertThat(running.nonSensitiveData()).containsKeys("current_ip_whitelist", "target_ip_whitelist");
		steps(1);

		assertThat(change.await(Duration.ofSeconds(5)).ipAllowlist()).containsExactly(
				new IpAllowlistEntry("203.0.113.0/24", "office"), new IpAllowlistEntry("2001:db8::/32", null));
		PendingOperation<Cluster> reset = this.client.clusters().updateIpAllowlist(this.clusterId, List.of());
		steps(3);
		assertThat(reset.await(Duration.ofSeconds(5)).ipAllowlist()).isEmpty();
	}

	@Test
	void everyWrongAllowlistEntryIsNamed() {
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("not-an-ip"));

		HttpResponse<String> response = new FakeHttp(this.fake).send("PUT",
				"/api/v2/clusters/" + this.clusterId + "/ip-restrictions/",
				"{\"ip_whitelist\": [{\"cidr\": \"10.0.0.0/8\"}, {\"cidr\": \"not-an-ip\"}, {\"cidr\": \"300.1.1.1\"}]}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = ClusterLifecycleTests.json(response.body()).get("errors").get("ip_whitelist");
		assertThat(errors.has("0")).isFalse();
		assertThat(errors.get("1").get("cidr").get(0).asString()).contains("CIDR");
		assertThat(errors.get("2").get("cidr")).isNotNull();
	}

	@Test
	void aPasswordChangeIsAnOperationThatNeverShowsThePassword() {
		PendingOperation<Cluster> change = this.client.clusters()
			.updatePassword(this.clusterId, "another-long-password-of-30ch");
		steps(3);

		change.await(Duration.ofSeconds(5));
		ClusterOperation operation = newest();
		assertThat(operation.type()).isEqualTo(OperationType.PASSWORD_UPDATE);
		assertThat(operation.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(this.fake.requests()).filteredOn((exchange) -> !exchange.responseBody().isEmpty())
			.allSatisfy((exchange) -> assertThat(exchange.responseBody()).doesNotContain("another-long-password"));
	}

	@Test
	void aShortPasswordIsRefused() {
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("short"));

		HttpResponse<String> response = new FakeHttp(this.fake).send("PATCH", "/api/v2/clusters/" + this.clusterId + "/",
				"{\"password\": \"short\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(ClusterLifecycleTests.json(response.body()).get("errors").has("password")).isTrue();
		assertThat(this.client.clusters().listOperations(this.clusterId)).isEmpty();
	}

	@Test
	void everyChangeOfASuspendedClusterButResumingWaits() {
		String archive = this.analytics.cluster("archive").suspended().create();

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().upgrade(archive, "5.10.4"))
			.withMessageContaining("suspended");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().changeProduct(archive, "cr2"))
			.withMessageContaining("suspended");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().expandStorage(archive, 512 * GIB))
			.withMessageContaining("suspended");
		assertThat(this.client.clusters().listOperations(archive)).isEmpty();
	}

	private ClusterOperation newest() {
		return this.client.clusters().listOperations(this.clusterId).get(0);
	}

}
