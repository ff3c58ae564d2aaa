package io.cratecloud.autoconfigure.metrics;

import io.cratecloud.autoconfigure.health.CrateCloudHealthContributorAutoConfiguration;
import io.cratecloud.health.WatchedClusters;
import io.cratecloud.metrics.CrateCloudClusterMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of the {@link CrateCloudClusterMetrics gauges} of the watched clusters (those the health
 * contributor watches, {@code management.health.cratecloud.clusters} and the DataSource's),
 * which Spring Boot's metrics support binds to the application's meter registries.
 */
@AutoConfiguration(after = CrateCloudHealthContributorAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(WatchedClusters.class)
public final class CrateCloudMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CrateCloudClusterMetrics crateCloudClusterMetrics(WatchedClusters clusters) {
		return new CrateCloudClusterMetrics(clusters);
	}

}
