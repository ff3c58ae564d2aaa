package io.cratecloud.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata the build generates, which IDEs show as help for each property.
 * Proves the annotation processor ran (JDK 23+ runs none unless asked to).
 */
class ConfigurationMetadataTests {

	@Test
	void everyCrateCloudPropertyIsDescribed() throws Exception {
		JsonNode generated = read("META-INF/spring-configuration-metadata.json");
		List<String> names = new ArrayList<>();
		for (JsonNode property : generated.get("properties")) {
			String name = property.get("name").asString();
			names.add(name);
			assertThat(property.path("description").asString()).as("description of %s", name).isNotBlank();
		}

		assertThat(names).contains("cratecloud.api-key", "cratecloud.api-secret", "cratecloud.base-url",
				"cratecloud.region", "cratecloud.connect-timeout", "cratecloud.read-timeout", "cratecloud.enabled",
				"cratecloud.retry.enabled", "cratecloud.retry.max-attempts", "cratecloud.retry.initial-delay",
				"cratecloud.retry.multiplier", "cratecloud.retry.max-delay", "cratecloud.health.timeout",
				"cratecloud.health.cache-ttl");
	}

	@Test
	void healthToggleIsDeclared() throws Exception {
		JsonNode additional = read("META-INF/additional-spring-configuration-metadata.json");

		assertThat(additional.get("properties").get(0).get("name").asString())
			.isEqualTo("management.health.cratecloud.enabled");
	}

	private static JsonNode read(String resource) throws Exception {
		try (InputStream in = ConfigurationMetadataTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource + " on the class path").isNotNull();
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
