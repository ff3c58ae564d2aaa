package io.cratecloud.autoconfigure.jdbc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.CrateCloudProperties;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

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
@EnableConfigurationProperties(CrateCloudProperties.class)
public final class CrateCloudDataSourceAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CrateCloudDataSourceAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	CrateCloudJdbcConnectionDetails crateCloudJdbcConnectionDetails(CrateCloudClient client,
			CrateCloudProperties properties, ConfigurableEnvironment environment) {
		CrateCloudProperties.Datasource datasource = properties.getDatasource();
		String wanted = datasource.getCluster();
		if (wanted == null || wanted.isBlank()) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.datasource.cluster", wanted,
					"it must name a cluster, by its name or id");
		}
		checkSettings(datasource);
		Binder binder = Binder.get(environment);
		String password = binder.bind("spring.datasource.password", String.class).orElse(null);
		if (password == null || password.isEmpty()) {
			throw new MissingDataSourcePasswordException(wanted);
		}
		Cluster cluster = ClusterLookup.find(client, wanted, datasource.getOrganization(), datasource.getProject());
		if (ClusterLookup.isBeingCreated(cluster)) {
			throw new ClusterNotUsableException("CrateDB Cloud cluster '" + cluster.name() + "' (" + cluster.id()
					+ ") of 'cratecloud.datasource.cluster' is still being created: it has no endpoint to connect to "
					+ "yet.", "Start the application again once the cluster's health is GREEN.");
		}
		if (Boolean.TRUE.equals(cluster.suspended()) || !isGreen(cluster)) {
			cluster = datasource.isEnsureRunning() ? ensureRunning(client, cluster, datasource.getStartupTimeout())
					: warnIfSuspended(cluster);
		}
		if (binder.bind("spring.datasource.url", String.class).isBound()) {
			logger.warn("'spring.datasource.url' is set, but 'cratecloud.datasource.cluster' decides where the DataSource "
					+ "connects: the URL is not used. Remove one of them.");
		}
		String username = binder.bind("spring.datasource.username", String.class).orElse(cluster.username());
		String host = cluster.hostName();
		String url = "jdbc:postgresql://" + host + ":" + datasource.getPort() + "/"
				+ URLEncoder.encode(datasource.getSchema(), StandardCharsets.UTF_8) + "?sslmode="
				+ URLEncoder.encode(datasource.getSslMode(), StandardCharsets.UTF_8);
		logger.info("DataSource on CrateDB Cloud cluster '" + cluster.name() + "': " + url + " as " + username);
		return new CrateCloudJdbcConnectionDetails(cluster.id(), cluster.name(), url, username, password);
	}

	private static void checkSettings(CrateCloudProperties.Datasource datasource) {
		if (datasource.getPort() < 1 || datasource.getPort() > 65535) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.datasource.port", datasource.getPort(),
					"it must be a TCP port, 1 to 65535");
		}
		if (datasource.getSchema() == null || datasource.getSchema().isBlank()) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.datasource.schema", datasource.getSchema(),
					"it must name a schema, such as doc");
		}
		Duration timeout = datasource.getStartupTimeout();
		if (timeout.isNegative() || timeout.isZero()) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.datasource.startup-timeout", timeout,
					"it must be positive, such as 10m");
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
					// Someone is resuming it already, or another change runs: wait for its health.
					logger.info("Cluster '" + name + "' has a change in progress already: waiting for it");
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

}
