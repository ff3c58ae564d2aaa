package io.cratecloud.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.health.CrateCloudClusterHealthIndicator;
import io.cratecloud.health.CrateCloudHealthIndicator;
import io.cratecloud.health.WatchedClusters;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of the {@code cratecloud} health contributor: the API check
 * ({@link CrateCloudHealthIndicator}), and, when clusters are watched
 * ({@code cratecloud.health.clusters}, the DataSource's cluster), a composite of the API check
 * ({@code api}) and one {@link CrateCloudClusterHealthIndicator} per cluster, all from one
 * list of clusters. It backs off for a bean of the application's named
 * {@code cratecloudHealthIndicator} or {@code cratecloudHealthContributor}.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(CrateCloudClient.class)
@ConditionalOnEnabledHealthIndicator("cratecloud")
@EnableConfigurationProperties(CrateCloudProperties.class)
public final class CrateCloudHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "cratecloudHealthIndicator", "cratecloudHealthContributor" })
	@Conditional(NoWatchedClustersCondition.class)
	CrateCloudHealthIndicator cratecloudHealthIndicator(CrateCloudClient crateCloudClient,
			CrateCloudProperties properties) {
		return apiIndicator(crateCloudClient, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(WatchedClustersCondition.class)
	@ConditionalOnBean(WatchedClusters.class)
	static class WatchedClustersConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = { "cratecloudHealthIndicator", "cratecloudHealthContributor" })
		CompositeHealthContributor cratecloudHealthContributor(CrateCloudClient crateCloudClient,
				CrateCloudProperties properties, WatchedClusters clusters) {
			Map<String, HealthContributor> contributors = new LinkedHashMap<>();
			contributors.put("api", apiIndicator(crateCloudClient, properties));
			for (String cluster : clusters.watched()) {
				if (contributors.containsKey(cluster)) {
					throw new InvalidConfigurationPropertyValueException("cratecloud.health.clusters", cluster,
							"'api' is the name of the API check in the 'cratecloud' health contributor: name that "
									+ "cluster by its id instead");
				}
				contributors.put(cluster, new CrateCloudClusterHealthIndicator(clusters, cluster));
			}
			return CompositeHealthContributor.fromMap(contributors);
		}

	}

	private static CrateCloudHealthIndicator apiIndicator(CrateCloudClient crateCloudClient,
			CrateCloudProperties properties) {
		CrateCloudProperties.Health health = CrateCloudAutoConfiguration.checkedHealth(properties.getHealth());
		return new CrateCloudHealthIndicator(crateCloudClient, health.getTimeout(), health.getCacheTtl());
	}

	static class NoWatchedClustersCondition extends WatchedClustersCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionOutcome watched = super.getMatchOutcome(context, metadata);
			return new ConditionOutcome(!watched.isMatch(), watched.getConditionMessage());
		}

	}

}
