package io.cratecloud.test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * {@link FakeCrateCloudExtension} as JUnit drives it: this class uses it as a user would, and
 * the sample classes below are run by JUnit's test kit so that what happens between their tests
 * (the reset) and after their last test (the fake stopped) can be checked too.
 */
class FakeCrateCloudExtensionTests {

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	/** The organization of the builder's seed, as it was seeded last. */
	private static SeededOrganization acme;

	@RegisterExtension
	static FakeCrateCloudExtension fake = new FakeCrateCloudExtension(
			FakeCrateCloud.builder().manualClock(START).seed((seeder) -> acme = seeder.organization("Acme")));

	@BeforeAll
	static void theFakeRunsBeforeAllTests(FakeCrateCloud injected) {
		assertThat(injected).isSameAs(fake.get());
	}

	@Test
	void aParameterReceivesTheRunningFake(FakeCrateCloud injected) {
		assertThat(injected).isSameAs(fake.get());
		assertThat(fake.baseUrl()).isEqualTo(injected.baseUrl());
		assertThat(fake.port()).isEqualTo(injected.port());
		assertThat(fake.apiKey()).isEqualTo(injected.apiKey());
		assertThat(fake.apiSecret()).isEqualTo(injected.apiSecret());
		assertThat(fake.toString()).contains(injected.baseUrl()).doesNotContain(injected.apiSecret());
	}

	@Test
	void theBuildersSeedIsThereInEveryTest() {
		assertThat(client().organizations().list()).extracting(Organization::id, Organization::name)
			.containsExactly(tuple(acme.id(), "Acme"));
	}

	@Test
	void theExtensionDelegatesToTheRunningFake() {
		fake.seed().organization("Globex");
		fake.clearRequests();
		// Reset after each test, the manual clock is at its start in every test.
		Organization initech = client().organizations().create(OrganizationCreateRequest.named("Initech"));
		assertThat(initech.dc().created()).isEqualTo(START);
		fake.advance(Duration.ofMinutes(5));
		assertThat(client().organizations().create(OrganizationCreateRequest.named("Umbrella")).dc().created())
			.isEqualTo(initech.dc().created().plus(Duration.ofMinutes(5)));
		assertThat(fake.requests()).extracting(RecordedExchange::status).containsExactly(201, 201);
		assertThat(fake.requests("POST", "/api/v2/organizations/")).hasSize(2);
		fake.verify(RequestCount.exactly(2), "POST", "/api/v2/organizations/");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fake.verify(RequestCount.never(), "POST", "/api/v2/organization/{organization_id}/"));

		fake.injectFault(Fault.status(500));
		fake.injectFault(Fault.status(502), 1);
		fake.injectFault("GET", "/api/v2/organizations/", 1, Fault.status(504));
		FakeHttp http = new FakeHttp(fake.get());
		assertThat(http.send("GET", "/api/v2/organizations/", null).statusCode()).isEqualTo(500);
		assertThat(http.send("GET", "/api/v2/organizations/", null).statusCode()).isEqualTo(502);
		fake.clearFaults();
		assertThat(http.send("GET", "/api/v2/organizations/", null).statusCode()).isEqualTo(200);
		fake.clearRequests();
		assertThat(fake.requests()).isEmpty();

