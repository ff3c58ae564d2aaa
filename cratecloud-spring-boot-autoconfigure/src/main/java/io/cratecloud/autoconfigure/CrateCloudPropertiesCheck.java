package io.cratecloud.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import org.jspecify.annotations.Nullable;

/**
 * Checks the {@code cratecloud.*} properties before the client is built, so that a mistake
 * fails start-up with a message naming the property and its fix.
 */
final class CrateCloudPropertiesCheck {

	private static final String WHERE_KEYS_COME_FROM = "Generate an API key and secret on the Account page of the "
			+ "CrateDB Cloud console (" + CrateCloudClient.DEFAULT_BASE_URL + "). To run without the client, "
			+ "set 'cratecloud.enabled=false'.";

	private CrateCloudPropertiesCheck() {
	}

	static void check(CrateCloudProperties properties) {
		requireText(properties.getApiKey(), "cratecloud.api-key", "CRATECLOUD_APIKEY", "API key");
		requireText(properties.getApiSecret(), "cratecloud.api-secret", "CRATECLOUD_APISECRET", "API secret");
		checkBaseUrl(properties.getBaseUrl());
		requirePositive(properties.getConnectTimeout(), "cratecloud.connect-timeout");
		requirePositive(properties.getReadTimeout(), "cratecloud.read-timeout");
		checkRetry(properties.getRetry());
		requirePositive(properties.getHealth().getTimeout(), "cratecloud.health.timeout");
		requirePositive(properties.getOperations().getPollInterval(), "cratecloud.operations.poll-interval");
		require(!properties.getHealth().getCacheTtl().isNegative(), "cratecloud.health.cache-ttl",
				properties.getHealth().getCacheTtl(), "must not be negative", "Use 0s to ask the API on every probe.");
	}

	private static void checkRetry(CrateCloudProperties.Retry retry) {
		require(retry.getMaxAttempts() >= 1, "cratecloud.retry.max-attempts", retry.getMaxAttempts(),
				"must be at least 1 (the first attempt counts)",
				"Use 1 for no retries, or set 'cratecloud.retry.enabled=false'.");
		require(retry.getMultiplier() >= 1, "cratecloud.retry.multiplier", retry.getMultiplier(),
				"must be at least 1", "Use 1 for a constant delay, 2 to double it after each retry.");
		require(!retry.getInitialDelay().isNegative(), "cratecloud.retry.initial-delay", retry.getInitialDelay(),
				"must not be negative", "Use a duration such as 500ms.");
		require(retry.getMaxDelay().compareTo(retry.getInitialDelay()) >= 0, "cratecloud.retry.max-delay",
				retry.getMaxDelay(), "must not be shorter than 'cratecloud.retry.initial-delay' ("
						+ retry.getInitialDelay() + ")",
				"Raise 'cratecloud.retry.max-delay' or lower 'cratecloud.retry.initial-delay'.");
	}

	private static void requirePositive(@Nullable Duration duration, String property) {
		if (duration != null) {
			require(!duration.isNegative() && !duration.isZero(), property, duration, "must be positive",
					"Use a duration such as 5s, or remove the property to use the default.");
		}
	}

	private static void require(boolean valid, String property, Object value, String rule, String action) {
		if (!valid) {
			throw new InvalidCrateCloudPropertyException(property,
					"'" + property + "' is " + value + ", but it " + rule + ".", action);
		}
	}

	private static void requireText(@Nullable String value, String property, String environmentVariable,
			String what) {
		if (value == null || value.isBlank()) {
			throw new InvalidCrateCloudPropertyException(property,
					"The CrateDB Cloud client needs an " + what + ", but '" + property + "' is "
							+ ((value == null) ? "not set." : "blank."),
					"Set '" + property + "' in your application's configuration, or the environment variable "
							+ environmentVariable + ". " + WHERE_KEYS_COME_FROM);
		}
	}

	private static void checkBaseUrl(String baseUrl) {
		String property = "cratecloud.base-url";
		String action = "Set '" + property + "' (or the environment variable CRATECLOUD_BASEURL) to an https URL, "
				+ "such as the default " + CrateCloudClient.DEFAULT_BASE_URL + ", or remove it to use the default. "
				+ "Plain http is accepted only for loopback hosts (localhost, 127.0.0.1, [::1]), as tests and local "
				+ "fakes use.";
		URI uri;
		try {
			uri = new URI(baseUrl);
		}
		catch (URISyntaxException ex) {
			throw new InvalidCrateCloudPropertyException(property,
					"'" + property + "' is '" + baseUrl + "', which is not a URL: " + ex.getReason() + ".", action);
		}
		if (!isHttpOrHttps(uri.getScheme()) || uri.getHost() == null) {
			// A scheme-less value such as 'console.cratedb.cloud' parses as a relative path;
			// calling it a clear-text risk would send the user looking for the wrong mistake.
			throw new InvalidCrateCloudPropertyException(property, "'" + property + "' is '" + baseUrl
					+ "', which is not an absolute http(s) URL with a host.", action);
		}
		if (!CrateCloudClient.isSecureBaseUrl(uri)) {
			throw new InvalidCrateCloudPropertyException(property, "'" + property + "' is '" + baseUrl
					+ "', which would send the API key and secret in clear text: HTTP Basic credentials must only "
					+ "travel over https.", action);
		}
	}

	private static boolean isHttpOrHttps(@Nullable String scheme) {
		return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
	}

}
