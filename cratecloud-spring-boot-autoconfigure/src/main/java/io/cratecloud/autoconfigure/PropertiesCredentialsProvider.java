package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudCredentialsProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Gives the credentials {@code cratecloud.api-key} and {@code cratecloud.api-secret} have in
 * the environment at the time of each request, so that a key rotated in a property source
 * (after a refresh of a Spring Cloud configuration or Vault source, say) is used from the
 * next request on, without a restart. Both are bound as {@code @ConfigurationProperties}
 * are: relaxed names, placeholders and environment variables included.
 */
final class PropertiesCredentialsProvider implements CrateCloudCredentialsProvider {

	static final String API_KEY = "cratecloud.api-key";

	static final String API_SECRET = "cratecloud.api-secret";

	static final String API_KEY_VARIABLE = "CRATECLOUD_APIKEY";

	static final String API_SECRET_VARIABLE = "CRATECLOUD_APISECRET";

	private final Binder binder;

	private volatile @Nullable CrateCloudCredentials last;

	PropertiesCredentialsProvider(ConfigurableEnvironment environment) {
		this.binder = Binder.get(environment);
	}

	@Override
	public CrateCloudCredentials getCredentials() {
		String apiKey = read(API_KEY, API_KEY_VARIABLE);
		String apiSecret = read(API_SECRET, API_SECRET_VARIABLE);
		CrateCloudCredentials known = this.last;
		if (known != null && known.apiKey().equals(apiKey) && known.apiSecret().equals(apiSecret)) {
			return known;
		}
		CrateCloudCredentials current = CrateCloudCredentials.of(apiKey, apiSecret);
		this.last = current;
		return current;
	}

	private String read(String property, String environmentVariable) {
		String value = this.binder.bind(property, String.class).orElse(null);
		if (value == null || value.isBlank()) {
			throw new MissingCrateCloudCredentialsException(property, environmentVariable, value != null);
		}
		return value;
	}

	@Override
	public String toString() {
		return "PropertiesCredentialsProvider[" + API_KEY + ", " + API_SECRET + "]";
	}

}
