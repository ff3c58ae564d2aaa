package io.cratecloud.autoconfigure;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.RetrySettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata the build generates, which IDEs show as help for each property.
 * Proves the annotation processor ran (JDK 23+ runs none unless asked to).
 */
class ConfigurationMetadataTests {

	/** A row of the README's property table: | `name` | default | description |. */
	private static final Pattern README_ROW = Pattern
		.compile("^\\| `((?:cratecloud|management\\.health\\.cratecloud|management\\.endpoint\\.cratecloud)\\.[a-z.-]+)` \\|([^|]*)\\|.*$");

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
				"cratecloud.retry.multiplier", "cratecloud.retry.max-delay", "cratecloud.call-timeout",
				"cratecloud.attempt-timeout", "management.health.cratecloud.timeout",
				"management.health.cratecloud.cache-ttl", "management.health.cratecloud.clusters",
				"cratecloud.datasource.cluster");
	}

	@Test
	void healthToggleIsDeclared() throws Exception {
		JsonNode additional = read("META-INF/additional-spring-configuration-metadata.json");

		assertThat(additional.get("properties").get(0).get("name").asString())
			.isEqualTo("management.health.cratecloud.enabled");
	}

	@Test
	void theDocumentedDefaultsAreTheClientsOwn() throws Exception {
		Map<String, String> defaults = new TreeMap<>();
		for (JsonNode property : read("META-INF/spring-configuration-metadata.json").get("properties")) {
			JsonNode defaultValue = property.get("defaultValue");
			if (defaultValue != null) {
				defaults.put(property.get("name").asString(), format(defaultValue));
			}
		}
		CrateCloudProperties properties = new CrateCloudProperties();

		assertThat(defaults).containsEntry("cratecloud.base-url", CrateCloudClient.DEFAULT_BASE_URL)
			.containsEntry("cratecloud.base-url", properties.getBaseUrl());
		assertThat(DurationStyle.detectAndParse(defaults.get("cratecloud.operations.poll-interval")))
			.isEqualTo(CrateCloudClient.DEFAULT_POLL_INTERVAL)
			.isEqualTo(properties.getOperations().getPollInterval());
		assertThat(Integer.parseInt(defaults.get("cratecloud.retry.max-attempts")))
			.isEqualTo(RetrySettings.DEFAULT_MAX_ATTEMPTS)
			.isEqualTo(properties.getRetry().getMaxAttempts());
		assertThat(DurationStyle.detectAndParse(defaults.get("cratecloud.retry.initial-delay")))
			.isEqualTo(RetrySettings.DEFAULT_INITIAL_DELAY)
			.isEqualTo(properties.getRetry().getInitialDelay());
		assertThat(Double.parseDouble(defaults.get("cratecloud.retry.multiplier")))
			.isEqualTo(RetrySettings.DEFAULT_MULTIPLIER)
			.isEqualTo(properties.getRetry().getMultiplier());
		assertThat(DurationStyle.detectAndParse(defaults.get("cratecloud.retry.max-delay")))
			.isEqualTo(RetrySettings.DEFAULT_MAX_DELAY)
			.isEqualTo(properties.getRetry().getMaxDelay());
		assertThat(DurationStyle.detectAndParse(defaults.get("cratecloud.call-timeout")))
			.isEqualTo(CrateCloudClient.DEFAULT_CALL_TIMEOUT)
			.isEqualTo(properties.getCallTimeout());
	}

	@Test
	void theReadmePropertyTableMatchesTheMetadata() throws Exception {
		Map<String, String> documented = new TreeMap<>();
		String readme = Files.readString(Path.of("..", "README.md"));
		String table = readme.substring(readme.indexOf("## Properties"));
		table = table.substring(0, table.indexOf("\n## ", 1));
		for (String line : table.split("\n")) {
			Matcher row = README_ROW.matcher(line);
			if (row.matches()) {
				documented.put(row.group(1), row.group(2).trim());
			}
		}
		Map<String, String> declared = new TreeMap<>();
		for (String resource : List.of("META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json")) {
			for (JsonNode property : read(resource).get("properties")) {
				JsonNode defaultValue = property.get("defaultValue");
				declared.put(property.get("name").asString(), (defaultValue != null) ? format(defaultValue) : "");
			}
		}

		assertThat(documented.keySet()).as("properties in the README's table").isEqualTo(declared.keySet());
		declared.forEach((name, defaultValue) -> assertThat(documented.get(name)).as("README default of %s", name)
			.contains(defaultValue));
	}

	private static String format(JsonNode defaultValue) {
		if (defaultValue.isNumber() && defaultValue.asDouble() == Math.rint(defaultValue.asDouble())) {
			return Long.toString(defaultValue.asLong());
		}
		return defaultValue.asString();
	}

	private static JsonNode read(String resource) throws Exception {
		try (InputStream in = ConfigurationMetadataTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource + " on the class path").isNotNull();
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
