package io.cratecloud.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.cratecloud.autoconfigure.jdbc.CrateCloudJdbcConnectionDetails;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.sql.CrateDbSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, against a real PostgreSQL server: an application that sets only the fake's
 * credentials (the annotation does), {@code cratecloud.datasource.cluster} and
 * {@code spring.datasource.password} gets Spring Boot's own DataSource (Hikari) on the named
 * cluster, through the starter's connection details, with no {@code spring.datasource.url},
 * and runs queries through it. The fake's cluster points at the server with
 * {@link ClusterSeed#sqlEndpoint(String, int)}, the one line a test needs: with the server's
 * port given there, the fake sets {@code cratecloud.datasource.port} and, the server having
 * no TLS, {@code ssl-mode=disable}.
 * <p>
 * The cluster is seeded before the DataSource is created, by a {@link FakeCrateCloudSeed} bean,
 * as {@link AutoConfigureFakeCrateCloud} describes; the fake is reset after each test and seeded
 * again, with the same ids, so the DataSource's cluster is the fake's in every test.
 */
@SpringBootTest(classes = CrateCloudDataSourceTests.Application.class, webEnvironment = WebEnvironment.NONE,
		properties = "cratecloud.datasource.cluster=sensors")
@AutoConfigureFakeCrateCloud
@DirtiesContext
class CrateCloudDataSourceTests {

	@RegisterExtension
	static final LocalPostgres postgres = new LocalPostgres();

	/** The journal as the start-up left it, before any test asked the API anything. */
	private static final AtomicReference<List<RecordedExchange>> startUp = new AtomicReference<>();

	@DynamicPropertySource
	static void pointAtPostgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.password", postgres::password);
	}

	@Autowired
	private FakeCrateCloud fake;

	@Autowired
	private ClustersClient clusters;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcConnectionDetails connectionDetails;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CrateDbSql sql;

	@Autowired
	private Environment environment;

	@BeforeEach
	void rememberTheStartUpsRequests() {
		startUp.compareAndSet(null, List.copyOf(this.fake.requests()));
	}

	@AfterEach
	void conforms() {
		FakeContract.assertConforms(this.fake);
	}

	@Test
	void bootsDataSourceIsOnTheNamedClusterThroughTheStartersConnectionDetails() {
		// The seeded cluster as the fake has it now, seeded again after any earlier test.
		String sensorsId = this.clusters.list()
			.stream()
			.filter((cluster) -> cluster.name().equals("sensors"))
			.map(Cluster::id)
			.findFirst()
			.orElseThrow();
		String url = "jdbc:postgresql://" + LocalPostgres.HOST + ":" + postgres.port() + "/doc?sslmode=disable";
		assertThat(this.connectionDetails).isInstanceOfSatisfying(CrateCloudJdbcConnectionDetails.class,
				(details) -> {
					assertThat(details.clusterId()).isEqualTo(sensorsId);
					assertThat(details.clusterName()).isEqualTo("sensors");
					assertThat(details.getJdbcUrl()).isEqualTo(url);
					// The cluster's user, as the API gives it: spring.datasource.username is not set.
					assertThat(details.getUsername()).isEqualTo(LocalPostgres.USER);
					assertThat(details.getPassword()).isEqualTo(postgres.password());
					assertThat(details.toString()).doesNotContain(postgres.password());
				});
		assertThat(this.environment.getProperty("spring.datasource.url")).isNull();
		assertThat(this.environment.getProperty("spring.datasource.username")).isNull();
		assertThat(this.dataSource).isInstanceOfSatisfying(HikariDataSource.class, (hikari) -> {
			assertThat(hikari.getJdbcUrl()).isEqualTo(url);
			assertThat(hikari.getUsername()).isEqualTo(LocalPostgres.USER);
		});
	}

	@Test
	void theSameClusterAnswersSqlOverHttpWithTheApiKeyAlone() {
		this.jdbc.execute("create table if not exists sql_over_http (id int primary key)");
		this.jdbc.update("insert into sql_over_http values (1), (2) on conflict do nothing");

		assertThat(this.sql.clusterId()).isEqualTo(((CrateCloudJdbcConnectionDetails) this.connectionDetails).clusterId());
		assertThat(this.sql.sql("SELECT count(*) FROM sql_over_http").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void queriesRunThroughItAsTheClustersUserOnTheSchemasDatabase() {
		assertThat(this.jdbc.queryForObject("select 42", Integer.class)).isEqualTo(42);
		Map<String, Object> session = this.jdbc.queryForMap("select current_user as usr, current_database() as db");
		assertThat(session).containsEntry("usr", LocalPostgres.USER).containsEntry("db", "doc");
	}

	@Test
	void startUpAskedTheApiOnceForTheListOfClusters() {
		List<String> requests = startUp.get()
			.stream()
			.map((exchange) -> exchange.method() + " " + exchange.template() + " -> " + exchange.status())
			.toList();
		assertThat(requests).containsExactly("GET /api/v2/clusters/ -> 200");
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
	 * Seeds the fake before any other bean is created, the DataSource included.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SeedTheCluster {

		@Bean
		static FakeCrateCloudSeed sensorsCluster() {
			return (seeder) -> seeder.organization("Acme")
				.project("analytics")
				.cluster("sensors")
				.sqlEndpoint(LocalPostgres.HOST, postgres.port())
				.username(LocalPostgres.USER)
				.sqlPassword(postgres.password())
				.create();
		}

	}

}
