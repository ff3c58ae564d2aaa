package io.cratecloud.test;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.cratecloud.autoconfigure.jdbc.CrateCloudJdbcConnectionDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
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
 * {@link ClusterSeed#sqlEndpoint(String)}; the server's port is the application's
 * {@code cratecloud.datasource.port}, and it has no TLS, hence {@code ssl-mode=disable}.
 * <p>
 * The cluster is seeded before the DataSource is created, by a {@link BeanFactoryPostProcessor},
 * as {@link AutoConfigureFakeCrateCloud} describes.
 */
@SpringBootTest(classes = CrateCloudDataSourceTests.Application.class, webEnvironment = WebEnvironment.NONE,
		properties = { "cratecloud.datasource.cluster=sensors", "cratecloud.datasource.ssl-mode=disable" })
@AutoConfigureFakeCrateCloud
@DirtiesContext
class CrateCloudDataSourceTests {

	@RegisterExtension
	static final LocalPostgres postgres = new LocalPostgres();

	@DynamicPropertySource
	static void pointAtPostgres(DynamicPropertyRegistry registry) {
		registry.add("cratecloud.datasource.port", postgres::port);
		registry.add("spring.datasource.password", postgres::password);
	}

	@Autowired
	private FakeCrateCloud fake;

	@Autowired
	private SeededCluster sensors;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcConnectionDetails connectionDetails;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Environment environment;

	@AfterEach
	void conforms() {
		FakeContract.assertConforms(this.fake);
	}

	@Test
	void bootsDataSourceIsOnTheNamedClusterThroughTheStartersConnectionDetails() {
		String url = "jdbc:postgresql://" + LocalPostgres.HOST + ":" + postgres.port() + "/doc?sslmode=disable";
		assertThat(this.connectionDetails).isInstanceOfSatisfying(CrateCloudJdbcConnectionDetails.class,
				(details) -> {
					assertThat(details.clusterId()).isEqualTo(this.sensors.id());
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
	void queriesRunThroughItAsTheClustersUserOnTheSchemasDatabase() {
		assertThat(this.jdbc.queryForObject("select 42", Integer.class)).isEqualTo(42);
		Map<String, Object> session = this.jdbc.queryForMap("select current_user as usr, current_database() as db");
		assertThat(session).containsEntry("usr", LocalPostgres.USER).containsEntry("db", "doc");
	}

	@Test
	void startUpAskedTheApiOnceForTheListOfClusters() {
		// No test of this class calls the API: the journal is the start-up's.
		List<String> requests = this.fake.requests()
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
	 * Seeds the fake before any bean is created, the DataSource included: the fake is
	 * registered before the context refreshes, and bean factory post-processors run before
	 * it creates its beans.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SeedTheCluster {

		@Bean
		static BeanFactoryPostProcessor seedTheSensorsCluster() {
			return (beanFactory) -> {
				FakeCrateCloud fake = beanFactory.getBean(FakeCrateCloud.class);
				String id = fake.seed()
					.organization("Acme")
					.project("analytics")
					.cluster("sensors")
					.sqlEndpoint(LocalPostgres.HOST)
					.username(LocalPostgres.USER)
					.create();
				beanFactory.registerSingleton("sensors", new SeededCluster(id));
			};
		}

	}

	/**
	 * The seeded cluster, for the tests to recognize.
	 */
	record SeededCluster(String id) {
	}

}
