package io.cratecloud.test;

import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;

import io.cratecloud.autoconfigure.CrateCloudConnectionDetails;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClustersClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application's own {@code main} run on the fake, as {@code SpringApplication.from(...).with(...)}
 * runs it on Testcontainers' services: no key configured, the starter on the fake, seeded, its
 * operations in real time.
 */
class FakeCrateCloudConfigurationTests {

	@Test
	void theApplicationsOwnMainRunsOnTheDemoEstateInRealTime() throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.from(MyApplication::main)
			.with(FakeCrateCloudConfiguration.class)
			.run("--spring.main.web-application-type=none", "--cratecloud.fake.operation-step=20ms",
					"--cratecloud.operations.poll-interval=50ms")
			.getApplicationContext()) {
			FakeCrateCloud fake = context.getBean(FakeCrateCloud.class);
			assertThat(context.getBean(CrateCloudConnectionDetails.class).getBaseUrl()).isEqualTo(fake.baseUrl());
			ClustersClient clusters = context.getBean(ClustersClient.class);
			assertThat(clusters.list()).extracting(Cluster::name).containsExactlyInAnyOrder("sensors", "archive");
			String archive = clusters.list().stream().filter((cluster) -> cluster.name().equals("archive"))
				.map(Cluster::id).findFirst().orElseThrow();

			Cluster resumed = clusters.resume(archive).await(Duration.ofSeconds(30));

			assertThat(resumed.suspended()).isFalse();
			int port = fake.port();
			context.close();
			assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
		}
	}

	@Test
	void theApplicationsSeedBeansWinOverTheDemoEstate() throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.from(MyApplication::main)
			.with(FakeCrateCloudConfiguration.class, Seeds.class)
			.run("--spring.main.web-application-type=none")
			.getApplicationContext()) {
			assertThat(context.getBean(ClustersClient.class).list()).extracting(Cluster::name).containsExactly("weather");
			// The application's poll interval, where it sets none: a second, not the service's ten.
			assertThat(context.getEnvironment().getProperty("cratecloud.operations.poll-interval")).isEqualTo("1s");
		}
	}

	@Test
	void aSeedFileNamedByAPropertySeedsTheFake() throws Exception {
		try (ConfigurableApplicationContext context = SpringApplication.from(MyApplication::main)
			.with(FakeCrateCloudConfiguration.class)
			.run("--spring.main.web-application-type=none", "--cratecloud.fake.seed=classpath:io/cratecloud/test/estate.json")
			.getApplicationContext()) {
			assertThat(context.getBean(ClustersClient.class).list()).extracting(Cluster::name).containsExactly("ledger");
		}
	}

	@Test
	void aSeedFileThatIsMissingFailsStartUpNamingTheProperty() {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> SpringApplication.from(MyApplication::main)
				.with(FakeCrateCloudConfiguration.class)
				.run("--spring.main.web-application-type=none", "--cratecloud.fake.seed=classpath:no/such/estate.json"))
			.satisfies((ex) -> assertThat(ex).rootCause()
				.hasMessageContaining("'cratecloud.fake.seed' names no seed file: classpath:no/such/estate.json"));
	}

	// No DataSource: this module's tests have a JDBC driver but name no database.
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
	static class MyApplication {

		static void main(String[] args) {
			SpringApplication.run(MyApplication.class, args);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Seeds {

		@Bean
		FakeCrateCloudSeed weather() {
			return (seeder) -> seeder.organization("Acme").project("forecasts").cluster("weather").create();
		}

	}

}
