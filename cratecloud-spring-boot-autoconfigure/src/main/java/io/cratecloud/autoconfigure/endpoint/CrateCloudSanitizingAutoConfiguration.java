package io.cratecloud.autoconfigure.endpoint;

import java.util.Locale;

import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.CrateCloudConnectionDetails;
import io.cratecloud.autoconfigure.CrateCloudProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * that hides {@code cratecloud.api-secret} in the actuator's {@code /configprops} and
 * {@code /env} output, even when they are configured to show values, and any other value
 * that holds the secret the client uses, whatever its key.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class)
@ConditionalOnClass(SanitizingFunction.class)
public final class CrateCloudSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "crateCloudSecretSanitizingFunction")
	SanitizingFunction crateCloudSecretSanitizingFunction(ObjectProvider<CrateCloudProperties> properties,
			ObjectProvider<CrateCloudConnectionDetails> connectionDetails) {
		return SanitizingFunction.of(SanitizableData::withSanitizedValue)
			.ifMatches((data) -> isApiSecret(data) || containsSecret(data, properties, connectionDetails));
	}

	/**
	 * Whether the data's value holds the API secret of the properties or of the connection
	 * details, whatever its key: the secret passed on the command line shows up inside
	 * {@code sun.java.command}, for example.
	 */
	private static boolean containsSecret(SanitizableData data, ObjectProvider<CrateCloudProperties> properties,
			ObjectProvider<CrateCloudConnectionDetails> connectionDetails) {
		if (!(data.getValue() instanceof CharSequence value) || value.isEmpty()) {
			return false;
		}
		String text = value.toString();
		CrateCloudProperties bound = properties.getIfAvailable();
		if (bound != null && contains(text, bound.getApiSecret())) {
			return true;
		}
		CrateCloudConnectionDetails details = connectionDetails.getIfAvailable();
		if (details == null) {
			return false;
		}
		try {
			return contains(text, details.getCredentials().apiSecret());
		}
		catch (RuntimeException ex) {
			// No credentials to hide.
			return false;
		}
	}

	private static boolean contains(String text, @Nullable String secret) {
		return secret != null && !secret.isBlank() && text.contains(secret);
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
