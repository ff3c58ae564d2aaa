package io.cratecloud.autoconfigure.jdbc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import io.cratecloud.autoconfigure.ApiFailures;
import io.cratecloud.autoconfigure.ClusterLookup;
import io.cratecloud.autoconfigure.ClusterNotUsableException;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of Spring Boot's DataSource on the CrateDB Cloud cluster that
 * {@code cratecloud.datasource.cluster} names: it contributes the cluster's
 * {@link JdbcConnectionDetails}, so that no {@code spring.datasource.url} is needed. The
 * cluster is looked up once, at start-up, and, with {@code cratecloud.datasource.ensure-running},
 * resumed and awaited until it is healthy.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class, after = CrateCloudAutoConfiguration.class)
@ConditionalOnClass({ JdbcConnectionDetails.class, CrateCloudClient.class })
@ConditionalOnBean(CrateCloudClient.class)
@ConditionalOnProperty("cratecloud.datasource.cluster")
@EnableConfigurationProperties({ CrateCloudDataSourceProperties.class, DataSourceProperties.class })
public final class CrateCloudDataSourceAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CrateCloudDataSourceAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	CrateCloudJdbcConnectionDetails crateCloudJdbcConnectionDetails(CrateCloudClient client,
			CrateCloudDataSourceProperties datasource, DataSourceProperties dataSourceProperties) {
		// Bound and checked: the condition says it is set, its check that it is not blank.
		String wanted = datasource.getCluster().trim();
		String password = dataSourceProperties.getPassword();
		if (password == null || password.isEmpty()) {
			throw new MissingDataSourcePasswordException(wanted);
		}
		Cluster cluster = lookUp(client, wanted, datasource);
		if (ClusterLookup.isBeingCreated(cluster)) {
			throw new ClusterNotUsableException("CrateDB Cloud cluster '" + cluster.name() + "' (" + cluster.id()
					+ ") of 'cratecloud.datasource.cluster' is still being created: it has no endpoint to connect to "
					+ "yet.", "Start the application again once the cluster's health is GREEN.");
		}
		if (Boolean.TRUE.equals(cluster.suspended()) || !isGreen(cluster)) {
			cluster = datasource.isEnsureRunning() ? ensureRunning(client, cluster, datasource.getStartupTimeout())
					: warnIfSuspended(cluster);
		}
		if (dataSourceProperties.getUrl() != null) {
			logger.warn("'spring.datasource.url' is set, but 'cratecloud.datasource.cluster' decides where the DataSource "
					+ "connects: the URL is not used. Remove one of them.");
		}
		String username = (dataSourceProperties.getUsername() != null) ? dataSourceProperties.getUsername()
				: cluster.username();
		String host = cluster.hostName();
		String url = "jdbc:postgresql://" + host + ":" + datasource.getPort() + "/"
				+ URLEncoder.encode(datasource.getSchema(), StandardCharsets.UTF_8) + "?sslmode="
				+ URLEncoder.encode(datasource.getSslMode(), StandardCharsets.UTF_8);
		logger.info("DataSource on CrateDB Cloud cluster '" + cluster.name() + "': " + url + " as " + username);
		return new CrateCloudJdbcConnectionDetails(cluster.id(), cluster.name(), url, username, password);
	}

	/**
	 * Find the cluster; a failure of the API is a start-up failure that says what went wrong
	 * and what to do, not a stack trace.
	 */
	private static Cluster lookUp(CrateCloudClient client, String wanted, CrateCloudDataSourceProperties datasource) {
		try {
			return ClusterLookup.find(client, "cratecloud.datasource.cluster", wanted, datasource.getOrganization(),
					datasource.getProject());
		}
		catch (CrateCloudException ex) {
			throw new ClusterNotUsableException("The CrateDB Cloud cluster '" + wanted
					+ "' of 'cratecloud.datasource.cluster' could not be looked up: " + ex.getMessage(),
					ApiFailures.action(ex), ex);
		}
	}

	private static boolean isGreen(Cluster cluster) {
		ClusterHealth health = cluster.health();
		return health != null && ClusterHealthStatus.GREEN.equals(health.status());
	}

	private static Cluster warnIfSuspended(Cluster cluster) {
		if (Boolean.TRUE.equals(cluster.suspended())) {
			logger.warn("CrateDB Cloud cluster '" + cluster.name() + "' of the DataSource is suspended: connections "
					+ "fail until it is resumed. Set 'cratecloud.datasource.ensure-running=true' to resume it at "
					+ "start-up.");
		}
		return cluster;
	}

	/**
	 * Resume a suspended cluster and wait until it is GREEN, within the start-up timeout,
	 * logging each change of its progress on one line.
	 */
	private static Cluster ensureRunning(CrateCloudClient client, Cluster cluster, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		String name = cluster.name();
		String id = cluster.id();
		try {
			if (Boolean.TRUE.equals(cluster.suspended())) {
				logger.info("Resuming CrateDB Cloud cluster '" + name + "' (" + id + ") for the DataSource");
				try {
					client.clusters()
						.resume(id)
						.await(remaining(deadline),
								(progress) -> logger.info("Cluster '" + name + "' resuming: " + progress.describe()));
				}
				catch (CrateCloudOperationInProgressException ex) {
					// Someone is resuming it already, or another change runs: wait for it, then for its health.
					logger.info("Cluster '" + name + "' has a change in progress already: waiting for it");
					ex.runningOperation()
						.await(remaining(deadline), (progress) -> logger.info("Cluster '" + name + "': "
								+ progress.kind() + " " + progress.describe()));
				}
			}
			Cluster green = client.clusters()
				.untilGreen(id)
				.await(remaining(deadline), (progress) -> logger.info("Cluster '" + name + "': " + progress.message()));
			logger.info("CrateDB Cloud cluster '" + name + "' is GREEN");
			return green;
		}
		catch (CrateCloudOperationTimeoutException ex) {
			throw new ClusterNotUsableException("CrateDB Cloud cluster '" + name + "' (" + id
					+ ") of 'cratecloud.datasource.cluster' did not become healthy within " + timeout + ": "
					+ ex.getMessage(), "Raise 'cratecloud.datasource.startup-timeout', or look at the cluster in the "
							+ "CrateDB Cloud console.", ex);
		}
		catch (CrateCloudException ex) {
			throw new ClusterNotUsableException("CrateDB Cloud cluster '" + name + "' (" + id
					+ ") of 'cratecloud.datasource.cluster' could not be resumed: " + ex.getMessage(),
					"Look at the cluster in the CrateDB Cloud console, and at the API key's permissions on it.", ex);
		}
	}

	private static Duration remaining(long deadline) {
		long nanos = deadline - System.nanoTime();
		return (nanos > 0) ? Duration.ofNanos(nanos) : Duration.ZERO;
	}

	/**
	 * Hides the password of the cluster's database user in the actuator's
	 * {@code /configprops} and {@code /env}, even when they are configured to show values:
	 * {@code spring.datasource.password} in any relaxed form, and any value that holds it.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class DataSourcePasswordSanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "crateCloudDataSourcePasswordSanitizingFunction")
		SanitizingFunction crateCloudDataSourcePasswordSanitizingFunction(
				ObjectProvider<CrateCloudJdbcConnectionDetails> connectionDetails) {
			return SanitizingFunction.of(SanitizableData::withSanitizedValue)
				.ifMatches((data) -> isPasswordKey(data.getKey()) || holdsPassword(data, connectionDetails));
		}

		private static boolean isPasswordKey(String key) {
			String relaxed = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
			return relaxed.equals("spring.datasource.password") || relaxed.equals("springdatasourcepassword");
		}

		private static boolean holdsPassword(SanitizableData data,
				ObjectProvider<CrateCloudJdbcConnectionDetails> connectionDetails) {
			CrateCloudJdbcConnectionDetails details = connectionDetails.getIfAvailable();
			return details != null && data.getValue() instanceof CharSequence value
					&& value.toString().contains(details.getPassword());
		}

	}

}
