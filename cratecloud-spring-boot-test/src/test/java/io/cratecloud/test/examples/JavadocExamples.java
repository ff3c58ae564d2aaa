package io.cratecloud.test.examples;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.estate.ChangeKind;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectsClient;
import io.cratecloud.client.sql.CrateDbSql;
import io.cratecloud.test.AutoConfigureFakeCrateCloud;
import io.cratecloud.test.CrateCloudAssertions;
import io.cratecloud.test.FakeCrateCloud;
import io.cratecloud.test.FakeCrateCloudConfiguration;
import io.cratecloud.test.FakeCrateCloudExtension;
import io.cratecloud.test.FakeCrateCloudSeed;
import io.cratecloud.test.ManagedClusterExtension;
import io.cratecloud.test.ManagedClusterJdbcDetails;
import io.cratecloud.test.RequestCount;
import io.cratecloud.test.SeededOrganization;
import io.cratecloud.test.SeededProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code examples of the fake's Javadoc, which {@link JavadocExamplesTests} finds here
 * line by line, so that what the Javadoc shows compiles. The classes are local or nested,
 * so that no test runner picks them up; never run.
 */
@SuppressWarnings("unused")
final class JavadocExamples {

	private JavadocExamples() {
	}

	static void fakeCrateCloud() {
		// tag::FakeCrateCloud[]
		try (FakeCrateCloud fake = FakeCrateCloud.start()) {
			SeededProject project = fake.seed().organization("Acme").project("analytics");
			String clusterId = project.cluster("sensors").nodes(3).create();
			CrateCloudClient client = CrateCloudClient.builder()
				.baseUrl(fake.baseUrl())
				.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
				.build();
			client.clusters().suspend(clusterId).await(Duration.ofSeconds(10));
			fake.verify(RequestCount.exactly(1), "PUT", "/api/v2/clusters/{cluster_id}/suspend/");
		}
		// end::FakeCrateCloud[]
	}

	static void verify(FakeCrateCloud fake, String clusterId) {
		// tag::FakeCrateCloud-2[]
		fake.verify(RequestCount.exactly(1), "PUT", "/api/v2/clusters/{cluster_id}/scale/");
		fake.verify(RequestCount.never(), "DELETE", "/api/v2/clusters/" + clusterId + "/");
		// end::FakeCrateCloud-2[]
	}

	static void extension() {
		// tag::FakeCrateCloudExtension[]
		class InventoryTests {

			@RegisterExtension
			static FakeCrateCloudExtension fake = new FakeCrateCloudExtension(FakeCrateCloud.builder()
				.seed((seeder) -> seeder.organization("Acme").project("analytics").cluster("sensors").create()));

			CrateCloudClient client = CrateCloudClient.builder()
				.baseUrl(fake.baseUrl())
				.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
				.build();

			@Test
			void listsTheClusters() {
				assertThat(this.client.clusters().list()).extracting(Cluster::name).containsExactly("sensors");
				fake.verify(RequestCount.exactly(1), "GET", "/api/v2/clusters/");
			}

		}
		// end::FakeCrateCloudExtension[]
	}

	static void springBootTest() {
		// tag::AutoConfigureFakeCrateCloud[]
		@SpringBootTest
		@AutoConfigureFakeCrateCloud
		class DashboardTests {

			@Autowired
			FakeCrateCloud fake;

			@Autowired
			ProjectsClient projects;

			@Test
			void listsTheProjects() {
				SeededOrganization acme = this.fake.seed().organization("Acme");
				acme.project("analytics");
				assertThat(this.projects.list(acme.id())).extracting(Project::name).containsExactly("analytics");
				this.fake.verify(RequestCount.exactly(1), "GET", "/api/v2/organizations/{organization_id}/projects/");
			}

		}
		// end::AutoConfigureFakeCrateCloud[]
	}

	// tag::AutoConfigureFakeCrateCloud-2[]
	@TestConfiguration(proxyBeanMethods = false)
	static class SeedTheCluster {