		fake.reset();
		assertThat(client().organizations().list()).extracting(Organization::name).containsExactly("Acme");
	}

	@Test
	void theRunningFakeIsNotAvailableOutsideTheTests() {
		FakeCrateCloudExtension notStarted = new FakeCrateCloudExtension();
		assertThatIllegalStateException().isThrownBy(notStarted::get).withMessageContaining("@RegisterExtension");
		assertThatIllegalStateException().isThrownBy(notStarted::baseUrl);
		assertThat(notStarted).hasToString("FakeCrateCloudExtension[not running]");
	}

	@Test
	void onAStaticFieldOneFakeServesTheWholeClassResetAfterEachTestAndStopsAfterIt() {
		StaticSample.baseUrls.clear();
		assertAllSucceeded(StaticSample.class, 2);
		assertThat(StaticSample.baseUrls).hasSize(1);
		assertStopped(StaticSample.baseUrls.iterator().next());
	}

	@Test
	void withResetAfterEachTestOffTheStateOfOneTestIsThereInTheNextButNotItsFaults() {
		KeepingStateSample.baseUrls.clear();
		assertAllSucceeded(KeepingStateSample.class, 2);
		assertThat(KeepingStateSample.baseUrls).hasSize(1);
		assertStopped(KeepingStateSample.baseUrls.iterator().next());
	}

	@Test
	void theSeedsOfTheBuilderAreAppliedAgainAfterEachTestWithTheSameIds() {
		SeededSample.organizationIds.clear();
		assertAllSucceeded(SeededSample.class, 2);
		assertThat(SeededSample.organizationIds).hasSize(2).containsOnly(SeededSample.organizationIds.get(0));
	}

	@Test
	void onAnInstanceFieldEachTestGetsItsOwnFake() {
		InstanceSample.baseUrls.clear();
		assertAllSucceeded(InstanceSample.class, 2);
		assertThat(InstanceSample.baseUrls).hasSize(2).doesNotHaveDuplicates();
		for (String baseUrl : InstanceSample.baseUrls) {
			assertStopped(baseUrl);
		}
	}

	@Test
	void aNestedClassSharesTheFakeOfItsEnclosingClassWithoutStoppingIt() {
		NestedSample.baseUrls.clear();
		assertAllSucceeded(NestedSample.class, 2);
		assertThat(NestedSample.baseUrls).hasSize(1);
		assertStopped(NestedSample.baseUrls.iterator().next());
	}

	@Test
	void withExtendWithTheFakeIsReachedThroughParameters() {
		ExtendWithSample.baseUrls.clear();
		assertAllSucceeded(ExtendWithSample.class, 1);
		assertStopped(ExtendWithSample.baseUrls.iterator().next());
	}

	private static CrateCloudClient client() {
		return CrateCloudClient.builder()
			.baseUrl(fake.baseUrl())
			.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
			.build();
	}

	/**
	 * Runs a sample class with JUnit's test kit: its tests in their order, each one's outcome
	 * recorded.
	 */
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
	 * Proves a fake stopped without binding its port again, which another process may have
	 * taken in the meantime: nothing answers there any more.
	 */
	private static void assertStopped(String baseUrl) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/organizations/")).build();
		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()));
	}

	private static HttpResponse<String> organizations(FakeCrateCloud fake) {
		return new FakeHttp(fake).send("GET", "/api/v2/organizations/", null);
	}

	/**
	 * Run by the test kit only: a static registration, two tests in order, the first leaving
	 * state, a journal and faults behind.
	 */
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class StaticSample {

		static final Set<String> baseUrls = ConcurrentHashMap.newKeySet();

		@RegisterExtension
		static FakeCrateCloudExtension fake = new FakeCrateCloudExtension();

		@Test
		@Order(1)
		void leavesStateAJournalAndFaultsBehind() {
			baseUrls.add(fake.baseUrl());
			fake.seed().organization("Acme");
			assertThat(organizations(fake.get()).body()).contains("Acme");
			fake.injectFault(Fault.status(500), 5);
		}

		@Test
		@Order(2)
		void findsTheFakeAsItStarted() {
			baseUrls.add(fake.baseUrl());
			assertThat(fake.requests()).isEmpty();
			HttpResponse<String> organizations = organizations(fake.get());
			assertThat(organizations.statusCode()).isEqualTo(200);
			assertThat(organizations.body()).isEqualTo("[]");
		}

	}

	/**
	 * Run by the test kit only: a static registration that keeps the state between tests.
	 */
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class KeepingStateSample {

		static final Set<String> baseUrls = ConcurrentHashMap.newKeySet();

		@RegisterExtension
		static FakeCrateCloudExtension fake = new FakeCrateCloudExtension().resetAfterEachTest(false);

		@Test
		@Order(1)
		void leavesStateAndFaultsBehind() {
			baseUrls.add(fake.baseUrl());
			fake.seed().organization("Acme");
			fake.injectFault(Fault.status(500), 5);
		}

		@Test
		@Order(2)
		void findsTheStateButNotTheFaults() {
			baseUrls.add(fake.baseUrl());
			assertThat(organizations(fake.get()).statusCode()).isEqualTo(200);
			assertThat(fake.get().requests()).singleElement()
				.satisfies((exchange) -> assertThat(exchange.responseBody()).contains("Acme"));
		}

	}

	/**
	 * Run by the test kit only: a static registration whose builder seeds the fake.
	 */
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class SeededSample {

		static final List<String> organizationIds = new ArrayList<>();

		@RegisterExtension
		static FakeCrateCloudExtension fake = new FakeCrateCloudExtension(
				FakeCrateCloud.builder().seed((seeder) -> seeder.organization("Acme")));

		@Test
		@Order(1)
		void findsTheSeedAndAddsToIt() {
			organizationIds.add(organizationIdOf("Acme"));
			fake.seed().organization("Globex");
			assertThat(organizations(fake.get()).body()).contains("Globex");
		}

		@Test
		@Order(2)
		void findsTheSeedAgainAndNothingElse() {
			organizationIds.add(organizationIdOf("Acme"));
			assertThat(organizations(fake.get()).body()).doesNotContain("Globex");
		}

		private static String organizationIdOf(String name) {
			String body = organizations(fake.get()).body();
			return JsonMapper.builder()
				.build()
				.readTree(body)
				.valueStream()
				.filter((organization) -> organization.get("name").asString().equals(name))
				.map((organization) -> organization.get("id").asString())
				.findFirst()
				.orElseThrow(() -> new AssertionError("no organization " + name + " in " + body));
		}

	}

	/**
	 * Run by the test kit only: an instance registration, a fresh fake for each test.
	 */
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class InstanceSample {

		static final List<String> baseUrls = new ArrayList<>();

		@RegisterExtension
		FakeCrateCloudExtension fake = new FakeCrateCloudExtension();

		@Test
		@Order(1)
		void seeds() {
			baseUrls.add(this.fake.baseUrl());
			this.fake.seed().organization("Acme");
		}

		@Test
		@Order(2)
		void findsNothingSeededByTheOtherTest(FakeCrateCloud injected) {
			assertThat(injected).isSameAs(this.fake.get());
			baseUrls.add(this.fake.baseUrl());
			assertThat(organizations(injected).body()).isEqualTo("[]");
		}

	}

	/**
	 * Run by the test kit only: a nested class inside a class with a static registration.
	 */
	static class NestedSample {

		static final Set<String> baseUrls = ConcurrentHashMap.newKeySet();

		@RegisterExtension
		static FakeCrateCloudExtension fake = new FakeCrateCloudExtension();

		@Test
		void outer() {
			baseUrls.add(fake.baseUrl());
		}

		@AfterAll
		static void stillRunningAfterTheNestedClass() {
			// @AfterAll methods run after the nested class and before the extension's after-all
			// callback: the nested class's end must not have stopped the fake.
			assertThat(organizations(fake.get()).statusCode()).isEqualTo(200);
		}

		@Nested
		class Inner {

			@BeforeEach
			void sameFake(FakeCrateCloud injected) {
				assertThat(injected).isSameAs(fake.get());
			}

			@Test
			void inner() {
				baseUrls.add(fake.baseUrl());
			}

		}

	}

	/**
	 * Run by the test kit only: a declarative registration, reached through a parameter.
	 */
	@ExtendWith(FakeCrateCloudExtension.class)
	static class ExtendWithSample {

		static final Set<String> baseUrls = ConcurrentHashMap.newKeySet();

		@Test
		void answers(FakeCrateCloud fake) {
			baseUrls.add(fake.baseUrl());
			assertThat(organizations(fake).statusCode()).isEqualTo(200);
		}

	}

}
