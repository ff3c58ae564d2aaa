package io.cratecloud.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.client.organizations.OrganizationsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * What {@link FakeCrateCloudTestExecutionListener} does between the test methods of an
 * {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud} test: the sample classes
 * below, whose first test leaves things behind for the second, are run by JUnit's test kit.
 */
class AutoConfigureFakeCrateCloudResetTests {

	@Test
	void afterEachTestMethodTheFakeIsResetAndItsSeedBeansAppliedAgain() {
		ResettingSample.organizationIds.clear();
		assertAllSucceeded(ResettingSample.class, 2);
		assertThat(ResettingSample.organizationIds).hasSize(2).containsOnly(ResettingSample.organizationIds.get(0));
	}

	@Test
	void withResetAfterEachTestOffTheStateAndJournalAreKeptButNotTheFaults() {
		assertAllSucceeded(KeepingStateSample.class, 2);
	}

	private static void assertAllSucceeded(Class<?> testClass, int tests) {
		Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
		List<Throwable> failures = events.failed()
			.stream()
			.map((event) -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
			.toList();
		assertThat(failures).as("failures of %s", testClass.getSimpleName()).isEmpty();
		assertThat(events.succeeded().count()).isEqualTo(tests);
	}

	/**
	 * The test's one seed: an organization with a cluster.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SeedAcme {

		@Bean
		static FakeCrateCloudSeed acme() {
			return (seeder) -> seeder.organization("Acme").project("analytics").cluster("sensors").create();
		}

	}

	/**
	 * Run by the test kit only: the first test leaves state, a journal, faults, a pending
	 * failure and a moved clock behind; the second finds the fake as it started, with its seed.
	 */
	@SpringBootTest(classes = AutoConfigureFakeCrateCloudTests.Application.class,
			webEnvironment = WebEnvironment.NONE)
	@AutoConfigureFakeCrateCloud(manualClock = true, userEmail = "resetting.sample@example.com")
	@Import(SeedAcme.class)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class ResettingSample {

		static final List<String> organizationIds = new CopyOnWriteArrayList<>();

		private static Instant acmeCreated;

		@Autowired
		private FakeCrateCloud fake;

		@Autowired
		private OrganizationsClient organizations;

		@Autowired
		private ClustersClient clusters;

		@Test
		@Order(1)
		void leavesEverythingBehind() {
			Organization acme = this.organizations.list().get(0);
			organizationIds.add(acme.id());
			acmeCreated = acme.dc().created();
			this.organizations.create(OrganizationCreateRequest.named("Globex"));
			this.fake.advance(Duration.ofHours(1));
			this.fake.failNextOperation("Not enough capacity in the region.");
			this.fake.injectFault(Fault.status(500), 5);
			assertThat(this.fake.requests()).isNotEmpty();
		}

		@Test
		@Order(2)
		void findsTheFakeAsItStartedWithItsSeed() {
			assertThat(this.fake.requests()).isEmpty();
			List<Organization> organizations = this.organizations.list();
			assertThat(organizations).extracting(Organization::name).containsExactly("Acme");
			organizationIds.add(organizations.get(0).id());
			assertThat(this.organizations.create(OrganizationCreateRequest.named("Globex")).dc().created())
				.isEqualTo(acmeCreated);
			String sensors = this.clusters.list().stream().map(Cluster::id).findFirst().orElseThrow();
			this.clusters.scale(sensors, 1);
			this.fake.advance(Duration.ofSeconds(1));
			assertThat(this.clusters.listOperations(sensors)).extracting(ClusterOperation::status)
				.containsExactly(OperationStatus.SUCCEEDED);
		}

	}

	/**
	 * Run by the test kit only: with the reset off, the second test finds what the first left,
	 * but for its faults.
	 */
	@SpringBootTest(classes = AutoConfigureFakeCrateCloudTests.Application.class,
			webEnvironment = WebEnvironment.NONE)
	@AutoConfigureFakeCrateCloud(resetAfterEachTest = false, userEmail = "keeping.sample@example.com")
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class KeepingStateSample {

		@Autowired
		private FakeCrateCloud fake;

		@Autowired
		private OrganizationsClient organizations;

		@Test
		@Order(1)
		void leavesStateAJournalAndFaultsBehind() {
			this.organizations.create(OrganizationCreateRequest.named("Acme"));
			this.fake.injectFault(Fault.status(500), 5);
		}

		@Test
		@Order(2)
		void findsTheStateAndTheJournalButNotTheFaults() {
			this.fake.verify(RequestCount.exactly(1), "POST", "/api/v2/organizations/");
			assertThat(this.organizations.list()).extracting(Organization::name).containsExactly("Acme");
		}

	}

}