		@Bean
		static FakeCrateCloudSeed sensorsCluster() {
			return (seeder) -> seeder.organization("Acme").project("analytics")
				.cluster("sensors").sqlEndpoint("127.0.0.1").username("crate").create();
		}

	}
	// end::AutoConfigureFakeCrateCloud-2[]

	// tag::FakeCrateCloudConfiguration[]
	public class TestMyApplication {

		public static void main(String[] args) {
			SpringApplication.from(MyApplication::main).with(FakeCrateCloudConfiguration.class).run(args);
		}

	}
	// end::FakeCrateCloudConfiguration[]

	static final class MyApplication {

		static void main(String[] args) {
		}

	}

	static void seeder(FakeCrateCloud fake) {
		// tag::Seeder[]
		SeededOrganization acme = fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		String clusterId = analytics.cluster("sensors").nodes(3).create();
		// end::Seeder[]
	}

	static void clusterSeed(SeededProject project) {
		// tag::ClusterSeed[]
		project.cluster("sensors").sqlEndpoint("127.0.0.1").username("crate").create();
		// end::ClusterSeed[]
	}

	/** Stands in for a Testcontainers container of CrateDB. */
	interface CrateContainer {

		int getMappedPort(int port);

	}

	static void clusterSeedWithPort(SeededProject project, CrateContainer crate) {
		// tag::ClusterSeed-2[]
		project.cluster("sensors").sqlEndpoint("127.0.0.1", crate.getMappedPort(5432)).username("crate").create();
		// end::ClusterSeed-2[]
	}

	/** Stands in for a PostgreSQL server a test runs. */
	interface Postgres {

		int port();

		String password();

	}

	static void clusterSeedWithPassword(SeededProject project, Postgres postgres) {
		// tag::ClusterSeed-3[]
		project.cluster("sensors").sqlEndpoint("127.0.0.1", postgres.port()).username("sensors_app")
			.sqlPassword(postgres.password()).create();
		// end::ClusterSeed-3[]
	}

	static FakeCrateCloud seeds() {
		// tag::FakeCrateCloudSeed[]
		FakeCrateCloud fake = FakeCrateCloud.builder()
			.seed((seeder) -> seeder.organization("Acme").project("analytics").cluster("sensors").create())
			.start();
		// end::FakeCrateCloudSeed[]
		return fake;
	}

	static void estateAssertions(CrateCloudClient client, Estate estate) {
		// tag::CrateCloudAssertions[]
		CrateCloudAssertions.assertThat(estate).hasNoDriftOn(client);
		CrateCloudAssertions.assertThat(client.estate().plan(estate)).hasOnlyDrift(ChangeKind.SCALE);
		// end::CrateCloudAssertions[]
	}

	static void managedCluster() {
		// tag::ManagedClusterExtension[]
		class OrdersIntegrationTests {

			@RegisterExtension
			static ManagedClusterExtension orders = ManagedClusterExtension.builder()
				.organization(System.getenv("CRATECLOUD_ORGANIZATION"))
				.project("integration-tests")
				.cluster("orders-it", (cluster) -> cluster.product("cr1")
					.nodes(1)
					.crateVersion("5.10.3")
					.passwordFrom("ORDERS_IT_PASSWORD"))
				.onExit(ManagedClusterExtension.OnExit.SUSPEND)
				.build();

			@Test
			void insertsOrders(ManagedClusterJdbcDetails jdbc, CrateDbSql sql) throws SQLException {
				try (Connection connection = DriverManager.getConnection(jdbc.jdbcUrl(), jdbc.username(), jdbc.password())) {
					connection.createStatement().execute("INSERT INTO orders (id) VALUES (1)");
				}
			}

		}
		// end::ManagedClusterExtension[]
	}

	static void managedClusterJdbc(ManagedClusterJdbcDetails jdbc) throws SQLException {
		// tag::ManagedClusterJdbcDetails[]
		try (Connection connection = DriverManager.getConnection(jdbc.jdbcUrl(), jdbc.username(), jdbc.password())) {
			connection.createStatement().execute("SELECT 1");
		}
		// end::ManagedClusterJdbcDetails[]
	}

}
