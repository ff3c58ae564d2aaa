package io.cratecloud.test;

import java.util.List;

import io.cratecloud.autoconfigure.ClusterNotUsableException;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.jdbc.CrateCloudDataSourceAutoConfiguration;
import io.cratecloud.autoconfigure.jdbc.CrateCloudJdbcConnectionDetails;
import io.cratecloud.autoconfigure.jdbc.MissingDataSourcePasswordException;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * How the DataSource on {@code cratecloud.datasource.cluster} fails start-up, against the
 * fake (on a manual clock: a cluster change never ends unless the test moves it): the
 * cluster's name unknown or not unique, a cluster still being created, no password, a
 * suspended cluster that does not become healthy within the start-up timeout; each explained
 * by the failure analyzers registered in {@code META-INF/spring.factories}. And the start-up
 * without {@code cratecloud.datasource.cluster} asks the API nothing. No database is needed:
 * the DataSource connects only when first used.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(FakeContract.SPRING_CONTEXTS)
class CrateCloudDataSourceStartupTests extends ClusterFakeTests {

	private static final String PASSWORD = "not-a-real-password-7";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				CrateCloudAutoConfiguration.class, CrateCloudDataSourceAutoConfiguration.class,
				DataSourceAutoConfiguration.class))
		.withPropertyValues("cratecloud.base-url=" + this.fake.baseUrl(), "cratecloud.api-key=" + this.fake.apiKey(),
				"cratecloud.api-secret=" + this.fake.apiSecret(), "cratecloud.operations.poll-interval=20ms");

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	@Test
	void anUnknownClusterFailsStartUpNamingItAndListingTheClustersSeen() {
		String sensors = this.analytics.cluster("sensors").create();
		String metrics = this.analytics.cluster("metrics").create();
		this.runner.withPropertyValues("cratecloud.datasource.cluster=weather", "spring.datasource.password=" + PASSWORD)
			.run((context) -> {
				FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
				assertThat(analysis.getCause()).isInstanceOf(ClusterNotUsableException.class);
				assertThat(analysis.getDescription()).contains("'weather'")
					.contains("'cratecloud.datasource.cluster'")
					.contains("'sensors' (" + sensors + ", project " + this.analytics.id() + ")")
					.contains("'metrics' (" + metrics + ", project " + this.analytics.id() + ")");
				assertThat(analysis.getAction()).contains("'cratecloud.datasource.cluster'");
				assertNoValueShown(analysis);
			});
		assertThat(calls()).containsExactly("GET /api/v2/clusters/");
	}

	@Test
	void aNameInTwoProjectsFailsStartUpAsAmbiguousNamingBothAndTheProjectPicksOne() {
		SeededProject staging = this.fake.seed().organization("Globex").project("staging");
		String inAnalytics = this.analytics.cluster("sensors").create();
		String inStaging = staging.cluster("sensors").sqlEndpoint("sensors.staging.example").create();
		ApplicationContextRunner sensors = this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors",
				"spring.datasource.password=" + PASSWORD);
		sensors.run((context) -> {
			FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
			assertThat(analysis.getCause()).isInstanceOf(ClusterNotUsableException.class);
			assertThat(analysis.getDescription()).contains("More than one")
				.contains("'sensors'")
				.contains(inAnalytics + ", project " + this.analytics.id())
				.contains(inStaging + ", project " + staging.id());
			assertThat(analysis.getAction()).contains("'cratecloud.datasource.project'");
		});
		this.fake.clearRequests();
		sensors.withPropertyValues("cratecloud.datasource.project=" + staging.id()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(JdbcConnectionDetails.class))
				.isInstanceOfSatisfying(CrateCloudJdbcConnectionDetails.class, (details) -> {
					assertThat(details.clusterId()).isEqualTo(inStaging);
					assertThat(details.getJdbcUrl())
						.isEqualTo("jdbc:postgresql://sensors.staging.example:5432/doc?sslmode=require");
					assertThat(details.getUsername()).isEqualTo("admin");
				});
		});
		// The project's clusters only.
		assertThat(calls()).containsExactly("GET /api/v2/projects/{project_id}/clusters/");
	}

	@Test
	void aClusterIdIsReadDirectly() {
		String id = this.analytics.cluster("sensors").username("reader").create();
		this.runner
			.withPropertyValues("cratecloud.datasource.cluster=" + id, "spring.datasource.password=" + PASSWORD,
					"spring.datasource.username=writer", "cratecloud.datasource.port=6543",
					"cratecloud.datasource.schema=sensors", "cratecloud.datasource.ssl-mode=verify-full")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				CrateCloudJdbcConnectionDetails details = context.getBean(CrateCloudJdbcConnectionDetails.class);
				assertThat(details.getJdbcUrl()).isEqualTo("jdbc:postgresql://sensors." + ProductCatalog.REGION
						+ ".cratedb.net:6543/sensors?sslmode=verify-full");
				// spring.datasource.username wins over the cluster's user.
				assertThat(details.getUsername()).isEqualTo("writer");
			});
		assertThat(calls()).containsExactly("GET /api/v2/clusters/{cluster_id}/");
	}

	@Test
	void aClusterStillBeingCreatedFailsStartUp() {
		String id = this.client.clusters()
			.create(this.acme.id(),
					ClusterCreateRequest.inProject(this.analytics.id(), this.acme.subscriptionId(),
							spec("sensors").build()))
			.clusterId();
		this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=" + PASSWORD)
			.run((context) -> {
				FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'sensors' (" + id + ")").contains("being created");
				assertThat(analysis.getAction()).contains("GREEN");
			});
	}

	@Test
	void aMissingPasswordFailsStartUpSayingWhereToSetItBeforeAnyRequest() {
		this.analytics.cluster("sensors").create();
		for (String password : new String[] { null, "spring.datasource.password=" }) {
			ApplicationContextRunner runner = this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors",
					"spring.datasource.username=sensors_app");
			if (password != null) {
				runner = runner.withPropertyValues(password);
			}
			runner.run((context) -> {
				FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
				assertThat(analysis.getCause()).isInstanceOf(MissingDataSourcePasswordException.class);
				assertThat(analysis.getDescription()).contains("'sensors'").contains("'spring.datasource.password'");
				assertThat(analysis.getAction()).contains("'spring.datasource.password'")
					.contains("SPRING_DATASOURCE_PASSWORD");
				assertNoValueShown(analysis);
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("sensors_app");
			});
		}
		assertThat(this.fake.requests()).isEmpty();
	}

	@Test
	void aMissingPasswordFailsAnApplicationsStartUpWithTheAnalysisOnTheConsole(CapturedOutput output) {
		this.analytics.cluster("sensors").create();
		SpringApplication application = new SpringApplication(Application.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setRegisterShutdownHook(false);
		assertThatException().isThrownBy(() -> application.run("--cratecloud.base-url=" + this.fake.baseUrl(),
				"--cratecloud.api-key=" + this.fake.apiKey(), "--cratecloud.api-secret=" + this.fake.apiSecret(),
				"--cratecloud.datasource.cluster=sensors", "--spring.main.banner-mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("'spring.datasource.password' is not set")
			.contains("SPRING_DATASOURCE_PASSWORD")
			.doesNotContain(this.fake.apiSecret());
		assertThat(this.fake.requests()).isEmpty();
	}

	@Test
	void aSuspendedClusterNotHealthyWithinTheStartUpTimeoutFailsStartUpWithWhatWasLastSeen() {
		String id = this.analytics.cluster("sensors").suspended().create();
		// The fake's clock stands still: the resume stays REGISTERED.
		this.runner
			.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=" + PASSWORD,
					"cratecloud.datasource.ensure-running=true", "cratecloud.datasource.startup-timeout=400ms")
			.run((context) -> {
				FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
				assertThat(analysis.getCause()).isInstanceOf(ClusterNotUsableException.class);
				assertThat(analysis.getDescription()).contains("'sensors' (" + id + ")")
					.contains("did not become healthy within PT0.4S")
					.contains("last seen REGISTERED: The SUSPEND operation was registered.");
				assertThat(analysis.getAction()).contains("'cratecloud.datasource.startup-timeout'");
				assertNoValueShown(analysis);
			});
		assertThat(calls()).contains("PUT /api/v2/clusters/{cluster_id}/suspend/");
	}

	@Test
	void aSuspendedClusterWithoutEnsureRunningIsNotResumed() {
		String id = this.analytics.cluster("sensors").suspended().create();
		this.runner.withPropertyValues("cratecloud.datasource.cluster=sensors", "spring.datasource.password=" + PASSWORD)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(CrateCloudJdbcConnectionDetails.class).clusterId()).isEqualTo(id);
			});
		assertThat(calls()).containsExactly("GET /api/v2/clusters/");
	}

	@Test
	void withoutTheClusterPropertyStartUpAsksTheApiNothing() {
		this.analytics.cluster("sensors").suspended().create();
		// The application's own database, and the other datasource settings, which need the cluster.
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/doc",
					"cratecloud.datasource.ensure-running=true", "cratecloud.datasource.project=p")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(CrateCloudJdbcConnectionDetails.class);
				assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
					.isEqualTo("jdbc:postgresql://127.0.0.1:5432/doc");
			});
		assertThat(this.fake.requests()).isEmpty();
	}

	private List<String> calls() {
		return this.fake.requests().stream().map((exchange) -> exchange.method() + " " + exchange.template()).toList();
	}

	private void assertNoValueShown(FailureAnalysis analysis) {
		String shown = analysis.getDescription() + analysis.getAction();
		assertThat(shown).doesNotContain(PASSWORD).doesNotContain(this.fake.apiSecret());
	}

	/**
	 * An application with the starter and JDBC, and nothing else.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
