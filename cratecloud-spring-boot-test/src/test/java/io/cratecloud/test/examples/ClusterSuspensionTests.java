package io.cratecloud.test.examples;

import java.time.Duration;

import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.test.AutoConfigureFakeCrateCloud;
import io.cratecloud.test.FakeCrateCloud;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

// tag::spring-boot-test[]
@SpringBootTest
@AutoConfigureFakeCrateCloud
class ClusterSuspensionTests {

	@Autowired
	FakeCrateCloud fake;

	@Autowired
	ClustersClient clusters;

	@Test
	void suspendsACluster() {
		String clusterId = this.fake.seed().organization("Acme").project("analytics")
			.cluster("sensors").nodes(3).create();

		Cluster suspended = this.clusters.suspend(clusterId).await(Duration.ofSeconds(10));

		assertThat(suspended.suspended()).isTrue();
		assertThat(suspended.health().status()).isEqualTo(ClusterHealthStatus.SUSPENDED);
	}

}
// end::spring-boot-test[]
