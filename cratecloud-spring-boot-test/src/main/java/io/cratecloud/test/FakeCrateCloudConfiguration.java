package io.cratecloud.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import io.cratecloud.autoconfigure.CrateCloudConnectionDetails;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Runs an application on a {@link FakeCrateCloud} rather than the real service, for a local
 * run without an account, as Spring Boot runs an application on Testcontainers' services: a
 * class beside the tests starts the application's own {@code main} with this configuration
 * added,
 * <pre class="code">
 * public class TestMyApplication {
 *
 *     public static void main(String[] args) {
 *         SpringApplication.from(MyApplication::main).with(FakeCrateCloudConfiguration.class).run(args);
 *     }
 *
 * }
 * </pre>
 * and {@code ./mvnw spring-boot:test-run} (or the IDE) runs it. The fake starts with the
 * application, listens on the loopback interface, and stops when it closes; its operations run
 * in real time, each step of a cluster change taking {@code cratecloud.fake.operation-step}
 * ({@code 1s} by default). The starter is pointed at it by a {@code CrateCloudConnectionDetails}
 * bean, so {@code cratecloud.api-key} and the other connection properties go unused, and it
 * polls a change's progress every second unless {@code cratecloud.operations.poll-interval}
 * says otherwise.
 * <p>
 * The fake is seeded, before any bean that uses it is created, by the application's
 * {@link FakeCrateCloudSeed} beans (such as those of another configuration passed to
 * {@code with}), else by the JSON file that {@code cratecloud.fake.seed} names (a
 * {@code classpath:} or file location, in the format of
 * {@link FakeCrateCloudSeed#fromJson(java.nio.file.Path)}), else with a demo estate: an
 * organization {@code Acme} whose project {@code analytics} holds a running cluster
 * {@code sensors} and a suspended cluster {@code archive}. {@code cratecloud.fake.port} fixes its
 * port (a free one by default).
 * <p>
 * Needs the starter's auto-configuration ({@code cratecloud-spring-boot-autoconfigure}) on the
 * class path. For tests, use {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud}.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:io/cratecloud/test/fake-crate-cloud-application.properties")
public class FakeCrateCloudConfiguration {

	private static final Log logger = LogFactory.getLog(FakeCrateCloudConfiguration.class);

	/** Property of the duration of each step of a cluster change. */
	static final String OPERATION_STEP_PROPERTY = "cratecloud.fake.operation-step";

	/** Property of the location of a JSON seed file. */
	static final String SEED_PROPERTY = "cratecloud.fake.seed";

	/** Property of the port to listen on. */
	static final String PORT_PROPERTY = "cratecloud.fake.port";

	/**
	 * The fake, seeded and started.
	 * @param environment the application's environment, for {@code cratecloud.fake.*}
	 * @param resourceLoader loads the seed file
	 * @param seeds the application's seeds
	 * @return the running fake
	 */
	@Bean(destroyMethod = "close")
	FakeCrateCloud fakeCrateCloud(Environment environment, ResourceLoader resourceLoader,
			ObjectProvider<FakeCrateCloudSeed> seeds) {
		Duration operationStep = FakeDurations.parse(environment.getProperty(OPERATION_STEP_PROPERTY, "1s"),
				"'" + OPERATION_STEP_PROPERTY + "'");
		FakeCrateCloud.Builder builder = FakeCrateCloud.builder()
			.operationStep(operationStep)
			.port(environment.getProperty(PORT_PROPERTY, Integer.class, 0));
		List<FakeCrateCloudSeed> declared = seeds.orderedStream().toList();
		String seedLocation = environment.getProperty(SEED_PROPERTY);
		String seededFrom;
		if (!declared.isEmpty()) {
			declared.forEach(builder::seed);
			seededFrom = declared.size() + " FakeCrateCloudSeed bean(s)";
		}
		else if (seedLocation != null && !seedLocation.isBlank()) {
			builder.seed(seedFile(resourceLoader.getResource(seedLocation), seedLocation));
			seededFrom = seedLocation;
		}
		else {
			builder.seed(FakeCrateCloudServer::demoEstate);
			seededFrom = "the demo estate";
		}
		FakeCrateCloud fake = builder.start();
		logger.info("CrateDB Cloud is a fake at " + fake.baseUrl() + " (FakeCrateCloudConfiguration), seeded from "
				+ seededFrom + "; each step of a cluster change takes " + operationStep.toMillis() + "ms");
		return fake;
	}

	/**
	 * Points the starter at the fake.
	 * @param fake the fake
	 * @return the fake's base URL and credentials
	 */
	@Bean
	CrateCloudConnectionDetails fakeCrateCloudConnectionDetails(FakeCrateCloud fake) {
		return new FakeCrateCloudConnectionDetails(fake);
	}

	private static FakeCrateCloudSeed seedFile(Resource resource, String location) {
		if (!resource.exists()) {
			throw new IllegalStateException(
					"'" + SEED_PROPERTY + "' names no seed file: " + location + " does not exist.");
		}
		try (InputStream in = resource.getInputStream()) {
			return SeedFile.read(in, location);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the seed file " + location, ex);
		}
	}

}
