package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClusterSnapshot;
import io.cratecloud.client.clusters.OperationType;
import io.cratecloud.client.clusters.SnapshotQuery;
import io.cratecloud.client.clusters.SnapshotRestoreRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Snapshots: a seeded cluster's daily snapshots, listed newest first within two weeks and
 * filtered by time, and restores, which are {@code RESTORE_SNAPSHOT} operations.
 */
class ClusterSnapshotsTests extends ClusterFakeTests {

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	private final String clusterId = this.analytics.cluster("sensors").create();

	@Test
	void aSeededClusterHasADailySnapshotNewestFirst() {
		List<ClusterSnapshot> snapshots = this.client.clusters().listSnapshots(this.clusterId);

		assertThat(snapshots).hasSize(ClusterSnapshots.SEEDED);
		assertThat(snapshots).extracting(ClusterSnapshot::created)
			.isSortedAccordingTo((left, right) -> right.compareTo(left));
		ClusterSnapshot newest = snapshots.get(0);
		assertThat(newest.clusterId()).isEqualTo(this.clusterId);
		assertThat(newest.projectId()).isEqualTo(this.analytics.id());
		assertThat(newest.repository()).startsWith("system_backup_");
		assertThat(newest.tables()).contains("doc.sensor_readings");
		assertThat(Duration.between(snapshots.get(1).created(), newest.created())).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void snapshotsAreFilteredByTimeAndReachTwoWeeksBackAtMost() {
		List<ClusterSnapshot> all = this.client.clusters().listSnapshots(this.clusterId);
		Instant newest = all.get(0).created();

		assertThat(this.client.clusters()
			.listSnapshots(this.clusterId, SnapshotQuery.all().withFrom(newest.minusSeconds(60)))).hasSize(1);
		assertThat(this.client.clusters()
			.listSnapshots(this.clusterId, SnapshotQuery.all().withTo(newest.minusSeconds(60))))
			.hasSize(ClusterSnapshots.SEEDED - 1);
		this.fake.advance(Duration.ofDays(12));
		assertThat(this.client.clusters().listSnapshots(this.clusterId, SnapshotQuery.all().withFrom(Instant.EPOCH)))
			.as("the oldest snapshot is now more than two weeks old")
			.hasSize(ClusterSnapshots.SEEDED - 1);
	}

	@Test
	void aRestoreIsAnOperationAndAnswersWithTheSnapshot() {
		ClusterSnapshot snapshot = this.client.clusters().listSnapshots(this.clusterId).get(0);

		PendingOperation<Cluster> restore = this.client.clusters()
			.restoreSnapshot(this.clusterId,
					SnapshotRestoreRequest.tables(snapshot.repository(), snapshot.snapshot(), List.of("doc.devices")));
		assertThat(restore.kind()).isEqualTo(OperationKind.RESTORE_SNAPSHOT);
		// The answer is the snapshot, which names no operation: the handle finds it when awaited.
		assertThat(restore.id()).isNull();
		String registered = this.client.clusters().listOperations(this.clusterId).get(0).id();
		assertThatExceptionOfType(CrateCloudOperationInProgressException.class)
			.isThrownBy(() -> this.client.clusters().scale(this.clusterId, 1));
		steps(3);

		assertThat(restore.await(Duration.ofSeconds(5)).id()).isEqualTo(this.clusterId);
		assertThat(restore.id()).isEqualTo(registered);
		ClusterOperation operation = this.client.clusters().listOperations(this.clusterId).get(0);
		assertThat(operation.type()).isEqualTo(OperationType.RESTORE_SNAPSHOT);
		assertThat(operation.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(operation.nonSensitiveData()).containsEntry("snapshot", snapshot.snapshot())
			.containsEntry("type", "tables");
		assertThat(this.fake.requests())
			.filteredOn((exchange) -> "/api/v2/clusters/{cluster_id}/snapshots/restore/".equals(exchange.template()))
			.singleElement()
			.satisfies((exchange) -> assertThat(ClusterLifecycleTests.json(exchange.responseBody()).get("snapshot")
				.asString()).isEqualTo(snapshot.snapshot()));
	}

	@Test
	void aSnapshotOfAnotherClusterCanBeRestored() {
		String target = this.analytics.cluster("copy").create();
		ClusterSnapshot snapshot = this.client.clusters().listSnapshots(this.clusterId).get(1);

		PendingOperation<Cluster> restore = this.client.clusters()
			.restoreSnapshot(target, SnapshotRestoreRequest.all(snapshot.repository(), snapshot.snapshot())
				.fromCluster(this.clusterId));
		steps(3);

		restore.await(Duration.ofSeconds(5));
		assertThat(this.client.clusters().listOperations(target).get(0).nonSensitiveData())
			.containsEntry("source_cluster_id", this.clusterId);
		assertThat(this.client.clusters().listOperations(this.clusterId)).isEmpty();
	}

	@Test
	void aRestoreNeedsASnapshotAndTablesThatExist() {
		ClusterSnapshot snapshot = this.client.clusters().listSnapshots(this.clusterId).get(0);

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters()
				.restoreSnapshot(this.clusterId, SnapshotRestoreRequest.all(snapshot.repository(), "19700101000000")))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("snapshot"));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters()
				.restoreSnapshot(this.clusterId, SnapshotRestoreRequest.tables(snapshot.repository(), snapshot.snapshot(),
						List.of("doc.unknown"))))
			.withMessageContaining("doc.unknown");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters()
				.restoreSnapshot(this.clusterId, SnapshotRestoreRequest.all(snapshot.repository(), snapshot.snapshot())
					.fromCluster("00000000-0000-4000-8000-000000000000")));
		assertThat(this.client.clusters().listOperations(this.clusterId)).isEmpty();
	}

	@Test
	void aTablesRestoreNamingNoTableRestoresEveryTableAsTheOfficialCliMeansIt() {
		ClusterSnapshot snapshot = this.client.clusters().listSnapshots(this.clusterId).get(0);
		String body = "{\"repository\": \"" + snapshot.repository() + "\", \"snapshot\": \"" + snapshot.snapshot()
				+ "\", \"type\": \"tables\"}";

		HttpResponse<String> answer = new FakeHttp(this.fake).send("POST",
				"/api/v2/clusters/" + this.clusterId + "/snapshots/restore/", body);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(this.client.clusters().listOperations(this.clusterId).get(0).nonSensitiveData())
			.containsEntry("type", "tables")
			.containsEntry("tables", snapshot.tables());
	}

	@Test
	void aDeployedClusterHasNoSnapshotsYet() {
		String id = this.client.clusters()
			.create(this.acme.id(),
					ClusterCreateRequest.inProject(this.analytics.id(), this.acme.subscriptionId(), spec("fresh").build()))
			.clusterId();

		assertThat(this.client.clusters().listSnapshots(id)).isEmpty();
	}

}
