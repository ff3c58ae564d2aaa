package io.cratecloud.autoconfigure.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.PropertyChecks;
import io.cratecloud.autoconfigure.jdbc.CrateCloudDataSourceProperties;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.health.CrateCloudClusterHealthIndicator;
import io.cratecloud.health.CrateCloudHealthIndicator;
import io.cratecloud.health.WatchedClusters;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of the {@code cratecloud} health contributor: the API check
 * ({@link CrateCloudHealthIndicator}) alone, or, when clusters are watched
 * ({@code management.health.cratecloud.clusters}, the DataSource's cluster), a composite of
 * the API check ({@code api}) and one {@link CrateCloudClusterHealthIndicator} per cluster,
 * all from one list of clusters ({@link WatchedClusters}). It backs off for a bean of the
 * application's named {@code cratecloudHealthIndicator} or {@code cratecloudHealthContributor}.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(CrateCloudClient.class)
@ConditionalOnEnabledHealthIndicator("cratecloud")
@EnableConfigurationProperties({ CrateCloudHealthIndicatorProperties.class, CrateCloudDataSourceProperties.class })
public final class CrateCloudHealthContributorAutoConfiguration {

	private static final String API = "api";

	@Bean
	@ConditionalOnMissingBean
	WatchedClusters crateCloudWatchedClusters(CrateCloudClient crateCloudClient,
			CrateCloudHealthIndicatorProperties properties, CrateCloudDataSourceProperties dataSource) {
		List<String> watched = new ArrayList<>();
		properties.getClusters().stream().map(String::trim).filter((name) -> !name.isEmpty()).distinct()
			.forEach(watched::add);
		String dataSourceCluster = dataSource.getCluster();
		if (dataSourceCluster != null && !dataSourceCluster.isBlank() && !watched.contains(dataSourceCluster.trim())) {
			watched.add(dataSourceCluster.trim());
		}
		for (String cluster : watched) {
			PropertyChecks.require("management.health.cratecloud.clusters", cluster, !API.equals(cluster),
					"'api' is the name of the API check in the 'cratecloud' health contributor: name that cluster "
							+ "by its id instead");
		}
		return new WatchedClusters(crateCloudClient, watched, properties.getTimeout(), properties.getCacheTtl());
	}

	@Bean
	@ConditionalOnMissingBean(name = { "cratecloudHealthIndicator", "cratecloudHealthContributor" })
	HealthContributor cratecloudHealthContributor(CrateCloudClient crateCloudClient,
			CrateCloudHealthIndicatorProperties properties, WatchedClusters clusters) {
		CrateCloudHealthIndicator api = new CrateCloudHealthIndicator(crateCloudClient, properties.getTimeout(),
				properties.getCacheTtl());
		if (clusters.watched().isEmpty()) {
			return api;
		}
		Map<String, HealthContributor> contributors = new LinkedHashMap<>();
		contributors.put(API, api);
		// One client for every probe, so that the clusters' tokens are kept between checks.
		CrateCloudClient sqlProbe = properties.isSqlProbe() ? crateCloudClient.withCallTimeout(properties.getTimeout())
				: null;
		for (String cluster : clusters.watched()) {
			contributors.put(cluster,
					new CrateCloudClusterHealthIndicator(clusters, cluster, sqlProbe, properties.getCacheTtl()));
		}
		return CompositeHealthContributor.fromMap(contributors);
	}

}
