package io.cratecloud.autoconfigure.jdbc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.zaxxer.hikari.HikariDataSource;
import io.cratecloud.autoconfigure.ClusterResponses;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.FailureAnalyses;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CrateCloudDataSourceAutoConfiguration}: the connection details it derives
 * from the cluster a property names, and how it fails start-up when it cannot. Connecting
 * through them to a real PostgreSQL-protocol server is tested end to end in the test module.
 */
class CrateCloudDataSourceAutoConfigurationTests {

	private static final String SENSORS_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String OTHER_SENSORS_ID = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";

	private static final String PASSWORD = "a-made-up-database-password-42";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
				CrateCloudDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class))
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl());

	@Test
	void aClusterNamedInAPropertyBecomesBootsDataSourceWithoutAUrl() {
		stubClusters(ClusterResponses.cluster(SENSORS_ID, "sensors", ClusterResponses.PROJECT_ID, "GREEN", 3));
		this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=" + PASSWORD)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				JdbcConnectionDetails details = context.getBean(JdbcConnectionDetails.class);
				assertThat(details).isInstanceOf(CrateCloudJdbcConnectionDetails.class);
				assertThat(details.getJdbcUrl())
					.isEqualTo("jdbc:postgresql://sensors.aks1.eastus2.azure.cratedb.net:5432/doc?sslmode=require");
				assertThat(details.getUsername()).isEqualTo("admin");
				assertThat(details.getPassword()).isEqualTo(PASSWORD);
				assertThat(details.getDriverClassName()).isEqualTo("org.postgresql.Driver");
				assertThat(details.toString()).doesNotContain(PASSWORD);
				HikariDataSource dataSource = context.getBean(HikariDataSource.class);
				assertThat(dataSource.getJdbcUrl()).isEqualTo(details.getJdbcUrl());
				assertThat(dataSource.getUsername()).isEqualTo("admin");
				// One list request finds the cluster.
				api.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters/")));
			});
	}

	@Test
	void portSchemaSslModeAndUserNameComeFromTheProperties() {
		stubClusters(ClusterResponses.cluster(SENSORS_ID, "sensors", ClusterResponses.PROJECT_ID, "GREEN", 3));
		this.runner
			.withPropertyValues("cratecloud.datasource.cluster=sensors", "cratecloud.datasource.port=6432",
					"cratecloud.datasource.schema=telemetry", "cratecloud.datasource.ssl-mode=verify-full",
					"spring.datasource.username=reader", "spring.datasource.password=" + PASSWORD)
			.run((context) -> {
				JdbcConnectionDetails details = context.getBean(JdbcConnectionDetails.class);
				assertThat(details.getJdbcUrl()).isEqualTo(
						"jdbc:postgresql://sensors.aks1.eastus2.azure.cratedb.net:6432/telemetry?sslmode=verify-full");
				assertThat(details.getUsername()).isEqualTo("reader");
			});
	}

	@Test
	void aClusterCanBeNamedByItsId() {
		api.server()
			.stubFor(get("/api/v2/clusters/" + SENSORS_ID + "/").willReturn(
					okJson(ClusterResponses.cluster(SENSORS_ID, "sensors", ClusterResponses.PROJECT_ID, "GREEN", 3))));
		this.runner.withPropertyValues("cratecloud.datasource.cluster=" + SENSORS_ID, "spring.datasource.password=x")
			.run((context) -> {
				assertThat(context.getBean(CrateCloudJdbcConnectionDetails.class).clusterName()).isEqualTo("sensors");
				api.server().verify(0, getRequestedFor(urlPathEqualTo("/api/v2/clusters/")));
			});
	}

	@Test
	void anUnknownClusterFailsStartUpNamingItAndTheCandidates() {
		stubClusters(ClusterResponses.cluster(SENSORS_ID, "sensors", ClusterResponses.PROJECT_ID, "GREEN", 3));
		this.runner.withPropertyValues("cratecloud.datasource.cluster=telemetry", "spring.datasource.password=x")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'telemetry'").contains("'sensors' (" + SENSORS_ID);
				assertThat(analysis.getAction()).contains("cratecloud.datasource.cluster");
			});
	}

	@Test
	void anAmbiguousNameFailsStartUpNamingBothAndAProjectPicksOne() {
		String first = ClusterResponses.cluster(SENSORS_ID, "sensors", ClusterResponses.PROJECT_ID, "GREEN", 3);
		String second = ClusterResponses.cluster(OTHER_SENSORS_ID, "sensors", ClusterResponses.OTHER_PROJECT_ID,
				"GREEN", 1);
		stubClusters(first, second);
		api.server()
			.stubFor(get("/api/v2/projects/" + ClusterResponses.OTHER_PROJECT_ID + "/clusters/")
				.willReturn(okJson(ClusterResponses.list(second))));
		this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=x")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("More than one")
					.contains(SENSORS_ID)
					.contains(OTHER_SENSORS_ID);
				assertThat(analysis.getAction()).contains("cratecloud.datasource.project");
			});
		this.runner
			.withPropertyValues("cratecloud.datasource.cluster=sensors",
					"cratecloud.datasource.project=" + ClusterResponses.OTHER_PROJECT_ID, "spring.datasource.password=x")
			.run((context) -> assertThat(context.getBean(CrateCloudJdbcConnectionDetails.class).clusterId())
				.isEqualTo(OTHER_SENSORS_ID));
	}

	@Test
	void aClusterStillBeingCreatedFailsStartUp() {
		String creating = ClusterResponses.cluster(SENSORS_ID, "sensors", ClusterResponses.PROJECT_ID, "UNREACHABLE", 3)
			.replace("\"running_operation\": \"\"", "\"running_operation\": \"CREATE\"");
		stubClusters(creating);
		this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=x")
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription())
				.contains("'sensors'")
				.contains("still being created"));
	}

	@Test
	void aMissingPasswordFailsStartUpSayingWhereToSetItBeforeAnyRequest() {
		this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("spring.datasource.password").contains("'sensors'");
			assertThat(analysis.getAction()).contains("spring.datasource.password").contains("SPRING_DATASOURCE_PASSWORD");
			assertThat(api.server().getAllServeEvents()).isEmpty();
		});
	}

	@Test
	void withoutTheClusterPropertyNothingIsAskedAndBootsOwnDetailsStay() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:5432/doc")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CrateCloudJdbcConnectionDetails.class);
				assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
					.isEqualTo("jdbc:postgresql://localhost:5432/doc");
				assertThat(api.server().getAllServeEvents()).isEmpty();
			});
	}

	@Test
	void anApiThatRefusesTheKeyFailsStartUpWithAnAnalysisNotAStackTrace() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/")).willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Authentication required.\", \"success\": false}")));
		this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=x")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'sensors'")
					.contains("could not be looked up")
					.contains("answered 401");
				assertThat(analysis.getAction()).contains("cratecloud.api-key").contains("CRATECLOUD_APISECRET");
			});
	}

	@Test
	void anUnreachableApiFailsStartUpWithAnAnalysisNotAStackTrace() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		this.runner
			.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=x",
					"cratecloud.base-url=http://127.0.0.1:" + closedPort, "cratecloud.retry.enabled=false")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("could not be looked up")
					.contains("failed before a complete response arrived");
				assertThat(analysis.getAction()).contains("could not be reached").contains("cratecloud.base-url");
			});
	}

	@Test
	void theActuatorHidesTheClustersDatabasePasswordEvenWhenItShowsValues() {
		stubClusters(ClusterResponses.cluster(SENSORS_ID, "sensors", ClusterResponses.PROJECT_ID, "GREEN", 3));
		this.runner
			.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
					ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class))
			.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=" + PASSWORD,
					"launch.command=run --password " + PASSWORD, "management.endpoints.web.exposure.include=*",
					"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(JdbcConnectionDetails.class);
				String env = JsonMapper.builder()
					.build()
					.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
				String configprops = JsonMapper.builder()
					.build()
					.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class)
						.configurationPropertiesWithPrefix("spring.datasource"));
				assertThat(env).contains("spring.datasource.password").contains("launch.command").doesNotContain(PASSWORD);
				assertThat(configprops).contains("password").doesNotContain(PASSWORD);
			});
	}

	private static void stubClusters(String... clusters) {
		api.server().stubFor(get(urlPathEqualTo("/api/v2/clusters/")).willReturn(okJson(ClusterResponses.list(clusters))));
	}

	private static FailureAnalysis analyze(Throwable failure) {
		return FailureAnalyses.analyze(failure);
	}

}
