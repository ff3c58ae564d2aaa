package io.cratecloud.test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.cratecloud.autoconfigure.jdbc.CrateCloudJdbcConnectionDetails;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.clusters.OperationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, against a real PostgreSQL server: with {@code cratecloud.datasource.ensure-running},
 * the start-up of an application whose cluster is suspended resumes it through the fake,
 * awaits it until it is GREEN, and the DataSource then connects. Operation steps of 100 ms and
 * the annotation's poll interval of 100 ms keep it quick. Also counts, and prints, the requests
 * such a start-up makes.
 * <p>
 * The tests inspect what the start-up did to the fake, so the fake is not reset between them.
 */
@SpringBootTest(classes = CrateCloudDataSourceEnsureRunningTests.Application.class,
		webEnvironment = WebEnvironment.NONE,
		properties = { "cratecloud.datasource.cluster=sensors", "cratecloud.datasource.ssl-mode=disable",
				"cratecloud.datasource.ensure-running=true", "cratecloud.datasource.startup-timeout=30s" })
@AutoConfigureFakeCrateCloud(operationStep = "100ms", resetAfterEachTest = false)
@DirtiesContext
class CrateCloudDataSourceEnsureRunningTests {

	@RegisterExtension
	static final LocalPostgres postgres = new LocalPostgres();

	/** The journal as the start-up left it, before any test asked the API anything. */
	private static final AtomicReference<List<RecordedExchange>> startUp = new AtomicReference<>();

	private static final String OPERATIONS = "/api/v2/clusters/{cluster_id}/operations/";

	private static final String CLUSTER = "/api/v2/clusters/{cluster_id}/";

	@DynamicPropertySource
	static void pointAtPostgres(DynamicPropertyRegistry registry) {
		registry.add("cratecloud.datasource.port", postgres::port);
		registry.add("spring.datasource.password", postgres::password);
	}

	@Autowired
	private FakeCrateCloud fake;

	@Autowired
	private ClustersClient clusters;

	@Autowired
	private JdbcConnectionDetails connectionDetails;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void rememberTheStartUpsRequests() {
		startUp.compareAndSet(null, List.copyOf(this.fake.requests()));
	}

	@AfterEach
	void conforms() {
		FakeContract.assertConforms(this.fake);
	}

	@Test
	void startUpResumedTheSuspendedClusterThroughTheFakeAndAwaitedGreen() {
		String id = sensorsId();
		List<RecordedExchange> resumes = startUp.get()
			.stream()
			.filter((exchange) -> "PUT".equals(exchange.method())
					&& "/api/v2/clusters/{cluster_id}/suspend/".equals(exchange.template()))
			.toList();
		assertThat(resumes).singleElement().satisfies((resume) -> {
			assertThat(resume.path()).isEqualTo("/api/v2/clusters/" + id + "/suspend/");
			assertThat(JsonMapper.builder().build().readTree(resume.requestBody()))
				.isEqualTo(JsonMapper.builder().build().readTree("{\"suspended\": false}"));
			assertThat(resume.status()).isEqualTo(200);
		});
		List<ClusterOperation> operations = this.clusters.listOperations(id);
		assertThat(operations).singleElement().satisfies((operation) -> {
			assertThat(operation.type()).isEqualTo(OperationType.SUSPEND);
			assertThat(operation.status()).isEqualTo(OperationStatus.SUCCEEDED);
		});
		Cluster cluster = this.clusters.get(id);
		assertThat(cluster.suspended()).isFalse();
		assertThat(cluster.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		// The last request of the start-up found it GREEN: the DataSource was created only then.
		RecordedExchange last = startUp.get().get(startUp.get().size() - 1);
		assertThat(last.method() + " " + last.template()).isEqualTo("GET " + CLUSTER);
		assertThat(last.responseBody()).contains("\"GREEN\"");
	}

	@Test
	void theDataSourceConnectsToTheResumedCluster() {
		assertThat(this.connectionDetails).isInstanceOfSatisfying(CrateCloudJdbcConnectionDetails.class,
				(details) -> assertThat(details.clusterId()).isEqualTo(sensorsId()));
		assertThat(this.jdbc.queryForObject("select 42", Integer.class)).isEqualTo(42);
		assertThat(this.jdbc.queryForObject("select current_database()", String.class)).isEqualTo("doc");
	}

	/**
	 * What the start-up costs: the list of clusters, the resume (its one PUT, whose answer
	 * names the operation), the polls of the operation until it succeeded, the cluster read
	 * when it did, and one read of its health, GREEN at once.
	 */
	@Test
	void startUpMadeTheListTheResumeThePollsAndTheReadsOfTheCluster() {
		List<RecordedExchange> requests = startUp.get();
		System.out.println("ensure-running start-up of a suspended cluster: " + requests.size() + " requests"
				+ System.lineSeparator() + requests.stream()
					.map((exchange) -> "  " + exchange)
					.collect(Collectors.joining(System.lineSeparator())));
		List<String> calls = requests.stream().map((exchange) -> exchange.method() + " " + exchange.template()).toList();
		assertThat(requests).allSatisfy((exchange) -> assertThat(exchange.status()).isEqualTo(200));
		assertThat(calls).startsWith("GET /api/v2/clusters/", "PUT /api/v2/clusters/{cluster_id}/suspend/",
				"GET " + OPERATIONS);
		assertThat(calls).endsWith("GET " + CLUSTER, "GET " + CLUSTER);
		List<String> polls = calls.subList(2, calls.size() - 2);
		assertThat(polls).as("the polls of the operation").isNotEmpty().allMatch(("GET " + OPERATIONS)::equals);
		// Three steps of 100 ms polled every 100 ms: a handful of polls, never one per few ms.
		assertThat(polls).hasSizeLessThanOrEqualTo(15);
		// The newest SUSPEND operation, as the client asks for it, while it runs.
		assertThat(requests.subList(2, 2 + polls.size()))
			.filteredOn((exchange) -> "GET".equals(exchange.method()))
			.extracting(RecordedExchange::query)
			.containsOnly("type=SUSPEND&limit=1");
	}

	/**
	 * The id of the seeded cluster, as the fake lists it.
	 */
	private String sensorsId() {
		return this.clusters.list()
			.stream()
			.filter((cluster) -> cluster.name().equals("sensors"))
			.map(Cluster::id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The application: whatever Spring Boot auto-configures, the starter and JDBC included.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(SeedTheCluster.class)
	static class Application {

	}

	/**
	 * Seeds the suspended cluster before any bean is created, the DataSource included.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SeedTheCluster {

		@Bean
		static FakeCrateCloudSeed suspendedSensorsCluster() {
			return (seeder) -> seeder.organization("Acme")
				.project("analytics")
				.cluster("sensors")
				.sqlEndpoint(LocalPostgres.HOST)
				.username(LocalPostgres.USER)
				.suspended()
				.create();
		}

	}

}
