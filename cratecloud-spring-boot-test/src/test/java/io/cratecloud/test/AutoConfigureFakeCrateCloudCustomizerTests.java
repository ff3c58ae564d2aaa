package io.cratecloud.test;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cratecloud.autoconfigure.CrateCloudConnectionDetails;
import io.cratecloud.client.CrateCloudCredentials;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;

/**
 * How {@link AutoConfigureFakeCrateCloud} is turned into a context customizer, and what the
 * customizer does to a context: the fake as a bean, its connection details, the poll interval
 * property, the seed beans. What the
 * test execution listener does between test methods is in
 * {@link AutoConfigureFakeCrateCloudResetTests}.
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
				OtherEmail.class, FixedCredentials.class, KeepsState.class)) {
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
			.contains("apiSecret=(generated)")
			.contains("resetAfterEachTest=true");
		assertThat(customizerFor(KeepsState.class)).asString().contains("resetAfterEachTest=false");
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
	void theCustomizerRegistersTheFakeAndItsConnectionDetailsAndClosesItWithTheContext() {
		GenericApplicationContext context = new GenericApplicationContext();
		customizerFor(OtherPollInterval.class).customizeContext(context, mock(MergedContextConfiguration.class));
		context.refresh();
		FakeCrateCloud fake = context.getBean(FakeCrateCloud.class);
		assertThat(context.getBeanNamesForType(FakeCrateCloud.class)).containsExactly("fakeCrateCloud");
		assertThat(context.getBeanNamesForType(CrateCloudConnectionDetails.class))
			.containsExactly("fakeCrateCloudConnectionDetails");
		CrateCloudConnectionDetails details = context.getBean(CrateCloudConnectionDetails.class);
		assertThat(details.getBaseUrl()).isEqualTo(fake.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(details.getCredentials()).isEqualTo(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()));
		assertThat(details).asString().contains(fake.baseUrl()).doesNotContain(fake.apiSecret());
		// The connection is the details' business: no connection property is set.
		assertThat(context.getEnvironment().getProperty("cratecloud.base-url")).isNull();
		assertThat(context.getEnvironment().getProperty("cratecloud.api-key")).isNull();
		assertThat(context.getEnvironment().getProperty("cratecloud.api-secret")).isNull();
		assertThat(context.getEnvironment().getProperty("cratecloud.operations.poll-interval")).isEqualTo("300ms");
		assertThat(new FakeHttp(fake).send("GET", "/api/v2/organizations/", null).statusCode()).isEqualTo(200);
		context.close();
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> new FakeHttp(fake).send("GET", "/api/v2/organizations/", null))
			.withCauseInstanceOf(ConnectException.class);
	}

	@Test
	void seedBeansAreAppliedInTheirOrderBeforeAnyOtherBeanIsCreatedAndAgainAfterEachReset() {
		GenericApplicationContext context = new GenericApplicationContext();
		List<String> seenByTheFirstBean = new ArrayList<>();
		// Registered before the seeds, and with them in the wrong order: the order is @Order's.
		context.registerBean("application", StartUpObserver.class, () -> {
			FakeCrateCloud fake = context.getBean(FakeCrateCloud.class);
			seenByTheFirstBean.addAll(organizationNames(fake));
			return new StartUpObserver();
		});
		context.registerBean("second", FakeCrateCloudSeed.class, () -> new OrderedSeed(2, "Globex"));
		context.registerBean("first", FakeCrateCloudSeed.class, () -> new OrderedSeed(1, "Acme"));
		customizerFor(Defaults.class).customizeContext(context, mock(MergedContextConfiguration.class));
		try {
			context.refresh();
			FakeCrateCloud fake = context.getBean(FakeCrateCloud.class);
			assertThat(seenByTheFirstBean).containsExactly("Acme", "Globex");
			List<String> ids = organizations(fake, "id");

			fake.seed().organization("Initech");
			fake.reset();

			assertThat(organizationNames(fake)).containsExactly("Acme", "Globex");
			assertThat(organizations(fake, "id")).isEqualTo(ids);
		}
		finally {
			context.close();
		}
	}

	@Test
	void seedBeansAreAppliedBeforeThePostProcessorsTheApplicationDeclares() {
		GenericApplicationContext context = new GenericApplicationContext();
		List<String> seenByThePostProcessor = new ArrayList<>();
		RootBeanDefinition postProcessor = new RootBeanDefinition(BeanFactoryPostProcessor.class,
				() -> (BeanFactoryPostProcessor) (beanFactory) -> seenByThePostProcessor
					.addAll(organizationNames(beanFactory.getBean(FakeCrateCloud.class))));
		context.registerBeanDefinition("applicationsPostProcessor", postProcessor);
		context.registerBean("seed", FakeCrateCloudSeed.class, () -> (seeder) -> seeder.organization("Acme"));
		customizerFor(Defaults.class).customizeContext(context, mock(MergedContextConfiguration.class));
		try {
			context.refresh();
			assertThat(seenByThePostProcessor).containsExactly("Acme");
		}
		finally {
			context.close();
		}
	}

	@Test
	void thePollIntervalComesRightAfterTheTestsInlinedPropertiesAndBeforeEverythingElse() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("application", Map.of("cratecloud.api-key", "real-key",
					"cratecloud.operations.poll-interval", "10s")));
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "cratecloud.api-secret=test-secret");
		customizerFor(Defaults.class).customizeContext(context, mock(MergedContextConfiguration.class));
		try {
			context.refresh();
			assertThat(context.getEnvironment().getPropertySources().stream().map((source) -> source.getName()))
				.containsSubsequence(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "fakeCrateCloud",
						"application");
			assertThat(context.getEnvironment().getProperty("cratecloud.operations.poll-interval")).isEqualTo("100ms");
			// Left as they are: the connection details, not the properties, point at the fake.
			assertThat(context.getEnvironment().getProperty("cratecloud.api-key")).isEqualTo("real-key");
			assertThat(context.getEnvironment().getProperty("cratecloud.api-secret")).isEqualTo("test-secret");
			FakeCrateCloud fake = context.getBean(FakeCrateCloud.class);
			assertThat(context.getBean(CrateCloudConnectionDetails.class).getCredentials())
				.isEqualTo(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()));
		}
		finally {
			context.close();
		}
	}

	@Test
	void theTestsInlinedPollIntervalWins() {
		GenericApplicationContext context = new GenericApplicationContext();
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "cratecloud.operations.poll-interval=5s");
		customizerFor(Defaults.class).customizeContext(context, mock(MergedContextConfiguration.class));
		try {
			context.refresh();
			assertThat(context.getEnvironment().getProperty("cratecloud.operations.poll-interval")).isEqualTo("5s");
		}
		finally {
			context.close();
		}
	}

	@Test
	void theFakesConnectionDetailsWinOverOnesTheApplicationDeclares() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean("vaultConnectionDetails", CrateCloudConnectionDetails.class,
				() -> () -> CrateCloudCredentials.of("vault-key", "vault-secret"));
		customizerFor(Defaults.class).customizeContext(context, mock(MergedContextConfiguration.class));
		try {
			context.refresh();
			FakeCrateCloud fake = context.getBean(FakeCrateCloud.class);
			CrateCloudConnectionDetails details = context.getBean(CrateCloudConnectionDetails.class);
			assertThat(details.getBaseUrl()).isEqualTo(fake.baseUrl());
			assertThat(details.getCredentials().apiKey()).isEqualTo(fake.apiKey());
		}
		finally {
			context.close();
		}
	}

	@Test
	void withoutTheAutoConfigurationOnTheClassPathOnlyTheFakeIsRegistered() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setClassLoader(new FilteredClassLoader(CrateCloudConnectionDetails.class));
		customizerFor(Defaults.class).customizeContext(context, mock(MergedContextConfiguration.class));
		try {
			context.refresh();
			assertThat(context.getBeanNamesForType(FakeCrateCloud.class)).containsExactly("fakeCrateCloud");
			assertThat(context.containsBean("fakeCrateCloudConnectionDetails")).isFalse();
			assertThat(context.getEnvironment().getProperty("cratecloud.operations.poll-interval")).isEqualTo("100ms");
		}
		finally {
			context.close();
		}
	}

	private ContextCustomizer customizerFor(Class<?> testClass) {
		return this.factory.createContextCustomizer(testClass, List.of());
	}

	private static List<String> organizationNames(FakeCrateCloud fake) {
		return organizations(fake, "name");
	}

	/**
	 * A field of each organization the fake lists, in its order.
	 */
	private static List<String> organizations(FakeCrateCloud fake, String field) {
		JsonNode organizations = JsonMapper.builder()
			.build()
			.readTree(new FakeHttp(fake).send("GET", "/api/v2/organizations/", null).body());
		List<String> values = new ArrayList<>();
		organizations.forEach((organization) -> values.add(organization.get(field).asString()));
		return values;
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

	@AutoConfigureFakeCrateCloud(resetAfterEachTest = false)
	static class KeepsState {

	}

	/**
	 * A bean of the application, created by the context like any other.
	 */
	static class StartUpObserver {

	}

	/**
	 * A seed with an order, which creates one organization.
	 */
	record OrderedSeed(int order, String organization) implements FakeCrateCloudSeed, Ordered {

		@Override
		public void seed(Seeder seeder) {
			seeder.organization(this.organization);
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

}
