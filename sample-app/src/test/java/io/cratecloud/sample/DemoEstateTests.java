package io.cratecloud.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What demo mode shows of the clusters it manages, over HTTP: each cluster's JDBC URL and its
 * status in {@code /actuator/health} on the page, the {@code cratecloud} health composite with
 * the API check and every demo cluster, the exposed {@code cratecloud} endpoint and the gauges
 * of the watched clusters, and the estate demo mode declares, which matches what it seeds: no
 * drift on the page or in {@code /actuator/cratecloud/estate}. Processed ahead of time, the
 * application declares no estate, and the page says how to declare one. The tests only read,
 * so they can share the application.
 */
// The health cache off: what the tests read is what the fake holds now.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "management.health.cratecloud.cache-ttl=0s")
class DemoEstateTests {

	private static final List<String> DEMO_CLUSTERS = List.of("analytics", "staging", "reporting");

	/** The demo project's region, which the fake puts into each cluster's domain name. */
	private static final String REGION = "aks1.westeurope.azure";

	@LocalServerPort
	private int port;

	@Value("${cratecloud.api-secret}")
	private String apiSecret;

	@Value("${cratecloud.estate.organization:}")
	private String declaredOrganization;

	/** The admin password demo mode makes up for its declared clusters: never shown. */
	@Value("${sample.demo.cluster-password:no password made up}")
	private String clusterPassword;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void demoModeOnly() {
		DemoModeOnly.assumeNoApiKeyInEnvironment();
	}

	@Test
	void thePageShowsEachClustersJdbcUrlAndItsStatusInActuatorHealth() throws Exception {
		HttpResponse<String> page = get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		for (String cluster : DEMO_CLUSTERS) {
			assertThat(cell(page.body(), cluster, "jdbc-url")).as(cluster)
				.isEqualTo("<code class=\"jdbc\">jdbc:postgresql://" + cluster + "." + REGION
						+ ".cratedb.net:5432/doc?sslmode=require</code>");
		}
		assertThat(cell(page.body(), "analytics", "actuator-health")).isEqualTo("UP");
		assertThat(cell(page.body(), "staging", "actuator-health")).isEqualTo("UP");
		assertThat(cell(page.body(), "reporting", "actuator-health")).isEqualTo("OUT_OF_SERVICE");
		// The cluster's own health stays beside it.
		assertThat(cell(page.body(), "reporting", "health")).isEqualTo("SUSPENDED");
		assertThat(page.body()).contains("<a id=\"estate-link\" href=\"/actuator/cratecloud\">")
			.doesNotContain(this.apiSecret);
	}

