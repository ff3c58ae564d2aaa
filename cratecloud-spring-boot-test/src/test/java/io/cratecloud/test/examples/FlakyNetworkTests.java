package io.cratecloud.test.examples;

import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.test.Fault;
import io.cratecloud.test.FakeCrateCloud;
import io.cratecloud.test.FakeCrateCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// tag::junit-extension[]
class FlakyNetworkTests {

	@RegisterExtension
	static FakeCrateCloudExtension fake = new FakeCrateCloudExtension(
			FakeCrateCloud.builder().operationStep(Duration.ofMillis(50)));

	CrateCloudClient client = CrateCloudClient.builder()
		.baseUrl(fake.baseUrl())
		.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
		.operationPollInterval(Duration.ofMillis(50))
		.build();

	@Test
	void aGatewayErrorIsRetried() {
		String clusterId = fake.seed().organization("Acme").project("analytics").cluster("sensors").create();
		fake.clearRequests();
		fake.injectFault("GET", "/api/v2/clusters/{cluster_id}/", 1, Fault.status(503));

		assertThat(this.client.clusters().get(clusterId).name()).isEqualTo("sensors");
		assertThat(fake.requests()).extracting((exchange) -> exchange.status()).containsExactly(503, 200);
	}

	@Test
	void aFailedScaleIsReported() {
		String clusterId = fake.seed().organization("Acme").project("analytics").cluster("sensors").create();
		fake.failNextOperation("Not enough capacity in the region.");

		assertThatExceptionOfType(CrateCloudOperationFailedException.class)
			.isThrownBy(() -> this.client.clusters().scale(clusterId, 2).await(Duration.ofSeconds(10)))
			.withMessageContaining("Not enough capacity in the region.");
	}

}
// end::junit-extension[]
