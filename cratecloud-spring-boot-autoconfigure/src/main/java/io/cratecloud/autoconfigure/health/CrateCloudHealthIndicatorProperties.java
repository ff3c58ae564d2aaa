package io.cratecloud.autoconfigure.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.autoconfigure.PropertyChecks;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the {@code cratecloud} health contributor
 * ({@code management.health.cratecloud.*}).
 */
@ConfigurationProperties("management.health.cratecloud")
public class CrateCloudHealthIndicatorProperties implements InitializingBean {

	/**
	 * How long the health check waits for the API, retries included, before reporting DOWN.
	 */
	private Duration timeout = Duration.ofSeconds(5);

	/**
	 * How long a health result is reused before the API is asked again.
	 */
	private Duration cacheTtl = Duration.ofSeconds(30);

	/**
	 * Names or ids of clusters to report in the 'cratecloud' health contributor, each beside
	 * the API check, and as gauges. The cluster of 'cratecloud.datasource.cluster' is
	 * included.
	 */
	private List<String> clusters = new ArrayList<>();

	/**
	 * Whether each cluster of 'clusters' that the API reports healthy is also asked 'SELECT 1'
	 * over its SQL endpoint, with the cluster's token, and reported DOWN when that fails.
	 */
	private boolean sqlProbe;

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration getCacheTtl() {
		return this.cacheTtl;
	}

	public void setCacheTtl(Duration cacheTtl) {
		this.cacheTtl = cacheTtl;
	}

	public boolean isSqlProbe() {
		return this.sqlProbe;
	}

	public void setSqlProbe(boolean sqlProbe) {
		this.sqlProbe = sqlProbe;
	}

	public List<String> getClusters() {
		return this.clusters;
	}

	public void setClusters(List<String> clusters) {
		this.clusters = clusters;
	}

	@Override
	public void afterPropertiesSet() {
		PropertyChecks.positive("management.health.cratecloud.timeout", this.timeout);
		PropertyChecks.require("management.health.cratecloud.cache-ttl", this.cacheTtl, !this.cacheTtl.isNegative(),
				"it must not be negative: use 0s to ask the API on every probe");
	}

}
