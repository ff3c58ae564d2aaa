package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.health.CrateCloudHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for {@link CrateCloudHealthIndicator}, reported as {@code cratecloud}. It backs off for a
 * bean of the application's named {@code cratecloudHealthIndicator} or
 * {@code cratecloudHealthContributor}.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(CrateCloudClient.class)
@ConditionalOnEnabledHealthIndicator("cratecloud")
@EnableConfigurationProperties(CrateCloudProperties.class)
public final class CrateCloudHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "cratecloudHealthIndicator", "cratecloudHealthContributor" })
	CrateCloudHealthIndicator cratecloudHealthIndicator(CrateCloudClient crateCloudClient,
			CrateCloudProperties properties) {
		CrateCloudProperties.Health health = properties.getHealth();
		if (health.getTimeout().isNegative() || health.getTimeout().isZero()) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.health.timeout", health.getTimeout(),
					"it must be positive: use a duration such as 5s");
		}
		if (health.getCacheTtl().isNegative()) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.health.cache-ttl", health.getCacheTtl(),
					"it must not be negative: use 0s to ask the API on every probe");
		}
		return new CrateCloudHealthIndicator(crateCloudClient, health.getTimeout(), health.getCacheTtl());
	}

}
