package io.cratecloud.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.ClassUtils;

/**
 * Starts a {@link FakeCrateCloud} for an application context, registers it as a bean, points
 * the starter at it with its {@code CrateCloudConnectionDetails} bean (when the starter's
 * auto-configuration is on the class path), adds the {@code cratecloud.operations.poll-interval}
 * property, and has the context's {@link FakeCrateCloudSeed} beans applied to it before the
 * other beans are created. Equal for equal attributes of {@link AutoConfigureFakeCrateCloud},
 * as the test context cache needs: the fake itself is started only when a context is created,
 * so it is not part of the cache key.
 */
final class FakeCrateCloudContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "fakeCrateCloud";

	static final String PROPERTY_SOURCE_NAME = "fakeCrateCloud";

	/** Named, not referenced: the auto-configuration is an optional dependency. */
	static final String CONNECTION_DETAILS_CLASS = "io.cratecloud.autoconfigure.CrateCloudConnectionDetails";

	private final Duration operationStep;

	private final boolean manualClock;

	private final UnauthenticatedResponse unauthenticatedResponse;

	private final Duration pollInterval;

	private final String userEmail;

	private final @Nullable String apiKey;

	private final @Nullable String apiSecret;

	private final boolean resetAfterEachTest;

	FakeCrateCloudContextCustomizer(Duration operationStep, boolean manualClock,
			UnauthenticatedResponse unauthenticatedResponse, Duration pollInterval, String userEmail,
			@Nullable String apiKey, @Nullable String apiSecret, boolean resetAfterEachTest) {
		this.operationStep = operationStep;
		this.manualClock = manualClock;
		this.unauthenticatedResponse = unauthenticatedResponse;
		this.pollInterval = pollInterval;
		this.userEmail = userEmail;
		this.apiKey = apiKey;
		this.apiSecret = apiSecret;
		this.resetAfterEachTest = resetAfterEachTest;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		FakeCrateCloud fake = start();
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, fake);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			// Destroyed in reverse order of registration: after the application's beans, which
			// may still call the API while they shut down.
			registry.registerDisposableBean(BEAN_NAME, fake::close);
		}
		else {
			context.addApplicationListener((event) -> {
				if (event instanceof ContextClosedEvent) {
					fake.close();
				}
			});
		}
		if (ClassUtils.isPresent(CONNECTION_DETAILS_CLASS, context.getClassLoader())) {
			FakeCrateCloudConnectionDetails.register(beanFactory, fake);
		}
		addProperties(context);
		context.addBeanFactoryPostProcessor(new FakeCrateCloudSeedsPostProcessor(fake, context.getEnvironment()));
	}

	private FakeCrateCloud start() {
		FakeCrateCloud.Builder builder = FakeCrateCloud.builder()
			.operationStep(this.operationStep)
			.unauthenticatedResponse(this.unauthenticatedResponse)
			.userEmail(this.userEmail);
		if (this.manualClock) {
			builder.manualClock();
		}
		if (this.apiKey != null) {
			builder.apiKey(this.apiKey);
		}
		if (this.apiSecret != null) {
			builder.apiSecret(this.apiSecret);
		}
		return builder.start();
	}

	private void addProperties(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("cratecloud.operations.poll-interval", this.pollInterval.toMillis() + "ms");
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		// Below the test's own inlined properties, so that a test can still override one, and
		// above everything else, the application's configuration included.
		String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
		if (sources.contains(inlined)) {
			sources.addAfter(inlined, source);
		}
		else {
			sources.addFirst(source);
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || getClass() != other.getClass()) {
			return false;
		}
		FakeCrateCloudContextCustomizer that = (FakeCrateCloudContextCustomizer) other;
		return this.manualClock == that.manualClock && this.operationStep.equals(that.operationStep)
				&& this.unauthenticatedResponse == that.unauthenticatedResponse
				&& this.pollInterval.equals(that.pollInterval) && this.userEmail.equals(that.userEmail)
				&& Objects.equals(this.apiKey, that.apiKey) && Objects.equals(this.apiSecret, that.apiSecret)
				&& this.resetAfterEachTest == that.resetAfterEachTest;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.operationStep, this.manualClock, this.unauthenticatedResponse, this.pollInterval,
				this.userEmail, this.apiKey, this.apiSecret, this.resetAfterEachTest);
	}

	@Override
	public String toString() {
		// Shown in the context cache's logs: never the secret.
		return "FakeCrateCloudContextCustomizer[operationStep=" + this.operationStep + ", manualClock="
				+ this.manualClock + ", unauthenticatedResponse=" + this.unauthenticatedResponse + ", pollInterval="
				+ this.pollInterval + ", userEmail=" + this.userEmail + ", apiKey="
				+ ((this.apiKey != null) ? this.apiKey : "(generated)") + ", apiSecret="
				+ ((this.apiSecret != null) ? "******" : "(generated)") + ", resetAfterEachTest="
				+ this.resetAfterEachTest + "]";
	}

}
