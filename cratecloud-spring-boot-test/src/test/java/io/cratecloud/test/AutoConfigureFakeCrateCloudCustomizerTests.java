package io.cratecloud.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.mockito.Mockito.mock;

/**
 * How {@link AutoConfigureFakeCrateCloud} is turned into a context customizer, what the
 * customizer does to a context, and the test execution listener that clears faults.
 */
class AutoConfigureFakeCrateCloudCustomizerTests {

	private final FakeCrateCloudContextCustomizerFactory factory = new FakeCrateCloudContextCustomizerFactory();

	@Test
	void aTestClassWithoutTheAnnotationGetsNoCustomizer() {
		assertThat(customizerFor(NotAnnotated.class)).isNull();
	}

	@Test
	void theAnnotationIsFoundOnSuperclassesAndEnclosingClasses() {
		assertThat(customizerFor(Subclass.class)).isEqualTo(customizerFor(Defaults.class));
		assertThat(customizerFor(Defaults.Inner.class)).isEqualTo(customizerFor(Defaults.class));
	}

	@Test
	void equalAttributesMakeEqualCustomizersSoThatContextsAreShared() {
		ContextCustomizer defaults = customizerFor(Defaults.class);
		ContextCustomizer sameDefaults = customizerFor(SameDefaults.class);
		assertThat(defaults).isEqualTo(sameDefaults).hasSameHashCodeAs(sameDefaults);
		assertThat(customizerFor(SameDurationsOtherwiseWritten.class)).isEqualTo(defaults);
	}

	@Test
	void anyOtherAttributeMakesAnotherCustomizer() {
		ContextCustomizer defaults = customizerFor(Defaults.class);
		for (Class<?> testClass : List.of(OtherStep.class, ManualClock.class, Redirect.class, OtherPollInterval.class,
				OtherEmail.class, FixedCredentials.class)) {
			assertThat(customizerFor(testClass)).as(testClass.getSimpleName()).isNotEqualTo(defaults);
		}
		assertThat(customizerFor(FixedCredentials.class)).isNotEqualTo(customizerFor(OtherSecret.class));
	}

	@Test
	void toStringShowsTheAttributesButNeverTheSecret() {
		assertThat(customizerFor(FixedCredentials.class)).asString()
			.contains("apiKey=fixed-key")
			.contains("apiSecret=******")
			.doesNotContain("s3cr3t");
		assertThat(customizerFor(Defaults.class)).asString()
			.contains("operationStep=PT0.25S")
			.contains("pollInterval=PT0.1S")
			.contains("apiSecret=(generated)");
	}

