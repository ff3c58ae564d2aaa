package io.cratecloud.autoconfigure.metrics;

import io.cratecloud.autoconfigure.estate.CrateCloudEstateAutoConfiguration;
import io.cratecloud.estate.DeclaredEstate;
import io.cratecloud.metrics.CrateCloudEstateMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of the {@link CrateCloudEstateMetrics gauges} of the declared estate's latest plan, which
 * Spring Boot's metrics support binds to the application's meter registries.
 */
@AutoConfiguration(after = CrateCloudEstateAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(DeclaredEstate.class)
public final class CrateCloudEstateMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CrateCloudEstateMetrics crateCloudEstateMetrics(DeclaredEstate declaredEstate) {
		return new CrateCloudEstateMetrics(declaredEstate);
	}

}
