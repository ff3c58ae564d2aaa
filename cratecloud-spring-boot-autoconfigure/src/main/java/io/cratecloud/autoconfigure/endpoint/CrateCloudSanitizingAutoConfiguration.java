package io.cratecloud.autoconfigure;

import java.util.Locale;

import io.cratecloud.client.CrateCloudCredentialsProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * that hides {@code cratecloud.api-secret} in the actuator's {@code /configprops} and
 * {@code /env} output, even when they are configured to show values, and any other value
 * that holds the secret, whatever its key.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CrateCloudSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "crateCloudSecretSanitizingFunction")
	SanitizingFunction crateCloudSecretSanitizingFunction(ConfigurableEnvironment environment,
			ObjectProvider<CrateCloudCredentialsProvider> credentials) {
		Binder binder = Binder.get(environment);
		return SanitizingFunction.of(SanitizableData::withSanitizedValue)
			.ifMatches((data) -> isApiSecret(data) || containsSecret(data, binder, credentials));
	}

	/**
	 * Whether the data's value holds the current API secret, whatever its key: the secret
	 * passed on the command line shows up inside {@code sun.java.command}, for example.
	 */
	private static boolean containsSecret(SanitizableData data, Binder binder,
			ObjectProvider<CrateCloudCredentialsProvider> credentials) {
		if (!(data.getValue() instanceof CharSequence value) || value.isEmpty()) {
			return false;
		}
		String text = value.toString();
		String fromProperties = binder.bind("cratecloud.api-secret", String.class).orElse(null);
		if (fromProperties != null && !fromProperties.isBlank() && text.contains(fromProperties)) {
			return true;
		}
		CrateCloudCredentialsProvider provider = credentials.getIfAvailable();
		if (provider == null) {
			return false;
		}
		try {
			String secret = provider.getCredentials().apiSecret();
			return text.contains(secret);
		}
		catch (RuntimeException ex) {
			// No credentials to hide.
			return false;
		}
	}

	/**
	 * Whether the data is the API secret, in any of the forms relaxed binding accepts:
	 * {@code cratecloud.api-secret}, {@code cratecloud.apiSecret}, {@code CRATECLOUD_APISECRET}
	 * or {@code CRATECLOUD_API_SECRET}.
	 */
	private static boolean isApiSecret(SanitizableData data) {
		String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
		return key.equals("cratecloud.apisecret") || key.equals("cratecloudapisecret");
	}

}
