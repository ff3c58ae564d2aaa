package io.cratecloud.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.OperationType;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.ExportJob;
import io.cratecloud.client.datajobs.ExportJobRequest;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A handle rebuilt from its {@linkplain PendingOperation#token() token}, taken before the
 * work was awaited, by a second client as another process would after a restart, awaits the
 * work against the fake as the original handle does: the same progress, told in the same
 * steps, and the same outcome.
 * <p>
 * The fake runs on a manual clock that each await moves one step on every time it is told
 * of progress, so that every poll sees the next step: the progress is the same on any
 * machine.
 */
class RebuiltHandlesTests extends ClusterFakeTests {

	private static final List<OperationStatus> EVERY_STATUS = List.of(OperationStatus.REGISTERED,
			OperationStatus.SENT, OperationStatus.IN_PROGRESS, OperationStatus.SUCCEEDED);

	private static final ImportJobRequest IMPORT = ImportJobRequest.fromUrl("https://example.com/data/readings.csv",
			DataJobFormat.CSV, "doc.readings");

	private final SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");

	/** Another process: a client of its own, knowing nothing of the first one's handles. */
	private final CrateCloudClient otherProcess = CrateCloudClient.builder()
		.baseUrl(this.fake.baseUrl())
		.credentials(CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()))
		.operationPollInterval(Duration.ofMillis(10))
		.build();

	RebuiltHandlesTests() {
		super(FakeCrateCloud.builder().manualClock().operationStep(STEP).start(), Duration.ofMillis(10));
	}

	@Test
	void aChangeFollowedFromItsTokenIsAwaitedAsTheOriginal() {
		String sensors = this.analytics.cluster("sensors").create();
		String devices = this.analytics.cluster("devices").create();
		PendingOperation<Cluster> original = this.client.clusters().scale(sensors, 2);
		List<OperationProgress> originalProgress = new ArrayList<>();
		Cluster scaledByOriginal = awaitStepByStep(original, originalProgress);

		PendingOperation<Cluster> started = this.client.clusters().scale(devices, 2);
		String token = started.token();
		String operationId = started.id();
		assertThat(operationId).isNotNull();
		PendingOperation<Cluster> rebuilt = this.otherProcess.follow(token, Cluster.class);
		assertThat(rebuilt.kind()).isEqualTo(started.kind()).isEqualTo(OperationKind.SCALE);
		assertThat(rebuilt.clusterId()).isEqualTo(devices);
		assertThat(rebuilt.id()).isEqualTo(operationId);
		List<OperationProgress> rebuiltProgress = new ArrayList<>();
		Cluster scaled = awaitStepByStep(rebuilt, rebuiltProgress);

		assertThat(scaled.id()).isEqualTo(devices);
		assertThat(scaled.numNodes()).isEqualTo(3).isEqualTo(scaledByOriginal.numNodes());
		assertThat(scaled.productUnit()).isEqualTo(2);
		assertThat(scaled.lastAsyncOperation().id()).isEqualTo(operationId);
		assertThat(this.client.clusters().get(devices).numNodes()).isEqualTo(3);
		assertThat(rebuiltProgress).extracting(OperationProgress::status).containsExactlyElementsOf(EVERY_STATUS);
		assertThat(rebuiltProgress).allSatisfy((progress) -> {
			assertThat(progress.clusterId()).isEqualTo(devices);
			assertThat(progress.id()).isEqualTo(operationId);
		});
		assertThat(originalProgress).allSatisfy((progress) -> {
			assertThat(progress.clusterId()).isEqualTo(sensors);
			assertThat(progress.id()).isEqualTo(original.id());
		});
		assertThat(withoutIds(rebuiltProgress)).containsExactlyElementsOf(withoutIds(originalProgress));
	}

	@Test
	void aChangeFollowedAfterItEndedIsFoundBehindANewerOneAndReturnsAtOnce() {
		String sensors = this.analytics.cluster("sensors").create();
		PendingOperation<Cluster> first = this.client.clusters().scale(sensors, 1);
		String token = first.token();
		steps(3);
		PendingOperation<Cluster> second = this.client.clusters().scale(sensors, 2);
		assertThat(second.id()).isNotNull().isNotEqualTo(first.id());

		List<OperationProgress> progress = new ArrayList<>();
		Cluster cluster = this.otherProcess.follow(token, Cluster.class).await(Duration.ofSeconds(10), progress::add);

		assertThat(progress).extracting(OperationProgress::id, OperationProgress::status)
			.containsExactly(tuple(first.id(), OperationStatus.SUCCEEDED));
		// The cluster as it is now: the first change applied, the second still running.
		assertThat(cluster.numNodes()).isEqualTo(2);
		assertThat(cluster.health().runningOperation()).isEqualTo(OperationType.SCALE);
	}

	@Test
	void aChangeTheClusterDoesNotHaveCannotBeFollowed() {
		String sensors = this.analytics.cluster("sensors").create();
		PendingOperation<Cluster> scale = this.client.clusters().scale(sensors, 2);
		String token = scale.token();
		String operationId = scale.id();
		assertThat(operationId).isNotNull();
		// The service forgot the change: the same cluster (a reset fake hands out the same ids
		// again), without the operation.
		this.fake.reset();
		assertThat(this.fake.seed().organization("Acme").project("analytics").cluster("sensors").create())
			.isEqualTo(sensors);

		PendingOperation<Cluster> rebuilt = this.otherProcess.follow(token, Cluster.class);
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> rebuilt.await(Duration.ofSeconds(10)))
			.withMessageContaining(operationId);
	}

	@Test
	void anImportJobFollowedFromItsTokenIsAwaitedAsTheOriginal() {
		String clusterId = this.analytics.cluster("sensors").create();
		PendingOperation<ImportJob> original = this.client.dataJobs().imports().create(clusterId, IMPORT);
		List<OperationProgress> originalProgress = new ArrayList<>();
		ImportJob importedByOriginal = awaitStepByStep(original, originalProgress);

		PendingOperation<ImportJob> started = this.client.dataJobs().imports().create(clusterId, IMPORT);
		PendingOperation<ImportJob> rebuilt = this.otherProcess.follow(started.token(), ImportJob.class);
		assertThat(rebuilt.kind()).isEqualTo(started.kind()).isEqualTo(OperationKind.IMPORT);
		assertThat(rebuilt.clusterId()).isEqualTo(clusterId);
		assertThat(rebuilt.id()).isEqualTo(started.id()).isNotEqualTo(original.id());
		List<OperationProgress> rebuiltProgress = new ArrayList<>();
		ImportJob imported = awaitStepByStep(rebuilt, rebuiltProgress);

		assertThat(imported.id()).isEqualTo(started.id());
		assertThat(imported.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(imported.progress().percent()).isEqualTo(100.0);
		assertThat(imported.progress().records()).isEqualTo(importedByOriginal.progress().records()).isPositive();
		assertThat(this.client.dataJobs().imports().get(clusterId, started.id()).status())
			.isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(rebuiltProgress).extracting(OperationProgress::status).containsExactlyElementsOf(EVERY_STATUS);
		assertThat(rebuiltProgress).extracting(OperationProgress::percent).containsExactly(0.0, 0.0, 50.0, 100.0);
		assertThat(rebuiltProgress).allSatisfy((progress) -> assertThat(progress.id()).isEqualTo(started.id()));
		assertThat(withoutIds(rebuiltProgress)).containsExactlyElementsOf(withoutIds(originalProgress));
	}

	@Test
	void anExportJobFollowedFromItsTokenIsAwaitedAsTheOriginal() {
		String clusterId = this.analytics.cluster("sensors").create();
		ExportJobRequest request = ExportJobRequest.of("doc.readings", DataJobFormat.CSV);
		List<OperationProgress> originalProgress = new ArrayList<>();
		awaitStepByStep(this.client.dataJobs().exports().create(clusterId, request), originalProgress);

		PendingOperation<ExportJob> started = this.client.dataJobs().exports().create(clusterId, request);
		PendingOperation<ExportJob> rebuilt = this.otherProcess.follow(started.token(), ExportJob.class);
		assertThat(rebuilt.kind()).isEqualTo(OperationKind.EXPORT);
		List<OperationProgress> rebuiltProgress = new ArrayList<>();
		ExportJob exported = awaitStepByStep(rebuilt, rebuiltProgress);

		assertThat(exported.id()).isEqualTo(started.id());
		assertThat(exported.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(exported.fileId()).isNotNull();
		assertThat(rebuiltProgress).extracting(OperationProgress::status).containsExactlyElementsOf(EVERY_STATUS);
		assertThat(withoutIds(rebuiltProgress)).containsExactlyElementsOf(withoutIds(originalProgress));
	}

	/**
	 * Awaits the work, moving the fake's clock one step on each time the listener is told
	 * of progress that has not ended: the next poll sees the next step.
	 */
	private <T> T awaitStepByStep(PendingOperation<T> pending, List<OperationProgress> seen) {
		return pending.await(Duration.ofSeconds(10), (progress) -> {
			seen.add(progress);
			if (!progress.isFinished()) {
				steps(1);
			}
		});
	}

	/**
	 * The progress without what names the cluster and the operation, to compare two runs of
	 * the same work.
	 */
	private static List<List<Object>> withoutIds(List<OperationProgress> progress) {
		return progress.stream()
			.map((step) -> {
				List<Object> fields = new ArrayList<>();
				fields.add(step.kind());
				fields.add(step.status());
				fields.add(step.message());
				fields.add(step.percent());
				fields.add(step.records());
				return fields;
			})
			.toList();
	}

}