	@Test
	void actuatorHealthShowsCratecloudWithTheApiCheckAndEveryDemoCluster() throws Exception {
		HttpResponse<String> response = get("/actuator/health");

		// A suspended cluster is OUT_OF_SERVICE in its own entry, but the sample ranks that below
		// UP overall: the first look is 200.
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = json(response);
		assertThat(health.get("status").asString()).isEqualTo("UP");
		JsonNode cratecloud = health.get("components").get("cratecloud");
		assertThat(cratecloud.get("status").asString()).isEqualTo("UP");
		JsonNode components = cratecloud.get("components");
		assertThat(components.propertyNames()).containsExactlyInAnyOrder("api", "analytics", "staging", "reporting");
		assertThat(components.get("api").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("api").get("details").get("user").asString()).isNotBlank();
		assertThat(components.get("analytics").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("analytics").get("details").get("health").asString()).isEqualTo("GREEN");
		assertThat(components.get("analytics").get("details").get("nodes").asInt()).isEqualTo(3);
		assertThat(components.get("staging").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("reporting").get("status").asString()).isEqualTo("OUT_OF_SERVICE");
		assertThat(components.get("reporting").get("details").get("health").asString()).isEqualTo("SUSPENDED");
		assertThat(response.body()).doesNotContain(this.apiSecret);

		// The strict view, the 'clusters' group: out of service while a watched cluster is.
		HttpResponse<String> clusters = get("/actuator/health/clusters");
		assertThat(clusters.statusCode()).isEqualTo(503);
		assertThat(json(clusters).get("status").asString()).isEqualTo("OUT_OF_SERVICE");
		assertThat(json(clusters).get("components").get("cratecloud").get("components").get("reporting")
			.get("status").asString()).isEqualTo("OUT_OF_SERVICE");

		// One cluster alone, as a readiness group would name it.
		HttpResponse<String> one = get("/actuator/health/cratecloud/analytics");
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(json(one).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void theCratecloudEndpointIsExposedAndShowsTheDemoEstate() throws Exception {
		assertThat(json(get("/actuator")).get("_links").propertyNames()).contains("cratecloud",
				"cratecloud-cluster");

		HttpResponse<String> response = get("/actuator/cratecloud");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode organizations = json(response).get("organizations");
		assertThat(organizations.size()).isEqualTo(1);
		assertThat(organizations.get(0).get("name").asString()).isEqualTo("Demo organization");
		JsonNode projects = organizations.get(0).get("projects");
		assertThat(projects.size()).isEqualTo(1);
		assertThat(projects.get(0).get("name").asString()).isEqualTo("Demo project");
		assertThat(projects.get(0).get("region").asString()).isEqualTo(REGION);
		assertThat(projects.get(0).get("clusters").valueStream()
			.map((cluster) -> cluster.get("name").asString() + " " + cluster.get("nodes").asInt() + " "
					+ cluster.get("health").asString() + " suspended=" + cluster.get("suspended").asBoolean()))
			.containsExactlyInAnyOrder("analytics 3 GREEN suspended=false", "staging 1 GREEN suspended=false",
					"reporting 1 SUSPENDED suspended=true");
		assertThat(response.body()).doesNotContain(this.apiSecret).doesNotContainIgnoringCase("password");
	}

	@Test
	void theCratecloudEndpointShowsOneClusterWithItsOperationsAndAnUnknownOneIsNotFound() throws Exception {
		HttpResponse<String> response = get("/actuator/cratecloud/reporting");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode cluster = json(response);
		assertThat(cluster.get("cluster").get("name").asString()).isEqualTo("reporting");
		assertThat(cluster.get("cluster").get("suspended").asBoolean()).isTrue();
		assertThat(cluster.get("operations").isArray()).isTrue();
		assertThat(get("/actuator/cratecloud/no-such-cluster").statusCode()).isEqualTo(404);
	}

	@Test
	@DisabledIfSystemProperty(named = "spring.aot.enabled", matches = "true",
			disabledReason = "processed ahead of time, demo mode declares no estate")
	void theDemoEstateIsDeclaredAsSeededAndThePageShowsNoDrift() throws Exception {
		HttpResponse<String> page = get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"estate-declared\"")
			.doesNotContain("id=\"estate-undeclared\"")
			.doesNotContain("id=\"estate-error\"");
		assertThat(estateStatus(page.body())).isEqualTo("false: No drift: the estate matches its declaration.");
		assertThat(estateSummary(page.body())).isEqualTo("No changes: the estate matches its declaration.");
		// Every seeded cluster is declared, as seeded: no change, and nothing unmanaged.
		assertThat(estatePlan(page.body())).isEmpty();
		assertThat(page.body()).contains("<a id=\"estate-plan-link\" href=\"/actuator/cratecloud/estate\">")
			.doesNotContain(this.apiSecret)
			.doesNotContain(this.clusterPassword);
	}

	@Test
	@DisabledIfSystemProperty(named = "spring.aot.enabled", matches = "true",
			disabledReason = "processed ahead of time, demo mode declares no estate")
	void theEstateEndpointAnswersTheDemoEstatesPlanOfTheSeededOrganization() throws Exception {
		HttpResponse<String> response = get("/actuator/cratecloud/estate");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode plan = json(response);
		String organizationId = json(get("/actuator/cratecloud")).get("organizations").get(0).get("id").asString();
		assertThat(plan.get("organization").asString()).isEqualTo(organizationId)
			.isEqualTo(this.declaredOrganization);
		assertThat(plan.get("changes").isEmpty()).isTrue();
		assertThat(plan.get("unmanaged").isEmpty()).isTrue();
		assertThat(plan.get("pending").asInt()).isZero();
		assertThat(plan.get("blocked").asInt()).isZero();
		assertThat(plan.get("summary").asString()).isEqualTo("No changes: the estate matches its declaration.");
		assertThat(response.body()).doesNotContain(this.apiSecret).doesNotContain(this.clusterPassword);
	}

	@Test
	@EnabledIfSystemProperty(named = "spring.aot.enabled", matches = "true")
	void processedAheadOfTimeTheDemoDeclaresNoEstateAndThePageSaysHowToDeclareOne() throws Exception {
		String page = get("/").body();

		assertThat(page).contains("id=\"estate-undeclared\"")
			.contains("<code>cratecloud.estate.*</code>")
			.doesNotContain("id=\"estate-declared\"");
		// Without a declared estate, 'estate' is only a cluster's name, and no cluster has it.
		assertThat(get("/actuator/cratecloud/estate").statusCode()).isEqualTo(404);
		assertThat(this.declaredOrganization).isEmpty();
	}

	@Test
	void theWatchedClustersHaveGauges() throws Exception {
		assertThat(gauge("cratecloud.cluster.healthy", "analytics")).isEqualTo(1);
		assertThat(gauge("cratecloud.cluster.healthy", "reporting")).isZero();
		assertThat(gauge("cratecloud.cluster.nodes", "analytics")).isEqualTo(3);
	}

	private double gauge(String name, String cluster) throws Exception {
		HttpResponse<String> response = get("/actuator/metrics/" + name + "?tag=cluster:" + cluster);
		assertThat(response.statusCode()).as(name + " of " + cluster).isEqualTo(200);
		return json(response).get("measurements").get(0).get("value").asDouble();
	}

	/**
	 * The content of a cluster's cell on the page.
	 */
	static String cell(String page, String cluster, String field) {
		Matcher row = Pattern.compile("(?s)<tr[^>]*data-cluster-name=\"" + Pattern.quote(cluster) + "\".*?</tr>")
			.matcher(page);
		assertThat(row.find()).as("row of %s", cluster).isTrue();
		Matcher cell = Pattern.compile("(?s)<td data-field=\"" + Pattern.quote(field) + "\"[^>]*>(.*?)</td>")
			.matcher(row.group());
		assertThat(cell.find()).as("%s of %s", field, cluster).isTrue();
		return cell.group(1).trim();
	}

	/**
	 * The lines of the page's estate section, each as {@code <kind>: <line>}, the kind being
	 * {@code create}, {@code change}, {@code blocked} or {@code unmanaged}.
	 */
	static List<String> estatePlan(String page) {
		Matcher plan = Pattern.compile("(?s)<ul id=\"estate-plan\"[^>]*>(.*?)</ul>").matcher(page);
		assertThat(plan.find()).as("the estate's plan on the page").isTrue();
		Matcher line = Pattern.compile("(?s)<li data-kind=\"([a-z]+)\">(.*?)</li>").matcher(plan.group(1));
		List<String> lines = new ArrayList<>();
		while (line.find()) {
			lines.add(line.group(1) + ": " + HtmlUtils.htmlUnescape(line.group(2).trim()));
		}
		return lines;
	}

	/**
	 * Whether the page's estate section shows drift, and the words it says it with:
	 * {@code <drift>: <text>}.
	 */
	static String estateStatus(String page) {
		Matcher status = Pattern
			.compile("(?s)<p id=\"estate-status\"[^>]*data-drift=\"(true|false)\"[^>]*>(.*?)</p>")
			.matcher(page);
		assertThat(status.find()).as("the estate's status on the page").isTrue();
		return status.group(1) + ": " + HtmlUtils.htmlUnescape(status.group(2).trim());
	}

	/**
	 * The plan's summary on the page.
	 */
	static String estateSummary(String page) {
		Matcher summary = Pattern.compile("<span id=\"estate-summary\">([^<]*)</span>").matcher(page);
		assertThat(summary.find()).as("the estate's summary on the page").isTrue();
		return HtmlUtils.htmlUnescape(summary.group(1));
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
