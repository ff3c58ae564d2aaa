package io.cratecloud.autoconfigure.health;

import java.util.Map;

import io.cratecloud.autoconfigure.ApiResponses;
import io.cratecloud.autoconfigure.ClusterResponses;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.metrics.CrateCloudMetricsAutoConfiguration;
import io.cratecloud.health.CrateCloudHealthIndicator;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-cluster health and gauges: with watched clusters, {@code cratecloud} is a composite of
 * the API check and one entry per cluster, all from one cached list.
 */
class CrateCloudClusterHealthTests {

	private static final String P = ClusterResponses.PROJECT_ID;

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
				CrateCloudHealthContributorAutoConfiguration.class, CrateCloudMetricsAutoConfiguration.class,
				MetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl());

	@Test
	void withoutWatchedClustersTheContributorIsTheApiCheck() {
		this.runner.run((context) -> {
			assertThat(context.getBean("cratecloudHealthContributor")).isInstanceOf(CrateCloudHealthIndicator.class);
		});
	}

	@Test
	void eachWatchedClusterIsReportedBesideTheApiCheckFromOneListRequest() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/")).willReturn(okJson(ClusterResponses.list(
					ClusterResponses.cluster("11111111-1111-4111-8111-111111111111", "green", P, "GREEN", 3),
					ClusterResponses.cluster("22222222-2222-4222-8222-222222222222", "yellow", P, "YELLOW", 3),
					ClusterResponses.cluster("33333333-3333-4333-8333-333333333333", "red", P, "RED", 1),
					ClusterResponses.cluster("44444444-4444-4444-8444-444444444444", "unreachable", P, "UNREACHABLE", 1),
					ClusterResponses.cluster("55555555-5555-4555-8555-555555555555", "suspended", P, "SUSPENDED", 2),
					ClusterResponses.cluster("66666666-6666-4666-8666-666666666666", "odd", P, "UNKNOWN", 2)))));
		this.runner
			.withPropertyValues("management.health.cratecloud.clusters=green,yellow,red,unreachable,suspended,odd,gone,"
					+ "11111111-1111-4111-8111-111111111111")
			.run((context) -> {
				assertThat(context).doesNotHaveBean("cratecloudHealthIndicator");
				CompositeHealthContributor composite = context.getBean("cratecloudHealthContributor",
						CompositeHealthContributor.class);
				assertThat(health(composite, "api").getStatus()).isEqualTo(Status.UP);
				assertThat(health(composite, "green").getStatus()).isEqualTo(Status.UP);
				Health yellow = health(composite, "yellow");
				assertThat(yellow.getStatus()).isEqualTo(Status.UP);
				assertThat(yellow.getDetails()).containsEntry("health", "YELLOW").containsEntry("nodes", 3)
					.containsEntry("crateVersion", "5.10.3");
				assertThat(health(composite, "red").getStatus()).isEqualTo(Status.DOWN);
				assertThat(health(composite, "unreachable").getStatus()).isEqualTo(Status.DOWN);
				assertThat(health(composite, "suspended").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				assertThat(health(composite, "odd").getStatus()).isEqualTo(Status.UNKNOWN);
				assertThat(health(composite, "gone").getStatus()).isEqualTo(Status.DOWN);
				assertThat(health(composite, "gone").getDetails()).containsEntry("reason", "not found");
				assertThat(health(composite, "11111111-1111-4111-8111-111111111111").getStatus()).isEqualTo(Status.UP);
				assertThat(health(composite, "green").getDetails().toString()).doesNotContain("password");
				// Every cluster from one list, reused within the cache TTL.
				api.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters/")));

				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("cratecloud.cluster.nodes").tag("cluster", "green").gauge().value()).isEqualTo(3);
				assertThat(meters.get("cratecloud.cluster.healthy").tag("cluster", "yellow").gauge().value()).isOne();
				assertThat(meters.get("cratecloud.cluster.healthy").tag("cluster", "red").gauge().value()).isZero();
				assertThat(meters.get("cratecloud.cluster.healthy").tag("cluster", "gone").gauge().value()).isZero();
				assertThat(meters.find("cratecloud.cluster.nodes").gauges()).hasSize(8);
				api.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters/")));
			});
	}

	@Test
	void theDataSourceClusterIsWatchedToo() {
		this.runner.withPropertyValues("management.health.cratecloud.clusters=analytics", "cratecloud.datasource.cluster=sensors")
			.run((context) -> {
				CompositeHealthContributor composite = context.getBean("cratecloudHealthContributor",
						CompositeHealthContributor.class);
				assertThat(composite.getContributor("analytics")).isNotNull();
				assertThat(composite.getContributor("sensors")).isNotNull();
				assertThat(composite.getContributor("api")).isNotNull();
			});
	}

	@Test
	void aFailingListIsDownForEveryClusterWithTheReason() {
		api.offContract("a refusal the document does not list for this list");
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/"))
				.willReturn(okJson("{\"message\": \"Permission denied.\", \"success\": false}").withStatus(403)));
		this.runner.withPropertyValues("management.health.cratecloud.clusters=green").run((context) -> {
			CompositeHealthContributor composite = context.getBean("cratecloudHealthContributor",
					CompositeHealthContributor.class);
			Health health = health(composite, "green");
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).isEqualTo(Map.of("reason", "permission denied", "status", 403));
		});
	}

	@Test
	void backsOffForAUserDefinedContributor() {
		HealthIndicator own = () -> Health.up().build();
		this.runner.withPropertyValues("management.health.cratecloud.clusters=green")
			.withBean("cratecloudHealthContributor", HealthIndicator.class, () -> own)
			.run((context) -> assertThat(context.getBean("cratecloudHealthContributor")).isSameAs(own));
	}

	private static Health health(CompositeHealthContributor composite, String name) {
		return ((HealthIndicator) composite.getContributor(name)).health();
	}

}
