package io.cratecloud.sample;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.cratecloud.estate.DeclaredEstate;
import io.cratecloud.estate.EstateDriftCheck;
import io.cratecloud.sample.demo.DemoModeEnvironmentPostProcessor;
import io.cratecloud.test.FakeCrateCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Demo mode: without an API key the sample starts a seeded fake CrateDB Cloud and declares
 * what it seeds as its estate; with one it talks to the service it is pointed at and declares
 * nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoModeTests {

	private static final String DEMO_LINE = "running in demo mode against a built-in fake CrateDB Cloud";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void withoutAnApiKeyTheSampleRunsAgainstASeededFakeAndSaysSoOnce(CapturedOutput output) throws Exception {
		String baseUrl;
		String secret;
		DemoModeOnly.assumeNoApiKeyInEnvironment();
		try (ConfigurableApplicationContext context = run()) {
			baseUrl = context.getEnvironment().getProperty("cratecloud.base-url");
			secret = context.getEnvironment().getProperty("cratecloud.api-secret");
			assertThat(baseUrl).startsWith("http://127.0.0.1:");
			assertThat(secret).isNotBlank();

			HttpResponse<String> page = fetch(context, "/");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"demo-mode\"")
				.contains("Demo organization")
				.contains("Demo project")
				.contains("data-cluster-name=\"analytics\"")
				.contains("data-cluster-name=\"staging\"")
				.contains("data-cluster-name=\"reporting\"")
				.doesNotContain(secret);

			JsonNode clusters = JsonMapper.builder().build().readTree(fetch(context, "/api/clusters").body());
			assertThat(clusters.valueStream()
				.map((cluster) -> cluster.get("name").asString() + " " + cluster.get("numNodes").asInt() + " "
						+ cluster.get("health").get("status").asString()))
				.containsExactlyInAnyOrder("analytics 3 GREEN", "staging 1 GREEN", "reporting 1 SUSPENDED");

			// Every demo cluster is watched: in /actuator/health beside the API check, and on the
			// page with the status it has there.
			JsonNode cratecloud = JsonMapper.builder().build().readTree(fetch(context, "/actuator/health").body())
				.get("components").get("cratecloud");
			assertThat(cratecloud.get("components").propertyNames()).containsExactlyInAnyOrder("api", "analytics",
					"staging", "reporting");
			assertThat(cratecloud.get("components").get("reporting").get("status").asString())
				.isEqualTo("OUT_OF_SERVICE");
			assertThat(DemoEstateTests.cell(page.body(), "reporting", "actuator-health")).isEqualTo("OUT_OF_SERVICE");
			assertThat(fetch(context, "/actuator/cratecloud").statusCode()).isEqualTo(200);
		}
		assertThat(output).containsOnlyOnce(DEMO_LINE)
			.contains("set CRATECLOUD_APIKEY and CRATECLOUD_APISECRET")
			.doesNotContain(secret);
		// Closed with the application context.
		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> this.http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/clusters/")).build(),
					HttpResponse.BodyHandlers.ofString()));
	}

	@Test
	void clustersWatchedExplicitlyWinOverDemoModesChoiceOfEveryDemoCluster() throws Exception {
		DemoModeOnly.assumeNoApiKeyInEnvironment();
		try (ConfigurableApplicationContext context = run("--management.health.cratecloud.clusters=staging")) {
			JsonNode cratecloud = JsonMapper.builder().build().readTree(fetch(context, "/actuator/health").body())
				.get("components").get("cratecloud");
			assertThat(cratecloud.get("components").propertyNames()).containsExactlyInAnyOrder("api", "staging");
			assertThat(cratecloud.get("status").asString()).isEqualTo("UP");
			String page = fetch(context, "/").body();
			assertThat(DemoEstateTests.cell(page, "staging", "actuator-health")).isEqualTo("UP");
			assertThat(DemoEstateTests.cell(page, "reporting", "actuator-health")).isEqualTo("not watched");
		}
	}

	@Test
	@DisabledIfSystemProperty(named = "spring.aot.enabled", matches = "true",
			disabledReason = "processed ahead of time, demo mode declares no estate")
	void demoModeDeclaresTheSeededEstateAndLogsItsPlanAtStartUp(CapturedOutput output) throws Exception {
		DemoModeOnly.assumeNoApiKeyInEnvironment();
		String organizationId;
		String clusterPassword;
		try (ConfigurableApplicationContext context = run()) {
			organizationId = context.getEnvironment().getProperty("cratecloud.estate.organization");
			clusterPassword = context.getEnvironment().getProperty("sample.demo.cluster-password");
			assertThat(organizationId).isEqualTo(JsonMapper.builder()
				.build()
				.readTree(fetch(context, "/actuator/cratecloud").body())
				.get("organizations")
				.get(0)
				.get("id")
				.asString());
			assertThat(clusterPassword).hasSize(32);
			assertThat(context.getEnvironment().getProperty("cratecloud.estate.mode")).isEqualTo("plan");
			assertThat(context.getBean(EstateDriftCheck.class).interval()).isEqualTo(Duration.ofSeconds(5));
			DeclaredEstate declared = context.getBean(DeclaredEstate.class);
			assertThat(declared.estate().clusterCount()).isEqualTo(3);
			// Planned once at start-up, and that plan is what the page shows while it is fresh.
			assertThat(declared.latest()).isNotNull();
			String page = fetch(context, "/").body();
			assertThat(DemoEstateTests.estateStatus(page)).isEqualTo("false: No drift: the estate matches its declaration.");
			assertThat(page).doesNotContain(clusterPassword);
		}
		assertThat(output).contains("Plan of the CrateDB Cloud estate of organization " + organizationId
				+ " (cratecloud.estate.mode=plan, nothing is changed):")
			.contains("No changes: the estate matches its declaration.")
			.doesNotContain(clusterPassword);
	}

	@Test
	@DisabledIfSystemProperty(named = "spring.aot.enabled", matches = "true",
			disabledReason = "processed ahead of time, demo mode declares no estate")
	void estatePropertiesConfiguredExplicitlyWinOverDemoModes(CapturedOutput output) throws Exception {
		DemoModeOnly.assumeNoApiKeyInEnvironment();
		try (ConfigurableApplicationContext context = run("--cratecloud.estate.mode=off",
				"--cratecloud.estate.check-interval=1h")) {
			assertThat(context.getBean(EstateDriftCheck.class).interval()).isEqualTo(Duration.ofHours(1));
			// Still declared (demo mode's organization and clusters), but not planned at start-up.
			assertThat(context.getBean(DeclaredEstate.class).latest()).isNull();
			assertThat(DemoEstateTests.estatePlan(fetch(context, "/").body())).isEmpty();
		}
		assertThat(output).doesNotContain("Plan of the CrateDB Cloud estate");
	}

	@Test
	void withAnApiKeyTheSampleTalksToTheConfiguredServiceAndStartsNoFake(CapturedOutput output) throws Exception {
		try (FakeCrateCloud own = FakeCrateCloud.builder().start()) {
			own.seed().organization("Own organization").project("Own project").cluster("own-cluster").create();
			try (ConfigurableApplicationContext context = run("--cratecloud.base-url=" + own.baseUrl(),
					"--cratecloud.api-key=" + own.apiKey(), "--cratecloud.api-secret=" + own.apiSecret())) {
				assertThat(context.getEnvironment().getPropertySources()
					.contains(DemoModeEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
				JsonNode clusters = JsonMapper.builder().build().readTree(fetch(context, "/api/clusters").body());
				assertThat(clusters.valueStream().map((cluster) -> cluster.get("name").asString()))
					.containsExactly("own-cluster");
				String page = fetch(context, "/").body();
				assertThat(page).doesNotContain("id=\"demo-mode\"");
				// Configured explicitly, the application watches no cluster.
				assertThat(DemoEstateTests.cell(page, "own-cluster", "actuator-health")).isEqualTo("not watched");
				assertThat(context.getEnvironment().getProperty("management.health.cratecloud.clusters")).isNull();
				// Nor does it declare an estate: the page says how to.
				assertThat(context.getEnvironment().getProperty("cratecloud.estate.organization")).isNull();
				assertThat(context.getBeanNamesForType(DeclaredEstate.class)).isEmpty();
				assertThat(page).contains("id=\"estate-undeclared\"").doesNotContain("id=\"estate-declared\"");
			}
		}
		assertThat(output).doesNotContain("demo mode");
	}

	@Test
	void aBlankApiKeyIsReportedAsMissingRatherThanTakenForDemoMode(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--cratecloud.api-key=", "--cratecloud.api-secret="));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("'cratecloud.api-key' is blank")
			.contains("CRATECLOUD_APIKEY")
			.doesNotContain("demo mode");
	}

	private static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		// In AOT mode the application runs the initializer generated for its main class; left
		// to deduce that class from the call stack, it would pick the test runner's.
		application.setMainApplicationClass(SampleApplication.class);
		String[] arguments = new String[args.length + 1];
		arguments[0] = "--server.port=0";
		System.arraycopy(args, 0, arguments, 1, args.length);
		return application.run(arguments);
	}

	private HttpResponse<String> fetch(ConfigurableApplicationContext context, String path) throws Exception {
		String port = context.getEnvironment().getProperty("local.server.port");
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
