package io.cratecloud.autoconfigure.endpoint;

import java.util.List;

import io.cratecloud.actuate.CrateCloudEndpoint;
import io.cratecloud.actuate.CrateCloudEndpoint.ClusterDetailsDescriptor;
import io.cratecloud.actuate.CrateCloudEndpoint.EstateDescriptor;
import io.cratecloud.autoconfigure.ClusterResponses;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code cratecloud} actuator endpoint and its auto-configuration.
 */
class CrateCloudEndpointTests {

	private static final String ORGANIZATION_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
				CrateCloudEndpointAutoConfiguration.class, EndpointAutoConfiguration.class))
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl(),
				"management.endpoints.web.exposure.include=health,cratecloud");

	@Test
	void theEstateIsOrganizationsProjectsAndClustersFromThreeRequests() {
		api.server()
			.stubFor(get("/api/v2/organizations/").willReturn(okJson("""
					[{"id": "%s", "name": "Acme", "plan_type": 3, "role_fqn": "org_admin",
					  "dc": {"created": "2026-07-01T10:00:00+00:00", "modified": "2026-07-01T10:00:00+00:00"}}]
					""".formatted(ORGANIZATION_ID))));
		api.server()
			.stubFor(get("/api/v2/projects/").willReturn(okJson("""
					[{"id": "%s", "name": "analytics", "organization_id": "%s", "region": "aks1.eastus2.azure",
					  "dc": {"created": "2026-07-01T10:00:00+00:00", "modified": "2026-07-01T10:00:00+00:00"}}]
					""".formatted(ClusterResponses.PROJECT_ID, ORGANIZATION_ID))));
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/")).willReturn(okJson(ClusterResponses
				.list(ClusterResponses.cluster(CLUSTER_ID, "sensors", ClusterResponses.PROJECT_ID, "SUSPENDED", 3)))));
		this.runner.run((context) -> {
			EstateDescriptor estate = context.getBean(CrateCloudEndpoint.class).estate();
			assertThat(estate.organizations()).singleElement().satisfies((organization) -> {
				assertThat(organization.name()).isEqualTo("Acme");
				assertThat(organization.projects()).singleElement().satisfies((project) -> {
					assertThat(project.name()).isEqualTo("analytics");
					assertThat(project.clusters()).singleElement().satisfies((cluster) -> {
						assertThat(cluster.name()).isEqualTo("sensors");
						assertThat(cluster.id()).isEqualTo(CLUSTER_ID);
						assertThat(cluster.product()).isEqualTo("default/cr1");
						assertThat(cluster.nodes()).isEqualTo(3);
						assertThat(cluster.health()).isEqualTo("SUSPENDED");
						assertThat(cluster.suspended()).isTrue();
						assertThat(cluster.deletionProtected()).isFalse();
					});
				});
			});
			assertThat(api.server().getAllServeEvents()).hasSize(3);
		});
	}

	@Test
	void aClusterShowsItsRecentOperationsNewestFirstAndAnUnknownOneIsNotFound() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/")).willReturn(okJson(ClusterResponses
				.list(ClusterResponses.cluster(CLUSTER_ID, "sensors", ClusterResponses.PROJECT_ID, "GREEN", 3)))));
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/operations/")).willReturn(okJson("""
					{"operations": [
					  {"id": "11111111-2222-4333-8444-555555555555", "type": "CREATE", "status": "SUCCEEDED",
					   "entity": "CLUSTER", "entity_id": "%1$s", "feedback_data": {"message": "Cluster created"},
					   "non_sensitive_data": {},
					   "dc": {"created": "2026-07-01T10:00:00+00:00", "modified": "2026-07-01T10:05:00+00:00"}},
					  {"id": "99999999-8888-4777-8666-555555555555", "type": "SCALE", "status": "IN_PROGRESS",
					   "entity": "CLUSTER", "entity_id": "%1$s", "feedback_data": {"message": "Scaling"},
					   "non_sensitive_data": {},
					   "dc": {"created": "2026-07-10T10:00:00+00:00", "modified": "2026-07-10T10:01:00+00:00"}}]}
					""".formatted(CLUSTER_ID))));
		this.runner.run((context) -> {
			CrateCloudEndpoint endpoint = context.getBean(CrateCloudEndpoint.class);
			ClusterDetailsDescriptor details = endpoint.cluster("sensors");
			assertThat(details).isNotNull();
			assertThat(details.cluster().name()).isEqualTo("sensors");
			assertThat(details.operations()).extracting((operation) -> operation.type())
				.isEqualTo(List.of("SCALE", "CREATE"));
			assertThat(details.operations().get(0).message()).isEqualTo("Scaling");
			assertThat(endpoint.cluster("nope")).isNull();
		});
	}

	@Test
	void notThereUnlessExposedAsBootsEndpointsAreNot() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
					CrateCloudEndpointAutoConfiguration.class, EndpointAutoConfiguration.class))
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CrateCloudEndpoint.class));
	}

	@Test
	void offWithItsAccessSetToNone() {
		this.runner.withPropertyValues("management.endpoint.cratecloud.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(CrateCloudEndpoint.class));
	}

	@Test
	void absentWithoutAClient() {
		this.runner.withPropertyValues("cratecloud.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CrateCloudEndpoint.class));
	}

}
