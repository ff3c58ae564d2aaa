package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudCredentials;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CrateCloudConnectionDetails} of the {@code cratecloud.*} properties, read from
 * the bound {@link CrateCloudProperties} for every request: when the application's
 * configuration is refreshed and the properties are bound again (Spring Cloud's
 * {@code EnvironmentChangeEvent}, a reloaded config tree or Vault source), the next request
 * uses the new key.
 */
final class PropertiesCrateCloudConnectionDetails implements CrateCloudConnectionDetails {

	static final String API_KEY = "cratecloud.api-key";

	static final String API_SECRET = "cratecloud.api-secret";

	static final String API_KEY_VARIABLE = "CRATECLOUD_APIKEY";

	static final String API_SECRET_VARIABLE = "CRATECLOUD_APISECRET";

	private final CrateCloudProperties properties;

	private volatile @Nullable CrateCloudCredentials last;

	PropertiesCrateCloudConnectionDetails(CrateCloudProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	/**
	 * The credentials the properties hold now.
	 * @throws MissingCrateCloudCredentialsException if either is not set or blank
	 */
	@Override
	public CrateCloudCredentials getCredentials() {
		String apiKey = required(this.properties.getApiKey(), API_KEY, API_KEY_VARIABLE);
		String apiSecret = required(this.properties.getApiSecret(), API_SECRET, API_SECRET_VARIABLE);
		CrateCloudCredentials known = this.last;
		if (known != null && known.apiKey().equals(apiKey) && known.apiSecret().equals(apiSecret)) {
			return known;
		}
		CrateCloudCredentials current = CrateCloudCredentials.of(apiKey, apiSecret);
		this.last = current;
		return current;
	}

	private static String required(@Nullable String value, String property, String environmentVariable) {
		if (value == null || value.isBlank()) {
			throw new MissingCrateCloudCredentialsException(property, environmentVariable, value != null);
		}
		return value;
	}

	@Override
	public String toString() {
		return "PropertiesCrateCloudConnectionDetails[" + API_KEY + ", " + API_SECRET + "]";
	}

}