	@Test
	void durationsAreReadAsInSpringBootsProperties() {
		assertThat(FakeCrateCloudContextCustomizerFactory.duration("250ms", "a")).isEqualTo(Duration.ofMillis(250));
		assertThat(FakeCrateCloudContextCustomizerFactory.duration("250", "a")).isEqualTo(Duration.ofMillis(250));
		assertThat(FakeCrateCloudContextCustomizerFactory.duration("2s", "a")).isEqualTo(Duration.ofSeconds(2));
		assertThat(FakeCrateCloudContextCustomizerFactory.duration(" 3M ", "a")).isEqualTo(Duration.ofMinutes(3));
		assertThat(FakeCrateCloudContextCustomizerFactory.duration("1h", "a")).isEqualTo(Duration.ofHours(1));
		assertThat(FakeCrateCloudContextCustomizerFactory.duration("1d", "a")).isEqualTo(Duration.ofDays(1));
		assertThat(FakeCrateCloudContextCustomizerFactory.duration("PT0.5S", "a")).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void anAttributeThatIsNotADurationIsRefusedNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> customizerFor(BadStep.class))
			.withMessageContaining("operationStep = \"fast\"")
			.withMessageContaining("250ms");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FakeCrateCloudContextCustomizerFactory.duration("-1s", "pollInterval"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FakeCrateCloudContextCustomizerFactory.duration("PT-1S", "pollInterval"));
	}

	@Test
	void theCustomizerRegistersTheFakePointsThePropertiesAtItAndClosesItWithTheContext() throws IOException {
		GenericApplicationContext context = new GenericApplicationContext();
		customizerFor(OtherPollInterval.class).customizeContext(context, mock(MergedContextConfiguration.class));
		context.refresh();
		FakeCrateCloud fake = context.getBean(FakeCrateCloud.class);
		assertThat(context.getBeanNamesForType(FakeCrateCloud.class)).containsExactly("fakeCrateCloud");
		assertThat(context.getEnvironment().getProperty("cratecloud.base-url")).isEqualTo(fake.baseUrl());
		assertThat(context.getEnvironment().getProperty("cratecloud.api-key")).isEqualTo(fake.apiKey());
		assertThat(context.getEnvironment().getProperty("cratecloud.api-secret")).isEqualTo(fake.apiSecret());
		assertThat(context.getEnvironment().getProperty("cratecloud.operations.poll-interval")).isEqualTo("300ms");
		assertThat(new FakeHttp(fake).send("GET", "/api/v2/organizations/", null).statusCode()).isEqualTo(200);
		int port = fake.port();
		context.close();
		try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

	@Test
	void thePropertiesComeRightAfterTheTestsInlinedPropertiesAndBeforeEverythingElse() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("application", java.util.Map.of("cratecloud.api-key", "real-key")));
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "cratecloud.operations.poll-interval=5s");
		customizerFor(Defaults.class).customizeContext(context, mock(MergedContextConfiguration.class));
		try {
			context.refresh();
			assertThat(context.getEnvironment().getPropertySources().stream().map((source) -> source.getName()))
				.containsSubsequence(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "fakeCrateCloud",
						"application");
			assertThat(context.getEnvironment().getProperty("cratecloud.operations.poll-interval")).isEqualTo("5s");
			assertThat(context.getEnvironment().getProperty("cratecloud.api-key"))
				.isEqualTo(context.getBean(FakeCrateCloud.class).apiKey());
		}
		finally {
			context.close();
		}
	}

	@Test
	void faultsLeftByOneTestMethodAreClearedBeforeTheNext() {
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create()
			.execute(LauncherDiscoveryRequestBuilder.request()
				.selectors(selectClass(LeftoverFaultsSample.class))
				.build(), listener);
		TestExecutionSummary summary = listener.getSummary();
		summary.getFailures().forEach((failure) -> failure.getException().printStackTrace());
		assertThat(summary.getFailures()).isEmpty();
		assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
	}

	private ContextCustomizer customizerFor(Class<?> testClass) {
		return this.factory.createContextCustomizer(testClass, List.of());
	}

	static class NotAnnotated {

	}

	@AutoConfigureFakeCrateCloud
	static class Defaults {

		@Nested
		class Inner {

		}

	}

	static class Subclass extends Defaults {

	}

	@AutoConfigureFakeCrateCloud
	static class SameDefaults {

	}

	@AutoConfigureFakeCrateCloud(operationStep = "PT0.25S", pollInterval = "100")
	static class SameDurationsOtherwiseWritten {

	}

	@AutoConfigureFakeCrateCloud(operationStep = "1s")
	static class OtherStep {

	}

	@AutoConfigureFakeCrateCloud(operationStep = "fast")
	static class BadStep {

	}

	@AutoConfigureFakeCrateCloud(manualClock = true)
	static class ManualClock {

	}

	@AutoConfigureFakeCrateCloud(unauthenticatedResponse = UnauthenticatedResponse.LOGIN_REDIRECT)
	static class Redirect {

	}

	@AutoConfigureFakeCrateCloud(pollInterval = "300ms")
	static class OtherPollInterval {

	}

	@AutoConfigureFakeCrateCloud(userEmail = "ada@example.com")
	static class OtherEmail {

	}

	@AutoConfigureFakeCrateCloud(apiKey = "fixed-key", apiSecret = "s3cr3t")
	static class FixedCredentials {

	}

	@AutoConfigureFakeCrateCloud(apiKey = "fixed-key", apiSecret = "another")
	static class OtherSecret {

	}

	/**
	 * Run by the launcher only: the first test leaves faults behind in the fake of the cached
	 * context; the second must not meet them.
	 */
	@SpringBootTest(classes = AutoConfigureFakeCrateCloudTests.Application.class,
			webEnvironment = WebEnvironment.NONE)
	@AutoConfigureFakeCrateCloud(userEmail = "leftover.faults@example.com")
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class LeftoverFaultsSample {

		@Autowired
		private FakeCrateCloud fake;

		@Test
		@Order(1)
		void leavesFaultsBehind() {
			this.fake.injectFault(Fault.status(500), 5);
		}

		@Test
		@Order(2)
		void doesNotMeetThem() {
			assertThat(new FakeHttp(this.fake).send("GET", "/api/v2/organizations/", null).statusCode())
				.isEqualTo(200);
		}

	}

}
