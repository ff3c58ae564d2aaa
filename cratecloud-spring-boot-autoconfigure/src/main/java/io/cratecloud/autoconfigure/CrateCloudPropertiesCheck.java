package io.cratecloud.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;

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
