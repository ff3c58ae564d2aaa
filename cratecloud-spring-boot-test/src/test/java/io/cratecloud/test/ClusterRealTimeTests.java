package io.cratecloud.test;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations on the real clock: they progress with time alone, one step after the other.
 */
@Tag(FakeContract.REAL_TIME)
class ClusterRealTimeTests extends ClusterFakeTests {

	private static final Duration STEP_IN_REAL_TIME = Duration.ofMillis(300);

	private static final List<OperationStatus> IN_ORDER = List.of(OperationStatus.REGISTERED, OperationStatus.SENT,
			OperationStatus.IN_PROGRESS, OperationStatus.SUCCEEDED);

	ClusterRealTimeTests() {
		super(FakeCrateCloud.builder().operationStep(STEP_IN_REAL_TIME).start(), Duration.ofMillis(10));
	}

	@Test
	void aDeploymentProgressesWithTimeAlone() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		List<OperationStatus> seen = new CopyOnWriteArrayList<>();
		long started = System.nanoTime();

		PendingOperation<Cluster> deployment = this.client.clusters()
			.create(acme.id(),
					ClusterCreateRequest.inProject(analytics.id(), acme.subscriptionId(), spec("sensors").build()));
		Cluster created = deployment.await(Duration.ofSeconds(10), (progress) -> seen.add(progress.status()));

		assertThat(Duration.ofNanos(System.nanoTime() - started))
			.isGreaterThanOrEqualTo(STEP_IN_REAL_TIME.multipliedBy(3));
		// A slow machine may miss a status between two polls, never see them out of order.
		assertThat(seen).last().isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(seen).isSubsetOf(IN_ORDER).isSortedAccordingTo(Comparator.comparingInt(IN_ORDER::indexOf));
		assertThat(seen).doesNotHaveDuplicates();
		assertThat(created.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
	}

	@Test
	void aSeededClustersLastSeenKeepsUpWithTheClock() throws InterruptedException {
		String id = this.fake.seed().organization("Acme").project("analytics").cluster("sensors").create();
		Cluster before = this.client.clusters().get(id);

		Thread.sleep(20);

		assertThat(this.client.clusters().get(id).health().lastSeen()).isAfter(before.health().lastSeen());
	}

}
