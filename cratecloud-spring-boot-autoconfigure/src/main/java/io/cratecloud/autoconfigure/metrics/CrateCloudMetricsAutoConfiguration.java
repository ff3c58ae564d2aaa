package io.cratecloud.autoconfigure;

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
 * of the {@link CrateCloudClusterMetrics gauges} of the watched clusters, which Spring Boot's
 * metrics support binds to the application's meter registries.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(WatchedClusters.class)
public final class CrateCloudMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CrateCloudClusterMetrics crateCloudClusterMetrics(WatchedClusters clusters) {
		return new CrateCloudClusterMetrics(clusters);
	}

}
