package io.cratecloud.sample.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the sample in demo mode when no CrateDB Cloud API key is configured: starts a
 * {@link DemoCrateCloud built-in fake CrateDB Cloud}, seeded with a demo organization,
 * project and clusters, and points {@code cratecloud.base-url}, {@code cratecloud.api-key}
 * and {@code cratecloud.api-secret} at it. With a key configured (the
 * {@code cratecloud.api-key} property or the {@code CRATECLOUD_APIKEY} environment
 * variable) it does nothing and the sample talks to the real service.
 * <p>
 * {@code sample.demo.operation-step} (default 1.5 s) sets how long each step of a cluster
 * change takes in the fake, slow enough for a person to watch a change progress.
 * <p>
 * Demo mode also watches every seeded cluster ({@code management.health.cratecloud.clusters}), so that
 * {@code /actuator/health} shows each of them beside the API check, and reuses a health result
 * for a second only ({@code management.health.cratecloud.cache-ttl}). Its properties come last: any that
 * is configured explicitly wins.
 */
public class DemoModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

	/**
	 * Name of the property source that points the client at the fake.
	 */
	public static final String PROPERTY_SOURCE_NAME = "cratecloudDemoMode";

	/**
	 * Property that is {@code true} while the sample runs in demo mode.
	 */
	public static final String ACTIVE_PROPERTY = "sample.demo.active";

	/**
	 * Property of the clusters that the starter reports in {@code /actuator/health}; demo
	 * mode sets it to the seeded clusters.
	 */
	static final String WATCHED_CLUSTERS_PROPERTY = "management.health.cratecloud.clusters";

	private static final Duration DEFAULT_OPERATION_STEP = Duration.ofMillis(1500);

	private static final String DEMO_HEALTH_CACHE_TTL = "1s";

	private final Log logger;

	/**
	 * Create the post-processor.
	 * @param logFactory the factory of a log that is written once logging is set up
	 */
	public DemoModeEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(DemoModeEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		Binder binder = Binder.get(environment);
		// Bound through Boot's relaxed names, so CRATECLOUD_APIKEY counts as well. A blank key
		// counts too: the starter then says which property to set, rather than the sample
		// quietly running against the fake.
		if (binder.bind("cratecloud.api-key", String.class).isBound()) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		// Every demo cluster in /actuator/health (and in the gauges). A condition of the
		// starter reads this property, so it is set during ahead-of-time processing too: the
		// generated code then holds the per-cluster health, as the application in demo mode
		// needs it.
		properties.put(WATCHED_CLUSTERS_PROPERTY, String.join(",", DemoCrateCloud.CLUSTERS));
		// Ahead-of-time processing (the build) only inspects the application: starting a
		// server there would leave it running in the build's process. No condition depends on
		// the other properties.
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
			return;
		}
		Duration operationStep = binder.bind("sample.demo.operation-step", Duration.class)
			.orElse(DEFAULT_OPERATION_STEP);
		DemoCrateCloud demo = DemoCrateCloud.start(operationStep);
		// Closes the fake with the application context, or when start-up fails.
		application.addListeners(demo);
		properties.put("cratecloud.base-url", demo.baseUrl());
		properties.put("cratecloud.api-key", demo.apiKey());
		properties.put("cratecloud.api-secret", demo.apiSecret());
		// The fake is local: reusing a health result for a second only costs nothing, and the
		// page's health column then follows a change as soon as it has finished.
		properties.put("management.health.cratecloud.cache-ttl", DEMO_HEALTH_CACHE_TTL);
		properties.put(ACTIVE_PROPERTY, true);
		// Last: anything configured explicitly wins, including what a test adds once the
		// environment is prepared (@DynamicPropertySource, @AutoConfigureFakeCrateCloud).
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		this.logger.warn("No CrateDB Cloud API key configured: running in demo mode against a built-in fake "
				+ "CrateDB Cloud at " + demo.baseUrl() + ". To use the real service, set CRATECLOUD_APIKEY and "
				+ "CRATECLOUD_APISECRET.");
	}

}
