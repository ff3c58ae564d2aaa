package io.cratecloud.autoconfigure;

import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.observation.DefaultOperationAwaitObservationConvention;
import io.cratecloud.client.observation.DefaultRetryObservationConvention;
import io.cratecloud.client.observation.OperationAwaitObservationContext;
import io.cratecloud.client.observation.OperationAwaitObservationConvention;
import io.cratecloud.client.observation.RetryObservationContext;
import io.cratecloud.client.observation.RetryObservationConvention;
import io.micrometer.common.KeyValues;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Boot's observation and metrics auto-configuration, every call of the client is timed
 * in {@code http.client.requests} under its URI template, and its waits and retries are timed
 * in {@code cratecloud.operation.await} and {@code cratecloud.client.retries}, all through the
 * application's own {@link ObservationRegistry}.
 */
class CrateCloudMetricsTests {

	private static final String CLUSTER_TEMPLATE = "/api/v2/clusters/{cluster_id}/";

	private static final String FIRST_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String SECOND_ID = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
				CrateCloudAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		// Replaces the registry of ObservationAutoConfiguration, which configures it the same.
		.withBean(ObservationRegistry.class, TestObservationRegistry::create)
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl(),
				"cratecloud.operations.poll-interval=10ms", "cratecloud.retry.initial-delay=10ms",
				"cratecloud.retry.max-delay=100ms");

	@Test
	void callsWithDifferentIdsAreTimedUnderOneUriTemplate() {
		api.server()
			.stubFor(get(urlPathMatching("/api/v2/clusters/[^/]+/"))
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withTransformers("response-template")
					.withBody(cluster("{{request.pathSegments.[3]}}"))));
		this.runner.run((context) -> {
			CrateCloudClient client = context.getBean(CrateCloudClient.class);

			assertThat(client.clusters().get(FIRST_ID).id()).isEqualTo(FIRST_ID);
			assertThat(client.clusters().get(SECOND_ID).id()).isEqualTo(SECOND_ID);

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Timer timer = meters.get("http.client.requests")
				.tag("uri", CLUSTER_TEMPLATE)
				.tag("method", "GET")
				.tag("status", "200")
				.tag("outcome", "SUCCESS")
				.timer();
			assertThat(timer.count()).isEqualTo(2);
			assertThat(meters.find("http.client.requests").timers()).hasSize(1);
			TestObservationRegistry observations = (TestObservationRegistry) context.getBean(ObservationRegistry.class);
			TestObservationRegistryAssert.assertThat(observations)
				.hasNumberOfObservationsWithNameEqualTo("http.client.requests", 2)
				.forAllObservationsWithNameEqualTo("http.client.requests",
						(observation) -> observation.hasLowCardinalityKeyValue("uri", CLUSTER_TEMPLATE)
							.hasLowCardinalityKeyValue("method", "GET")
							.hasLowCardinalityKeyValue("status", "200")
							.hasLowCardinalityKeyValue("outcome", "SUCCESS")
							.hasHighCardinalityKeyValueWithKey("http.url"))
				// The concrete URL, with the id, goes to spans only.
				.hasAnObservationWithAKeyValue("http.url", api.baseUrl() + "/api/v2/clusters/" + FIRST_ID + "/")
				.hasAnObservationWithAKeyValue("http.url", api.baseUrl() + "/api/v2/clusters/" + SECOND_ID + "/");
		});
	}

	@Test
	void waitsAndRetriesAreTimedThroughTheApplicationsRegistry() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		String clusterPath = "/api/v2/clusters/" + FIRST_ID + "/";
		api.server().stubFor(delete(clusterPath).willReturn(noContent()));
		String scenario = UUID.randomUUID().toString();
		api.server()
			.stubFor(get(clusterPath).inScenario(scenario)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(status(503))
				.willSetStateTo("retried"));
		api.server()
			.stubFor(get(clusterPath).inScenario(scenario)
				.whenScenarioStateIs("retried")
				.willReturn(okJson(cluster(FIRST_ID)))
				.willSetStateTo("gone"));
		api.server()
			.stubFor(get(clusterPath).inScenario(scenario)
				.whenScenarioStateIs("gone")
				.willReturn(aResponse().withStatus(404)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"message\": \"Cluster not found.\", \"success\": false}")));
		this.runner.run((context) -> {
			context.getBean(CrateCloudClient.class).clusters().delete(FIRST_ID).await(Duration.ofSeconds(5));

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("cratecloud.operation.await")
				.tag("operation", "DELETE")
				.tag("outcome", "SUCCEEDED")
				.timer()
				.count()).isOne();
			assertThat(meters.get("cratecloud.client.retries")
				.tag("method", "GET")
				.tag("uri", CLUSTER_TEMPLATE)
				.tag("reason", "status_503")
				.tag("outcome", "SUCCESS")
				.timer()
				.count()).isOne();
			// Three polls: the one answered 503, its retry, and the one that found the cluster gone.
			assertThat(meters.get("http.client.requests").tag("uri", CLUSTER_TEMPLATE).tag("method", "GET").timers())
				.extracting((timer) -> timer.getId().getTag("status") + "x" + timer.count())
				.containsExactlyInAnyOrder("503x1", "200x1", "404x1");
		});
	}

	@Test
	void theApplicationsConventionsNameTheClientsObservations() {
		String clusterPath = "/api/v2/clusters/" + FIRST_ID + "/";
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		String scenario = UUID.randomUUID().toString();
		api.server()
			.stubFor(get(clusterPath).inScenario(scenario)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(status(503))
				.willSetStateTo("retried"));
		api.server()
			.stubFor(get(clusterPath).inScenario(scenario)
				.whenScenarioStateIs("retried")
				.willReturn(okJson(cluster(FIRST_ID))));
		this.runner.withBean(OperationAwaitObservationConvention.class, TeamAwaitConvention::new)
			.withBean(RetryObservationConvention.class, TeamRetryConvention::new)
			.run((context) -> {
				context.getBean(CrateCloudClient.class).clusters().untilGreen(FIRST_ID).await(Duration.ofSeconds(5));

				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("cratecloud.operation.await")
					.tag("operation", "HEALTH")
					.tag("outcome", "SUCCEEDED")
					.tag("team", "data-platform")
					.timer()
					.count()).isOne();
				assertThat(meters.get("cratecloud.client.retries")
					.tag("reason", "status_503")
					.tag("team", "data-platform")
					.timer()
					.count()).isOne();
			});
	}

	private static final class TeamAwaitConvention extends DefaultOperationAwaitObservationConvention {

		@Override
		public KeyValues getLowCardinalityKeyValues(OperationAwaitObservationContext context) {
			return super.getLowCardinalityKeyValues(context).and("team", "data-platform");
		}

	}

	private static final class TeamRetryConvention extends DefaultRetryObservationConvention {

		@Override
		public KeyValues getLowCardinalityKeyValues(RetryObservationContext context) {
			return super.getLowCardinalityKeyValues(context).and("team", "data-platform");
		}

	}

	private static String cluster(String id) {
		return """
				{"id": "%s", "name": "sensor-data", "crate_version": "5.10.3", "num_nodes": 3,
				 "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d",
				 "subscription_id": "5c2e7a91-3d4b-4f68-b0a2-9e1c6d8f4a25", "product_name": "cr1",
				 "product_tier": "default", "product_unit": 2, "channel": "stable", "username": "admin",
				 "suspended": false, "deletion_protected": false,
				 "fqdn": "sensor-data.aks1.eastus2.azure.cratedb.net.",
				 "url": "https://sensor-data.aks1.eastus2.azure.cratedb.net:4200",
				 "health": {"status": "GREEN", "running_operation": "SCALE", "last_seen": "2026-07-10T10:45:00.000000"}}
				""".formatted(id);
	}

}
