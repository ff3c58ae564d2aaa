package io.cratecloud.autoconfigure.sql;

import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.cratecloud.autoconfigure.ApiResponses;
import io.cratecloud.autoconfigure.ClusterResponses;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.FailureAnalyses;
import io.cratecloud.autoconfigure.health.CrateCloudHealthContributorAutoConfiguration;
import io.cratecloud.autoconfigure.jdbc.CrateCloudDataSourceAutoConfiguration;
import io.cratecloud.client.sql.CrateDbSql;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CrateCloudSqlAutoConfiguration} and the health check's SQL probe.
 */
class CrateCloudSqlAutoConfigurationTests {

	private static final String SENSORS_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZW5zb3JzIn0.c2lnbmF0dXJl";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final WireMockServer cluster = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class, CrateCloudSqlAutoConfiguration.class))
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl());

	@BeforeAll
	static void startCluster() {
		cluster.start();
	}

	@AfterAll
	static void stopCluster() {
		cluster.stop();
	}

	@BeforeEach
	void resetCluster() {
		cluster.resetAll();
	}

	@Test
	void withoutAClusterThereIsNoSqlBeanAndNoRequest() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(CrateDbSql.class);
			assertThat(api.server().getAllServeEvents()).isEmpty();
		});
	}

	@Test
	void aClusterNamedInThePropertyGetsASqlBeanThatRunsStatementsWithTheClustersToken() {
		stubSensors("GREEN");
		this.runner.withPropertyValues("cratecloud.sql.cluster=sensors").run((context) -> {
			assertThat(context).hasNotFailed();
			CrateDbSql sql = context.getBean(CrateDbSql.class);
			assertThat(sql.clusterId()).isEqualTo(SENSORS_ID);
			api.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters/")));
			// The token is fetched on first use, not at start-up.
			api.server().verify(0, getRequestedFor(urlPathEqualTo("/api/v2/clusters/" + SENSORS_ID + "/jwt/")));

			assertThat(sql.sql("SELECT 1").query().rows()).containsExactly(java.util.List.of(1));
			cluster.verify(1, postRequestedFor(urlEqualTo("/_sql?types"))
				.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
		});
	}

	@Test
	void anUnknownClusterFailsStartUpNamingTheProperty() {
		stubSensors("GREEN");
		this.runner.withPropertyValues("cratecloud.sql.cluster=telemetry").run((context) -> {
			FailureAnalysis analysis = FailureAnalyses.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'telemetry'", "'cratecloud.sql.cluster'",
					"'sensors' (" + SENSORS_ID);
			assertThat(analysis.getAction()).contains("Set 'cratecloud.sql.cluster' to one of these names or ids");
		});
	}

	@Test
	void aBlankClusterFailsStartUpNamingTheProperty() {
		this.runner.withPropertyValues("cratecloud.sql.cluster= ").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("cratecloud.sql.cluster")
				.hasMessageContaining("it must name a cluster");
			assertThat(api.server().getAllServeEvents()).isEmpty();
		});
	}

	@Test
	void withoutThePropertyTheDataSourcesClusterIsUsed() {
		stubSensors("GREEN");
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
					CrateCloudDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class,
					CrateCloudSqlAutoConfiguration.class))
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl(),
					"cratecloud.datasource.cluster=sensors", "spring.datasource.password=made-up-password")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(CrateDbSql.class).clusterId()).isEqualTo(SENSORS_ID);
				// The DataSource's look-up serves both.
				api.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters/")));
			});
	}

	@Test
	void anApplicationsOwnSqlBeanIsKept() {
		stubSensors("GREEN");
		this.runner.withPropertyValues("cratecloud.sql.cluster=sensors")
			.withBean("mySql", CrateDbSql.class,
					() -> io.cratecloud.client.CrateCloudClient.builder()
						.credentials(io.cratecloud.client.CrateCloudCredentials.of("k", "s"))
						.baseUrl(api.baseUrl())
						.build()
						.clusters()
						.sql("11111111-1111-4111-8111-111111111111"))
			.run((context) -> {
				assertThat(context).hasSingleBean(CrateDbSql.class);
				assertThat(context.getBean(CrateDbSql.class).clusterId()).isEqualTo("11111111-1111-4111-8111-111111111111");
				assertThat(api.server().getAllServeEvents()).isEmpty();
			});
	}

	@Test
	void theHealthChecksSqlProbeReportsAClusterWhoseEndpointFailsDown() {
		stubSensors("GREEN");
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		cluster.stubFor(post(urlEqualTo("/_sql?types")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"shards unavailable\", \"code\": 5030}}")));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
					CrateCloudHealthContributorAutoConfiguration.class))
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl(),
					"cratecloud.retry.enabled=false", "management.health.cratecloud.clusters=sensors",
					"management.health.cratecloud.sql-probe=true")
			.run((context) -> {
				CompositeHealthContributor composite = context.getBean("cratecloudHealthContributor",
						CompositeHealthContributor.class);
				Health sensors = ((HealthIndicator) composite.getContributor("sensors")).health(true);
				assertThat(sensors.getStatus()).isEqualTo(Status.DOWN);
				assertThat(sensors.getDetails()).containsEntry("health", "GREEN")
					.containsEntry("sql", "refused (CrateDB error 5030)");
				assertThat(sensors.toString()).doesNotContain(TOKEN);

				cluster.resetAll();
				cluster.stubFor(post(urlEqualTo("/_sql?types")).willReturn(selectOne()));
				// The probe's result is reused for the cache's time to live: a new indicator probes anew.
				Health cached = ((HealthIndicator) composite.getContributor("sensors")).health(true);
				assertThat(cached.getDetails()).containsEntry("sql", "refused (CrateDB error 5030)");
				assertThat(cluster.getAllServeEvents()).isEmpty();
			});
	}

	@Test
	void withoutTheSqlProbeTheClusterHealthSendsNoStatement() {
		stubSensors("GREEN");
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
					CrateCloudHealthContributorAutoConfiguration.class))
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl(),
					"management.health.cratecloud.clusters=sensors")
			.run((context) -> {
				CompositeHealthContributor composite = context.getBean("cratecloudHealthContributor",
						CompositeHealthContributor.class);
				Health sensors = ((HealthIndicator) composite.getContributor("sensors")).health(true);
				assertThat(sensors.getStatus()).isEqualTo(Status.UP);
				assertThat(sensors.getDetails()).doesNotContainKey("sql");
				assertThat(cluster.getAllServeEvents()).isEmpty();
			});
	}

	private static void stubSensors(String health) {
		String sensors = ClusterResponses.cluster(SENSORS_ID, "sensors", ClusterResponses.PROJECT_ID, health, 3)
			.replace("https://sensors.aks1.eastus2.azure.cratedb.net:4200", cluster.baseUrl());
		api.server().stubFor(get(urlPathEqualTo("/api/v2/clusters/")).willReturn(okJson(ClusterResponses.list(sensors))));
		api.server().stubFor(get(urlPathEqualTo("/api/v2/clusters/" + SENSORS_ID + "/")).willReturn(okJson(sensors)));
		api.server().stubFor(get(urlPathEqualTo("/api/v2/clusters/" + SENSORS_ID + "/jwt/")).willReturn(okJson(
				"{\"token\": \"" + TOKEN + "\", \"refresh\": \"r-" + TOKEN + "\", \"expiry\": \""
						+ Instant.now().plusSeconds(3600) + "\"}")));
		cluster.stubFor(post(urlEqualTo("/_sql?types")).willReturn(selectOne()));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder selectOne() {
		return okJson("{\"cols\": [\"1\"], \"col_types\": [9], \"rows\": [[1]], \"rowcount\": 1, \"duration\": 0.3}");
	}

}
