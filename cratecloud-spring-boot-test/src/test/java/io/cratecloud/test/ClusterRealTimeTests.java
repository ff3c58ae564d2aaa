package io.cratecloud.test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterChange;
import io.cratecloud.client.clusters.ClusterDeployment;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.OperationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations on the real clock: they progress with time alone, and a client polling often
 * sees every status in turn.
 */
class ClusterRealTimeTests extends ClusterFakeTests {

	ClusterRealTimeTests() {
		super(FakeCrateCloud.builder().operationStep(Duration.ofMillis(150)).start(), Duration.ofMillis(10));
	}

	@Test
	void aDeploymentProgressesWithTimeAlone() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		List<OperationStatus> seen = new CopyOnWriteArrayList<>();
		long started = System.nanoTime();

		ClusterChange deployment = this.client.clusters()
			.deploy(acme.id(), ClusterDeployment.inProject(analytics.id(), acme.subscriptionId(), spec("sensors")));
		Cluster created = deployment.await(Duration.ofSeconds(10), (operation) -> seen.add(operation.status()));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
		assertThat(seen).containsExactly(OperationStatus.REGISTERED, OperationStatus.SENT,
				OperationStatus.IN_PROGRESS, OperationStatus.SUCCEEDED);
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
