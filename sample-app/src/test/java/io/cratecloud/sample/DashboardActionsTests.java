package io.cratecloud.sample;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's actions, over HTTP, against demo mode's fake CrateDB Cloud, and a change
 * made by hand showing as drift from the estate demo mode declares.
 */
// Steps of a second leave time to ask for a second change while the first one runs.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sample.demo.operation-step=1s")
class DashboardActionsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@LocalServerPort
	private int port;

	@Value("${cratecloud.api-secret}")
	private String apiSecret;

	@Autowired
	private CrateCloudClient crateCloud;

	@BeforeAll
	static void demoModeOnly() {
		DemoModeOnly.assumeNoApiKeyInEnvironment();
	}

	// Cookies keep the session that carries the notice across the redirect.
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void deployingShowsTheGeneratedPasswordOnceAndFollowsTheCreateOperationUntilTheClusterIsGreen()
			throws Exception {
		String projectId = this.crateCloud.projects().list().get(0).id();

		HttpResponse<String> posted = post("/clusters",
				Map.of("name", "deployed-here", "projectId", projectId, "product", "cr1", "nodes", "2",
						"password", ""));

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
			.endsWith("/"));
		String page = get("/").body();
		assertThat(page).contains("Deploying cluster &#39;deployed-here&#39;.").doesNotContain(this.apiSecret);
		Matcher password = Pattern.compile("<code id=\"admin-password\">([^<]+)</code>").matcher(page);
		assertThat(password.find()).isTrue();
		assertThat(password.group(1)).hasSize(32);
		Cluster deployed = cluster("deployed-here");
		assertThat(page).contains("data-watch-type=\"CREATE\"");
		// The notice and the password are shown once.
		assertThat(get("/").body()).doesNotContain("admin-password").doesNotContain("Deploying cluster");

		JsonNode progress = awaitFinished(deployed.id(), "CREATE");
		assertThat(progress.get("status").asString()).isEqualTo("SUCCEEDED");
		Cluster green = this.crateCloud.clusters().get(deployed.id());
		assertThat(green.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(green.numNodes()).isEqualTo(2);
	}

	@Test
	void aSecondChangeWhileOneRunsIsRefusedWithAReadableMessage() throws Exception {
		String clusterId = cluster("analytics").id();

		assertThat(post("/clusters/" + clusterId + "/scale", Map.of("nodes", "2")).statusCode()).isEqualTo(302);
		assertThat(get("/").body()).contains("Scaling cluster &#39;analytics&#39; to 2 nodes.")
			.containsPattern("id=\"cluster-" + clusterId + "\"[^>]*data-watch-type=\"SCALE\"");
		assertThat(post("/clusters/" + clusterId + "/suspend", Map.of()).statusCode()).isEqualTo(302);

		String page = get("/").body();
		assertThat(page).contains("<p id=\"error\"")
			.contains("Another change is still running on this cluster")
			.contains("Another cluster operation is already in progress.")
			.doesNotContain("Exception")
			.doesNotContain(this.apiSecret);
		JsonNode progress = awaitFinished(clusterId, "SCALE");
		assertThat(progress.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(this.crateCloud.clusters().get(clusterId).numNodes()).isEqualTo(2);
	}

	@Test
	@DisabledIfSystemProperty(named = "spring.aot.enabled", matches = "true",
			disabledReason = "processed ahead of time, demo mode declares no estate")
	void aDeclaredClusterScaledByHandShowsAsDriftInTheEstateSection() throws Exception {
		String clusterId = cluster("staging").id();
		assertThat(DemoEstateTests.estatePlan(get("/").body()))
			.noneMatch((line) -> line.contains("Demo project/staging"));

		assertThat(post("/clusters/" + clusterId + "/scale", Map.of("nodes", "2")).statusCode()).isEqualTo(302);
		assertThat(awaitFinished(clusterId, "SCALE").get("status").asString()).isEqualTo("SUCCEEDED");

		// The page reuses a plan while it is younger than the check interval: wait for one made
		// after the change.
		String drift = "change: ~ scale cluster Demo project/staging: 2 nodes -> 1 node";
		String page = awaitPage((body) -> DemoEstateTests.estatePlan(body).contains(drift), drift);
		assertThat(DemoEstateTests.estateStatus(page)).isEqualTo("true: Drift: the estate differs from its declaration.");
		assertThat(DemoEstateTests.estateSummary(page)).startsWith("Plan: ");
		assertThat(page).doesNotContain("id=\"estate-error\"").doesNotContain(this.apiSecret);

		JsonNode plan = JsonMapper.builder().build().readTree(get("/actuator/cratecloud/estate").body());
		assertThat(plan.get("changes").valueStream()
			.filter((change) -> change.get("resource").asString().equals("cluster Demo project/staging"))
			.map((change) -> change.get("kind").asString() + " " + change.get("before").asString() + " -> "
					+ change.get("after").asString() + " at " + change.get("path").asString()))
			.containsExactly("SCALE 2 nodes -> 1 node at cratecloud.estate.projects[0].clusters[1].nodes");
	}

	@Test
	void aClusterThatBreaksTheApisRulesIsRefusedBeforeAnythingIsSent() throws Exception {
		String projectId = this.crateCloud.projects().list().get(0).id();
		int clusters = this.crateCloud.clusters().list().size();

		post("/clusters", Map.of("name", "ab", "projectId", projectId, "product", "cr1", "nodes", "1"));

		String page = get("/").body();
		assertThat(page).contains("<p id=\"error\"").contains("cluster.name");
		// The form keeps what was typed.
		assertThat(page).containsPattern("id=\"deploy-name\" value=\"ab\"");
		assertThat(this.crateCloud.clusters().list()).hasSize(clusters);
	}

	@Test
	void deletingNeedsTheClustersNameTyped() throws Exception {
		String clusterId = cluster("reporting").id();

		post("/clusters/" + clusterId + "/delete", Map.of("confirmation", "reportin"));
		assertThat(get("/").body()).contains("Type the cluster&#39;s name, &#39;reporting&#39;");
		assertThat(this.crateCloud.clusters().get(clusterId).name()).isEqualTo("reporting");

		post("/clusters/" + clusterId + "/delete", Map.of("confirmation", "reporting"));
		assertThat(get("/").body()).contains("Deleting cluster &#39;reporting&#39;.")
			.doesNotContain("data-cluster-name=\"reporting\"");
	}

	@Test
	void progressOfAClusterWithoutSuchAChangeIsNotFound() throws Exception {
		String clusterId = cluster("staging").id();

		assertThat(get("/api/clusters/" + clusterId + "/operations/latest?type=UPGRADE").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theQueryBoxSendsTheStatementToTheClustersEndpointAndShowsWhatCameBack() throws Exception {
		Cluster running = this.crateCloud.clusters()
			.list()
			.stream()
			.filter((cluster) -> !Boolean.TRUE.equals(cluster.suspended()))
			.findFirst()
			.orElseThrow();

		HttpResponse<String> posted = post("/sql", Map.of("clusterId", running.id(), "statement", "SELECT 1 AS one"));

		assertThat(posted.statusCode()).isEqualTo(302);
		String page = get("/").body();
		// Demo mode's clusters have no database behind them: the fake's endpoint says so, as
		// CrateDB's error, and the page shows it with the statement kept in the box.
		assertThat(page).contains("id=\"sql-error\"", "CrateDB error 5000", "sqlEndpoint", "SELECT 1 AS one")
			.doesNotContain(this.apiSecret)
			.doesNotContain("eyJ");
		assertThat(get("/").body()).doesNotContain("id=\"sql-error\"");
	}

	private Cluster cluster(String name) {
		return this.crateCloud.clusters()
			.list()
			.stream()
			.filter((cluster) -> cluster.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode awaitFinished(String clusterId, String type) throws Exception {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			HttpResponse<String> response = get("/api/clusters/" + clusterId + "/operations/latest?type=" + type);
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode progress = JsonMapper.builder().build().readTree(response.body());
			assertThat(progress.get("type").asString()).isEqualTo(type);
			if (progress.get("finished").asBoolean()) {
				return progress;
			}
			assertThat(System.nanoTime()).as("%s of %s finished", type, clusterId).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	/**
	 * The page, once it shows what is expected.
	 */
	private String awaitPage(Predicate<String> shows, String what) throws Exception {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			String page = get("/").body();
			if (shows.test(page)) {
				return page;
			}
			assertThat(System.nanoTime()).as("the page shows %s", what).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
