package io.cratecloud.autoconfigure;

import java.util.List;
import java.util.function.Supplier;

import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudCredentialsChain;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CrateCloudConnectionDetails} of the {@code cratecloud.*} properties, read from
 * the bound {@link CrateCloudProperties} for every request: when the application's
 * configuration is refreshed and the properties are bound again (Spring Cloud's
 * {@code EnvironmentChangeEvent}, a reloaded config tree or Vault source), the next request
 * uses the new key.
 * <p>
 * With neither {@code cratecloud.api-key} nor {@code cratecloud.api-secret} set, the
 * credentials come from the rest of the default chain, where users of the official CLI keep
 * them ({@link CrateCloudCredentialsChain#croud()}): its environment variables, then its
 * configuration file's current profile. A property set to a placeholder nothing resolves
 * ({@code ${CRATECLOUD_APIKEY}} with the variable unset) is a mistake, not an absence.
 */
final class PropertiesCrateCloudConnectionDetails implements CrateCloudConnectionDetails {

	static final String API_KEY = "cratecloud.api-key";

	static final String API_SECRET = "cratecloud.api-secret";

	static final String API_KEY_VARIABLE = CrateCloudCredentialsChain.API_KEY_VARIABLE;

	static final String API_SECRET_VARIABLE = CrateCloudCredentialsChain.API_SECRET_VARIABLE;

	private final CrateCloudProperties properties;

	private final Supplier<CrateCloudCredentialsChain> chain;

	private volatile @Nullable CrateCloudCredentials last;

	private volatile @Nullable CrateCloudCredentials fromChain;

	PropertiesCrateCloudConnectionDetails(CrateCloudProperties properties) {
		this(properties, CrateCloudCredentialsChain::croud);
	}

	PropertiesCrateCloudConnectionDetails(CrateCloudProperties properties, Supplier<CrateCloudCredentialsChain> chain) {
		this.properties = properties;
		this.chain = new Memoized<>(chain);
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	/**
	 * The credentials the properties hold now, or else the rest of the default chain.
	 * @throws MissingCrateCloudCredentialsException if none has both a key and a secret
	 */
	@Override
	public CrateCloudCredentials getCredentials() {
		String apiKey = this.properties.getApiKey();
		String apiSecret = this.properties.getApiSecret();
		if (apiKey == null && apiSecret == null) {
			return fromTheChain();
		}
		String key = required(apiKey, API_KEY, API_KEY_VARIABLE);
		String secret = required(apiSecret, API_SECRET, API_SECRET_VARIABLE);
		CrateCloudCredentials known = this.last;
		if (known != null && known.apiKey().equals(key) && known.apiSecret().equals(secret)) {
			return known;
		}
		CrateCloudCredentials current = CrateCloudCredentials.of(key, secret);
		this.last = current;
		return current;
	}

	/**
	 * The credentials of the rest of the chain, looked up once (the environment variables, the
	 * official CLI's file) and kept: each request must not read a file.
	 */
	private CrateCloudCredentials fromTheChain() {
		CrateCloudCredentials found = this.fromChain;
		if (found != null) {
			return found;
		}
		CrateCloudCredentialsChain chain = this.chain.get();
		try {
			found = chain.getCredentials();
		}
		catch (IllegalStateException ex) {
			throw new MissingCrateCloudCredentialsException(API_KEY, API_KEY_VARIABLE, "is not set", null,
					chain.describe());
		}
		this.fromChain = found;
		return found;
	}

	private static String required(@Nullable String value, String property, String environmentVariable) {
		if (value == null) {
			throw new MissingCrateCloudCredentialsException(property, environmentVariable, "is not set", null,
					List.of());
		}
		String placeholder = PropertyChecks.unresolvedPlaceholder(value);
		if (placeholder != null) {
			throw new MissingCrateCloudCredentialsException(property, environmentVariable,
					"is '" + value + "', a placeholder nothing resolves: no property or environment variable "
							+ placeholder + " is set",
					placeholder, List.of());
		}
		if (value.isBlank()) {
			throw new MissingCrateCloudCredentialsException(property, environmentVariable, "is blank", null, List.of());
		}
		return value;
	}

	@Override
	public String toString() {
		return "PropertiesCrateCloudConnectionDetails[" + API_KEY + ", " + API_SECRET + "]";
	}

	/**
	 * The chain, made once when first needed.
	 */
	private static final class Memoized<T> implements Supplier<T> {

		private final Supplier<T> supplier;

		private volatile @Nullable T value;

		Memoized(Supplier<T> supplier) {
			this.supplier = supplier;
		}

		@Override
		public T get() {
			T current = this.value;
			if (current == null) {
				current = this.supplier.get();
				this.value = current;
			}
			return current;
		}

	}

}
