package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.cratecloud.autoconfigure.CrateCloudConnectionDetails;
import io.cratecloud.autoconfigure.CrateCloudProperties;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClusterQuery;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.organizations.OrganizationsClient;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectCreateRequest;
import io.cratecloud.client.projects.ProjectsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AutoConfigureFakeCrateCloud} on a {@code @SpringBootTest} of an application configured
 * for the real service (the {@code real-credentials} profile): the starter's clients talk to the
 * fake, which the test seeds and disturbs through its bean.
 */
@SpringBootTest(classes = AutoConfigureFakeCrateCloudTests.Application.class, webEnvironment = WebEnvironment.NONE)
@AutoConfigureFakeCrateCloud
@ActiveProfiles("real-credentials")
class AutoConfigureFakeCrateCloudTests {

	private static final AtomicReference<FakeCrateCloud> firstFake = new AtomicReference<>();

	@Autowired
	private FakeCrateCloud fake;

	@Autowired
	private ClustersClient clusters;

	@Autowired
	private ProjectsClient projects;

	@Autowired
	private OrganizationsClient organizations;

	@Autowired
	private Environment environment;

	@Autowired
	private CrateCloudProperties properties;

	@Autowired
	private CrateCloudConnectionDetails connectionDetails;

	@BeforeEach
	void rememberTheFakeAndForgetItsRequests() {
		firstFake.compareAndSet(null, this.fake);
		this.fake.clearRequests();
	}

	@AfterEach
	void conforms() {
		// Injected faults are off the document on purpose.
		FakeContract.assertConforms(this.fake, (exchange) -> false,
				(exchange) -> exchange.responseBody().contains("Injected fault"));
	}

	@Test
	void theConnectionDetailsPointTheStarterAtTheFakeOverTheApplicationsConfiguration() {
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.fake.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(this.connectionDetails.getCredentials())
			.isEqualTo(CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()));
		// The application's own connection properties are left as they are, and unused.
		assertThat(this.environment.getProperty("cratecloud.base-url")).isEqualTo("https://console.cratedb.cloud");
		assertThat(this.environment.getProperty("cratecloud.api-key")).isEqualTo("real-key");
		assertThat(this.organizations.list()).isEmpty();
		assertThat(this.fake.requests()).singleElement().satisfies((exchange) -> {
			assertThat(exchange.path()).isEqualTo("/api/v2/organizations/");
			assertThat(exchange.status()).isEqualTo(200);
		});
		// The poll interval is still a property, over the application's 10 s.
		assertThat(this.environment.getProperty("cratecloud.operations.poll-interval")).isEqualTo("100ms");
		assertThat(this.environment.getProperty("cratecloud.operations.poll-interval", Duration.class))
			.isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void stateSeededThroughTheFakeIsReadThroughTheApplicationsClients() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		String sensors = analytics.cluster("sensors").nodes(3).create();
		assertThat(this.clusters.list(ClusterQuery.inProject(analytics.id()))).singleElement().satisfies((cluster) -> {
			assertThat(cluster.id()).isEqualTo(sensors);
			assertThat(cluster.name()).isEqualTo("sensors");
			assertThat(cluster.numNodes()).isEqualTo(3);
			assertThat(cluster.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		});
		assertThat(this.projects.list(acme.id())).extracting(Project::id)
			.containsExactly(analytics.id());
		assertThat(this.organizations.get(acme.id()).projectCount()).isEqualTo(1);
		Project reporting = this.projects.create(ProjectCreateRequest.of(acme.id(), "reporting"));
		assertThat(this.organizations.get(acme.id()).projectCount()).isEqualTo(2);
		assertThat(this.fake.requests()).extracting(RecordedExchange::template)
			.contains("/api/v2/projects/")
			.allSatisfy((template) -> assertThat(template).isNotNull());
		this.projects.delete(reporting.id());
	}

	@Test
	void theApplicationWaitsForAClusterChangeAtTheShortPollInterval() {
		// What the application's clients wait with: the annotation's 100 ms, not the service's
		// 10 s. How long the wait took is not measured, as it depends on the machine's load.
		assertThat(this.properties.getOperations().getPollInterval()).isEqualTo(Duration.ofMillis(100));
		String archive = this.fake.seed().organization("Acme").project("analytics").cluster("archive").create();
		Cluster suspended = this.clusters.suspend(archive).await(Duration.ofSeconds(30));
		assertThat(suspended.suspended()).isTrue();
		assertThat(suspended.health().status()).isEqualTo(ClusterHealthStatus.SUSPENDED);
		// Awaited by polling the cluster's operations, which is what the interval spaces.
		this.fake.verify(RequestCount.atLeast(1), "GET", "/api/v2/clusters/{cluster_id}/operations/");
	}

	@Test
	void theApplicationsClustersClientAsksTheFakeWithItsCredentials() {
		String unknown = UUID.randomUUID().toString();
		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> this.clusters.get(unknown));
		assertThat(this.fake.requests()).singleElement().satisfies((exchange) -> {
			assertThat(exchange.path()).isEqualTo("/api/v2/clusters/" + unknown + "/");
			// Answered past the credentials check: a wrong key would have been a 401.
			assertThat(exchange.status()).isEqualTo(404);
			assertThat(exchange.requestHeader("Authorization")).isEqualTo("Basic ****");
		});
	}

	@Test
	void faultsInjectedThroughTheFakeReachTheApplication() {
		this.fake.injectFault(Fault.status(500));
		assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(() -> this.organizations.list());
		assertThat(this.organizations.list()).isNotNull();
	}

	@Test
	void credentialsAreCheckedAsTheDefaultsSay() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET", "/api/v2/organizations/", null, null,
				null);
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Nested
	class WithTheSameConfiguration {

		@Autowired
		private FakeCrateCloud nestedFake;

		@Test
		void sharesTheCachedContextAndSoTheFake() {
			// Equal customizers make equal context cache keys: no second context, no second fake.
			assertThat(firstFake.get()).isNotNull();
			assertThat(this.nestedFake).isSameAs(firstFake.get());
		}

	}

	/**
	 * The application under test: whatever Spring Boot auto-configures, the starter included,
	 * but for a DataSource: Spring Boot's JDBC support is on the module's test class path for
	 * {@link CrateCloudDataSourceTests}, and this application has no database.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
	static class Application {

	}

}
