package io.cratecloud.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * {@link FakeCrateCloudExtension} as JUnit drives it: this class uses it as a user would, and
 * the sample classes below are run by a JUnit launcher so that what happens after their last
 * test (the fake stopped, its port free) can be checked too.
 */
class FakeCrateCloudExtensionTests {

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	@RegisterExtension
	static FakeCrateCloudExtension fake = new FakeCrateCloudExtension(FakeCrateCloud.builder().manualClock(START));

	private static SeededOrganization acme;

	@BeforeAll
	static void seed(FakeCrateCloud injected) {
		assertThat(injected).isSameAs(fake.get());
		acme = injected.seed().organization("Acme");
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
	void stateSeededBeforeAllTestsIsReadThroughTheClient() {
		assertThat(client().organizations().get(acme.id()).name()).isEqualTo("Acme");
	}

	@Test
	void theExtensionDelegatesToTheRunningFake() {
		fake.seed().organization("Globex");
		fake.clearRequests();
		Organization initech = client().organizations().create(OrganizationCreateRequest.named("Initech"));
		assertThat(initech.dc().created()).isEqualTo(START);
		fake.advance(Duration.ofMinutes(5));
		assertThat(client().organizations().create(OrganizationCreateRequest.named("Umbrella")).dc().created())
			.isEqualTo(initech.dc().created().plus(Duration.ofMinutes(5)));
		assertThat(fake.requests()).extracting(RecordedExchange::status).containsExactly(201, 201);

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
	}

	@Test
	void theRunningFakeIsNotAvailableOutsideTheTests() {
		FakeCrateCloudExtension notStarted = new FakeCrateCloudExtension();
		assertThatIllegalStateException().isThrownBy(notStarted::get).withMessageContaining("@RegisterExtension");
		assertThatIllegalStateException().isThrownBy(notStarted::baseUrl);
		assertThat(notStarted).hasToString("FakeCrateCloudExtension[not running]");
	}

	@Test
	void onAStaticFieldOneFakeServesTheWholeClassWithoutTheFaultsOfEarlierTestsAndStopsAfterIt()
			throws IOException {
		StaticSample.ports.clear();
		TestExecutionSummary summary = run(StaticSample.class);
		assertThat(summary.getFailures()).isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		assertThat(StaticSample.ports).hasSize(1);
		assertStopped(StaticSample.ports.iterator().next());
	}

	@Test
	void onAnInstanceFieldEachTestGetsItsOwnFake() throws IOException {
		InstanceSample.ports.clear();
		TestExecutionSummary summary = run(InstanceSample.class);
		assertThat(summary.getFailures()).isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		assertThat(InstanceSample.ports).hasSize(2);
		for (int port : InstanceSample.ports) {
			assertStopped(port);
		}
	}

	@Test
	void aNestedClassSharesTheFakeOfItsEnclosingClassWithoutStoppingIt() throws IOException {
		NestedSample.ports.clear();
		TestExecutionSummary summary = run(NestedSample.class);
		assertThat(summary.getFailures()).isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
		assertThat(NestedSample.ports).hasSize(1);
		assertStopped(NestedSample.ports.iterator().next());
	}

	@Test
	void withExtendWithTheFakeIsReachedThroughParameters() throws IOException {
		ExtendWithSample.ports.clear();
		TestExecutionSummary summary = run(ExtendWithSample.class);
		assertThat(summary.getFailures()).isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
		assertStopped(ExtendWithSample.ports.iterator().next());
	}

	private static CrateCloudClient client() {
		return CrateCloudClient.builder()
			.baseUrl(fake.baseUrl())
			.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
			.build();
	}

	private static TestExecutionSummary run(Class<?> testClass) {
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(testClass))
			.build();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create().execute(request, listener);
		TestExecutionSummary summary = listener.getSummary();
		summary.getFailures()
			.forEach((failure) -> failure.getException().printStackTrace());
		return summary;
	}

	private static void assertStopped(int port) throws IOException {
		try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

	private static int organizationsStatus(FakeCrateCloud fake) {
		return new FakeHttp(fake).send("GET", "/api/v2/organizations/", null).statusCode();
	}

	/**
	 * Run by the launcher only: a static registration, two tests in order, the first leaving
	 * faults behind.
	 */
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class StaticSample {

		static final Set<Integer> ports = ConcurrentHashMap.newKeySet();

		@RegisterExtension
		static FakeCrateCloudExtension fake = new FakeCrateCloudExtension();

		@Test
		@Order(1)
		void leavesFaultsBehind() {
			ports.add(fake.port());
			fake.seed().organization("Acme");
			fake.injectFault(Fault.status(500), 5);
		}

		@Test
		@Order(2)
		void findsTheStateButNotTheFaults() {
			ports.add(fake.port());
			assertThat(organizationsStatus(fake.get())).isEqualTo(200);
			assertThat(fake.get().requests()).singleElement()
				.satisfies((exchange) -> assertThat(exchange.responseBody()).contains("Acme"));
		}

	}

	/**
	 * Run by the launcher only: an instance registration, a fresh fake for each test.
	 */
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class InstanceSample {

		static final List<Integer> ports = new ArrayList<>();

		@RegisterExtension
		FakeCrateCloudExtension fake = new FakeCrateCloudExtension();

		@Test
		@Order(1)
		void seeds() {
			ports.add(this.fake.port());
			this.fake.seed().organization("Acme");
		}

		@Test
		@Order(2)
		void findsNothingSeededByTheOtherTest(FakeCrateCloud injected) {
			assertThat(injected).isSameAs(this.fake.get());
			ports.add(this.fake.port());
			assertThat(new FakeHttp(injected).send("GET", "/api/v2/organizations/", null).body()).isEqualTo("[]");
		}

	}

	/**
	 * Run by the launcher only: a nested class inside a class with a static registration.
	 */
	static class NestedSample {

		static final Set<Integer> ports = ConcurrentHashMap.newKeySet();

		@RegisterExtension
		static FakeCrateCloudExtension fake = new FakeCrateCloudExtension();

		@Test
		void outer() {
			ports.add(fake.port());
		}

		@AfterAll
		static void stillRunningAfterTheNestedClass() {
			// @AfterAll methods run after the nested class and before the extension's after-all
			// callback: the nested class's end must not have stopped the fake.
			assertThat(organizationsStatus(fake.get())).isEqualTo(200);
		}

		@Nested
		class Inner {

			@BeforeEach
			void sameFake(FakeCrateCloud injected) {
				assertThat(injected).isSameAs(fake.get());
			}

			@Test
			void inner() {
				ports.add(fake.port());
			}

		}

	}

	/**
	 * Run by the launcher only: a declarative registration, reached through a parameter.
	 */
	@ExtendWith(FakeCrateCloudExtension.class)
	static class ExtendWithSample {

		static final Set<Integer> ports = ConcurrentHashMap.newKeySet();

		@Test
		void answers(FakeCrateCloud fake) {
			ports.add(fake.port());
			assertThat(organizationsStatus(fake)).isEqualTo(200);
		}

	}

}
