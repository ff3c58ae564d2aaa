package io.cratecloud.autoconfigure;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * that hides {@code cratecloud.api-secret} in the actuator's {@code /configprops} and
 * {@code /env} output, even when they are configured to show values.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CrateCloudSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "crateCloudSecretSanitizingFunction")
	SanitizingFunction crateCloudSecretSanitizingFunction() {
		return SanitizingFunction.of(SanitizableData::withSanitizedValue)
			.ifMatches(CrateCloudSanitizingAutoConfiguration::isApiSecret);
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
