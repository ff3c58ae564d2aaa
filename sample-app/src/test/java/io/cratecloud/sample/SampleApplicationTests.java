package io.cratecloud.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

// The key is set here rather than with the base URL below: demo mode looks for it while the
// environment is prepared, before dynamic properties are added.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cratecloud.api-key=sample-test-key", "cratecloud.api-secret=sample-test-secret-5f2e" })
class SampleApplicationTests {

	private static final WireMockServer cloud = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startCloud() {
		cloud.start();
		cloud.stubFor(get("/api/v2/users/me/").willReturn(okJson("""
				{"uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com",
				 "name": "Ada Lovelace", "username": "ada", "is_superuser": false}
				""")));
		cloud.stubFor(get("/api/v2/organizations/").willReturn(okJson("""
				[{"id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "name": "Acme Analytics", "plan_type": 3,
				  "project_count": 1}]
				""")));
		cloud.stubFor(get("/api/v2/projects/").willReturn(okJson("""
				[{"id": "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e", "name": "telemetry",
				  "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "region": "aks1.westeurope.azure"}]
				""")));
		cloud.stubFor(get("/api/v2/clusters/").willReturn(okJson("""
				[{"id": "8f1c5a2e-3b4d-4e6f-8a9b-0c1d2e3f4a5b", "name": "telemetry-prod", "crate_version": "5.10.3",
				  "num_nodes": 3, "project_id": "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e", "product_name": "cr2",
				  "product_tier": "default", "url": "https://telemetry-prod.aks1.westeurope.azure.cratedb.net:4200",
				  "fqdn": "telemetry-prod.aks1.westeurope.azure.cratedb.net.", "username": "admin",
				  "health": {"status": "GREEN", "running_operation": "", "last_seen": "2026-07-10T10:41:02.983000"}},
				 {"id": "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d", "name": "telemetry-staging", "crate_version": "6.0.0",
				  "num_nodes": 1, "project_id": "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e", "product_name": "cr1",
				  "product_tier": "default", "url": "https://telemetry-staging.aks1.westeurope.azure.cratedb.net:4200",
				  "health": {"status": "UNREACHABLE", "running_operation": "CREATE", "last_seen": ""}}]
				""")));
		cloud.stubFor(get("/api/v2/products/").willReturn(okJson("""
				[{"name": "cr1", "kind": "cluster", "tier": "default", "label": "CR1", "deprecated": false},
				 {"name": "cr2", "kind": "cluster", "tier": "default", "label": "CR2", "deprecated": false},
				 {"name": "cr0", "kind": "cluster", "tier": "default", "label": "CR0", "deprecated": true}]
				""")));
	}

	@AfterAll
	static void stopCloud() {
		cloud.stop();
	}

	@DynamicPropertySource
	static void cloudProperties(DynamicPropertyRegistry registry) {
		registry.add("cratecloud.base-url", () -> "http://127.0.0.1:" + cloud.port());
	}

	@Test
	void dashboardShowsTheUserOrganizationsProjectsAndClustersWithHealth() throws Exception {
		HttpResponse<String> page = fetch("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Ada Lovelace")
			.contains("Acme Analytics")
			.contains("telemetry")
			.contains("telemetry-prod")
			.contains("5.10.3")
			.contains("GREEN")
			.contains("telemetry-staging")
			.contains("UNREACHABLE")
			.doesNotContain("id=\"demo-mode\"")
			// No estate declared: the page says how to declare one.
			.contains("id=\"estate-undeclared\"");
	}

	@Test
	void clusterRowsNameTheirProjectAndFollowARunningChange() throws Exception {
		String page = fetch("/").body();

		assertThat(page).contains("data-cluster-name=\"telemetry-prod\"")
			.contains("<td data-field=\"project\">telemetry</td>")
			.contains("<td data-field=\"product\">cr2 (default)</td>");
		// The staging cluster's health reports a running CREATE, which the page follows.
		assertThat(page).containsOnlyOnce("data-watch-type=\"CREATE\"")
			.contains("id=\"cluster-1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d\"");
	}

