package io.cratecloud.sample.demo;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.aot.AotDetector;
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
 * for a second only ({@code management.health.cratecloud.cache-ttl}).
 * <p>
 * It declares the seeded organization, project and clusters as the application's estate
 * ({@code cratecloud.estate.*}), exactly as seeded: start-up logs its plan
 * ({@code cratecloud.estate.mode=plan}, reads only), and it is planned again every
 * {@value #DEMO_CHECK_INTERVAL}, so that a cluster changed by hand on the page shows as drift
 * there. The clusters' admin password, needed only to plan the creation of a declared cluster
 * that was deleted, is made up at start and never shown.
 * <p>
 * Its properties come last: any that is configured explicitly wins.
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

	/**
	 * How often demo mode plans its estate again; also how long the page reuses a plan.
	 */
	static final String DEMO_CHECK_INTERVAL = "5s";

	/**
	 * Property that holds the admin password of the demo's declared clusters, named by their
	 * {@code password-from}.
	 */
	static final String CLUSTER_PASSWORD_PROPERTY = "sample.demo.cluster-password";

	private static final String PASSWORD_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int PASSWORD_LENGTH = 32;

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
		// the other properties but the estate's, which are left out here: the seeded
		// organization's id exists only once the fake runs, so the AOT-processed application
		// declares no estate (and its page says how to declare one).
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
		// Generated code was processed without the estate: declaring it now would only leave
		// properties that nothing reads.
		if (!AotDetector.useGeneratedArtifacts()) {
			declareEstate(properties, demo.organizationId());
		}
		// Last: anything configured explicitly wins, including what a test adds once the
		// environment is prepared (@DynamicPropertySource, @AutoConfigureFakeCrateCloud).
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		this.logger.warn("No CrateDB Cloud API key configured: running in demo mode against a built-in fake "
				+ "CrateDB Cloud at " + demo.baseUrl() + ". To use the real service, set CRATECLOUD_APIKEY and "
				+ "CRATECLOUD_APISECRET.");
	}

	/**
	 * Declare the seeded organization, project and clusters as the estate, exactly as seeded,
	 * so that the plan is empty until something changes. The project's region is left out:
	 * the project exists, and a declared region costs every plan a read of the regions.
	 */
	private static void declareEstate(Map<String, Object> properties, String organizationId) {
		// Plan, not apply: start-up logs the plan and changes nothing.
		properties.put("cratecloud.estate.mode", "plan");
		properties.put("cratecloud.estate.organization", organizationId);
		// Short, so that drift (a cluster scaled on the page) shows within seconds; the fake
		// is local, and a plan is three list requests.
		properties.put("cratecloud.estate.check-interval", DEMO_CHECK_INTERVAL);
		String project = "cratecloud.estate.projects[0]";
		properties.put(project + ".name", DemoCrateCloud.PROJECT);
		for (int i = 0; i < DemoCrateCloud.SEEDED_CLUSTERS.size(); i++) {
			DemoCrateCloud.DemoCluster cluster = DemoCrateCloud.SEEDED_CLUSTERS.get(i);
			String prefix = project + ".clusters[" + i + "]";
			properties.put(prefix + ".name", cluster.name());
			properties.put(prefix + ".tier", cluster.tier());
			properties.put(prefix + ".product", cluster.product());
			properties.put(prefix + ".nodes", cluster.nodes());
			properties.put(prefix + ".crate-version", DemoCrateCloud.CRATE_VERSION);
			properties.put(prefix + ".suspended", cluster.suspended());
			properties.put(prefix + ".password-from", CLUSTER_PASSWORD_PROPERTY);
		}
		// Made up at each start: only planning the creation of a deleted cluster reads it (the
		// fake takes any password), and it is never logged or shown.
		properties.put(CLUSTER_PASSWORD_PROPERTY, password());
	}

	private static String password() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
		for (int i = 0; i < PASSWORD_LENGTH; i++) {
			password.append(PASSWORD_CHARACTERS.charAt(random.nextInt(PASSWORD_CHARACTERS.length())));
		}
		return password.toString();
	}

}
