package io.cratecloud.autoconfigure;

import io.cratecloud.client.users.UsersClient;
import io.cratecloud.health.CrateCloudHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for {@link CrateCloudHealthIndicator}, reported as {@code cratecloud}.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(UsersClient.class)
@ConditionalOnEnabledHealthIndicator("cratecloud")
@EnableConfigurationProperties(CrateCloudProperties.class)
public final class CrateCloudHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "cratecloudHealthIndicator")
	CrateCloudHealthIndicator cratecloudHealthIndicator(UsersClient usersClient, CrateCloudProperties properties) {
		CrateCloudProperties.Health health = properties.getHealth();
		return new CrateCloudHealthIndicator(usersClient, health.getTimeout(), health.getCacheTtl());
	}

}
