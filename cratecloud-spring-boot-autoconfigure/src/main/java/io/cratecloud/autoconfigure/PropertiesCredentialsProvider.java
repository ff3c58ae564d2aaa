package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudCredentialsProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Gives the credentials {@code cratecloud.api-key} and {@code cratecloud.api-secret} have in
 * the environment at the time of each request, so that a key rotated in a property source
 * (after a refresh of a Spring Cloud configuration or Vault source, say) is used from the
 * next request on, without a restart. Both are looked up as {@code @ConfigurationProperties}
 * are bound: relaxed names, placeholders and environment variables included. The look-up
 * goes straight to Boot's configuration property sources, by names parsed once, because it
 * runs on every request: a {@code Binder} per request cost about a tenth of a small call.
 */
final class PropertiesCredentialsProvider implements CrateCloudCredentialsProvider {

	static final String API_KEY = "cratecloud.api-key";

	static final String API_SECRET = "cratecloud.api-secret";

	static final String API_KEY_VARIABLE = "CRATECLOUD_APIKEY";

	static final String API_SECRET_VARIABLE = "CRATECLOUD_APISECRET";

	private static final ConfigurationPropertyName API_KEY_NAME = ConfigurationPropertyName.of(API_KEY);

	private static final ConfigurationPropertyName API_SECRET_NAME = ConfigurationPropertyName.of(API_SECRET);

	private final ConfigurableEnvironment environment;

	private final Iterable<ConfigurationPropertySource> sources;

	private volatile @Nullable CrateCloudCredentials last;

	PropertiesCredentialsProvider(ConfigurableEnvironment environment) {
		this.environment = environment;
		// Follows the environment's property sources as they are added, replaced or removed.
		this.sources = ConfigurationPropertySources.get(environment);
	}

	@Override
	public CrateCloudCredentials getCredentials() {
		String apiKey = read(API_KEY_NAME, API_KEY, API_KEY_VARIABLE);
		String apiSecret = read(API_SECRET_NAME, API_SECRET, API_SECRET_VARIABLE);
		CrateCloudCredentials known = this.last;
		if (known != null && known.apiKey().equals(apiKey) && known.apiSecret().equals(apiSecret)) {
			return known;
		}
		CrateCloudCredentials current = CrateCloudCredentials.of(apiKey, apiSecret);
		this.last = current;
		return current;
	}

	private String read(ConfigurationPropertyName name, String property, String environmentVariable) {
		String value = lookUp(name);
		if (value == null || value.isBlank()) {
			throw new MissingCrateCloudCredentialsException(property, environmentVariable, value != null);
		}
		return value;
	}

	private @Nullable String lookUp(ConfigurationPropertyName name) {
		for (ConfigurationPropertySource source : this.sources) {
			ConfigurationProperty property = source.getConfigurationProperty(name);
			if (property != null) {
				Object value = property.getValue();
				if (value == null) {
					return null;
				}
				String text = value.toString();
				return (text.indexOf('$') >= 0) ? this.environment.resolvePlaceholders(text) : text;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "PropertiesCredentialsProvider[" + API_KEY + ", " + API_SECRET + "]";
	}

}
