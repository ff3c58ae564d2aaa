package io.cratecloud.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks, in the build's second test run, that the tests really run ahead-of-time
 * processed and that the starter's hints reach the application's native image metadata.
 */
@EnabledIfSystemProperty(named = "spring.aot.enabled", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "cratecloud.api-key=aot-test-key", "cratecloud.api-secret=aot-test-secret",
				"cratecloud.base-url=http://127.0.0.1:9" })
class AotModeTests {

	private static final String NATIVE_IMAGE_METADATA = "META-INF/native-image/io.cratecloud/sample-app/"
			+ "reachability-metadata.json";

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void contextComesFromGeneratedCodeNotFromConfigurationClasses() {
		assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
		String[] clientBeans = this.context.getBeanNamesForType(CrateCloudClient.class);
		assertThat(clientBeans).hasSize(1);
		BeanDefinition definition = this.context.getBeanFactory().getBeanDefinition(clientBeans[0]);
		// Parsed from @Bean methods, the definition names a factory method and has no supplier;
		// registered by generated code, it has the generated supplier instead.
		assertThat(definition).isInstanceOf(RootBeanDefinition.class);
		assertThat(((RootBeanDefinition) definition).getInstanceSupplier()).isNotNull();
	}

	@Test
	void nativeImageMetadataHasTheClientsBindingHintsAndVersionResource() throws IOException {
		List<URL> locations = Collections.list(getClass().getClassLoader().getResources(NATIVE_IMAGE_METADATA));
		// One from process-aot for the application, one from process-test-aot for the tests.
		assertThat(locations).hasSize(2);
		for (URL location : locations) {
			JsonNode metadata = read(location);
			assertThat(metadata.get("reflection").valueStream().map((hint) -> hint.get("type").asString()))
				.as(location.toString())
				.contains("io.cratecloud.client.clusters.Cluster", "io.cratecloud.client.clusters.ClusterHealthStatus",
						"io.cratecloud.client.internal.ClusterRequests$Scale",
						"io.cratecloud.client.internal.ErrorResponses$ErrorBody");
			assertThat(metadata.get("resources").valueStream().map((hint) -> hint.path("glob").asString()))
				.as(location.toString())
				.contains("io/cratecloud/client/version.properties");
		}
	}

	private static JsonNode read(URL location) throws IOException {
		try (InputStream in = location.openStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