	@Test
	void clusterRowsShowTheJdbcUrlTheStarterWouldBuildAndThatNoClusterIsWatched() throws Exception {
		String page = fetch("/").body();

		// The host from the cluster's fqdn, without the trailing dot; no user, no password.
		assertThat(DemoEstateTests.cell(page, "telemetry-prod", "jdbc-url")).isEqualTo(
				"<code class=\"jdbc\">jdbc:postgresql://telemetry-prod.aks1.westeurope.azure.cratedb.net:5432/doc?sslmode=require</code>");
		// A cluster without a domain name has no URL yet.
		assertThat(DemoEstateTests.cell(page, "telemetry-staging", "jdbc-url")).isEmpty();
		// With credentials, only what is configured is watched: nothing, here.
		assertThat(DemoEstateTests.cell(page, "telemetry-prod", "actuator-health")).isEqualTo("not watched");
		assertThat(page).contains("href=\"/actuator/cratecloud\"");
	}

	@Test
	void theCratecloudEndpointShowsTheEstate() throws Exception {
		HttpResponse<String> response = fetch("/actuator/cratecloud");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode project = JsonMapper.builder().build().readTree(response.body()).get("organizations").get(0)
			.get("projects").get(0);
		assertThat(project.get("name").asString()).isEqualTo("telemetry");
		assertThat(project.get("clusters").valueStream().map((cluster) -> cluster.get("name").asString() + " "
				+ cluster.get("health").asString() + " "
				+ (cluster.path("runningOperation").isString() ? cluster.get("runningOperation").asString() : "-")))
			.containsExactly("telemetry-prod GREEN -", "telemetry-staging UNREACHABLE CREATE");
		assertThat(response.body()).doesNotContain("sample-test-secret-5f2e");
	}

	@Test
	void deployFormOffersTheClusterProductsThatAreNotDeprecated() throws Exception {
		String page = fetch("/").body();

		assertThat(page).contains("<option value=\"cr1\">CR1</option>")
			.contains("<option value=\"cr2\">CR2</option>")
			.doesNotContain("CR0");
	}

	@Test
	void clustersAreServedAsJson() throws Exception {
		HttpResponse<String> response = fetch("/api/clusters");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode clusters = JsonMapper.builder().build().readTree(response.body());
		assertThat(clusters.size()).isEqualTo(2);
		assertThat(clusters.get(0).get("name").asString()).isEqualTo("telemetry-prod");
		assertThat(clusters.get(0).get("health").get("status").asString()).isEqualTo("GREEN");
	}

	@Test
	void healthShowsCrateCloudWithDetails() throws Exception {
		HttpResponse<String> response = fetch("/actuator/health");

		JsonNode cratecloud = JsonMapper.builder().build().readTree(response.body()).get("components").get("cratecloud");
		assertThat(cratecloud.get("status").asString()).isEqualTo("UP");
		assertThat(cratecloud.get("details").get("user").asString()).isEqualTo("Ada Lovelace");
		assertThat(response.body()).doesNotContain("sample-test-secret-5f2e");
	}

	@Test
	void callsToCrateCloudAreTimedUnderTheirUriTemplates() throws Exception {
		assertThat(fetch("/").statusCode()).isEqualTo(200);

		HttpResponse<String> response = fetch("/actuator/metrics/http.client.requests");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode metric = JsonMapper.builder().build().readTree(response.body());
		assertThat(metric.get("measurements").get(0).get("statistic").asString()).isEqualTo("COUNT");
		assertThat(metric.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(4);
		JsonNode uris = metric.get("availableTags")
			.valueStream()
			.filter((tag) -> tag.get("tag").asString().equals("uri"))
			.findFirst()
			.orElseThrow()
			.get("values");
		assertThat(uris.valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("/api/v2/users/me/",
				"/api/v2/organizations/", "/api/v2/projects/", "/api/v2/clusters/", "/api/v2/products/");
	}

	private HttpResponse<String> fetch(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
