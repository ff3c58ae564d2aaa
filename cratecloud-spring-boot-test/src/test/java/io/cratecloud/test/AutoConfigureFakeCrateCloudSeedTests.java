package io.cratecloud.test;

import java.util.List;

import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.client.organizations.OrganizationsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FakeCrateCloudSeed} beans of a {@code @SpringBootTest} with
 * {@link AutoConfigureFakeCrateCloud}: applied in their order before the application's beans
 * are created, and again, with the same ids, whenever the fake is reset.
 */
@SpringBootTest(classes = AutoConfigureFakeCrateCloudSeedTests.Application.class, webEnvironment = WebEnvironment.NONE)
@AutoConfigureFakeCrateCloud(manualClock = true)
@Import(AutoConfigureFakeCrateCloudSeedTests.Seeds.class)
class AutoConfigureFakeCrateCloudSeedTests {

	@Autowired
	private FakeCrateCloud fake;

	@Autowired
	private OrganizationsClient organizations;

	@Autowired
	private ClustersClient clusters;

	@Autowired
	private ClusterNamesAtStartUp startUp;

	@AfterEach
	void conforms() {
		FakeContract.assertConforms(this.fake);
	}

	@Test
	void theSeedBeansWereAppliedInTheirOrderBeforeTheApplicationsBeansWereCreated() {
		assertThat(this.startUp.names()).containsExactly("sensors");
		assertThat(this.organizations.list()).extracting(Organization::name).containsExactly("Acme", "Globex");
	}

	@Test
	void aResetAppliesTheSeedBeansAgainWithTheSameIds() {
		List<String> organizationIds = this.organizations.list().stream().map(Organization::id).toList();
		List<String> clusterIds = this.clusters.list().stream().map(Cluster::id).toList();
		this.organizations.create(OrganizationCreateRequest.named("Initech"));
		this.fake.seed().organization("Umbrella");

		this.fake.reset();

		assertThat(this.organizations.list()).extracting(Organization::id).isEqualTo(organizationIds);
		assertThat(this.clusters.list()).extracting(Cluster::id).isEqualTo(clusterIds);
	}

	/**
	 * The application: the starter, a bean that asks the API for the clusters when it is
	 * created, and no database.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
	static class Application {

		@Bean
		ClusterNamesAtStartUp clusterNamesAtStartUp(ClustersClient clusters) {
			return new ClusterNamesAtStartUp(clusters.list().stream().map(Cluster::name).toList());
		}

	}

	/**
	 * The test's seeds, declared in the other order than {@link Order @Order} applies them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Seeds {

		@Bean
		@Order(2)
		static FakeCrateCloudSeed globex() {
			return (seeder) -> seeder.organization("Globex");
		}

		@Bean
		@Order(1)
		static FakeCrateCloudSeed acmeWithTheSensorsCluster() {
			return (seeder) -> seeder.organization("Acme").project("analytics").cluster("sensors").create();
		}

	}

	/**
	 * The names of the clusters the application found when its bean was created.
	 */
	record ClusterNamesAtStartUp(List<String> names) {
	}

}
