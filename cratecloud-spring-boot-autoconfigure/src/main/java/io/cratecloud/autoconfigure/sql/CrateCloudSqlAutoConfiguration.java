package io.cratecloud.autoconfigure.sql;

import io.cratecloud.autoconfigure.ApiFailures;
import io.cratecloud.autoconfigure.ClusterLookup;
import io.cratecloud.autoconfigure.ClusterNotUsableException;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.jdbc.CrateCloudJdbcConnectionDetails;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.sql.CrateDbSql;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of a
 * {@link CrateDbSql} on one cluster:
 * the cluster of {@code cratecloud.sql.cluster} (looked up at start-up, by name or id), else
 * that of the {@code DataSource} ({@code cratecloud.datasource.cluster}). Statements run over
 * the cluster's HTTP endpoint with its token, so the API key is all they need.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class,
		afterName = "io.cratecloud.autoconfigure.jdbc.CrateCloudDataSourceAutoConfiguration")
@ConditionalOnClass({ CrateCloudClient.class, CrateDbSql.class })
@ConditionalOnBean(CrateCloudClient.class)
@EnableConfigurationProperties(CrateCloudSqlProperties.class)
@Import({ CrateCloudSqlAutoConfiguration.NamedClusterConfiguration.class,
		CrateCloudSqlAutoConfiguration.DataSourceClusterConfiguration.class })
public final class CrateCloudSqlAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CrateCloudSqlAutoConfiguration.class);

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("cratecloud.sql.cluster")
	static final class NamedClusterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CrateDbSql crateDbSql(CrateCloudClient client, CrateCloudSqlProperties properties) {
			// Bound and checked: the condition says it is set, its check that it is not blank.
			String wanted = properties.getCluster().trim();
			Cluster cluster;
			try {
				cluster = ClusterLookup.find(client, "cratecloud.sql.cluster", wanted, properties.getOrganization(),
						properties.getProject());
			}
			catch (CrateCloudException ex) {
				throw new ClusterNotUsableException("The CrateDB Cloud cluster '" + wanted
						+ "' of 'cratecloud.sql.cluster' could not be looked up: " + ex.getMessage(),
						ApiFailures.action(ex), ex);
			}
			if (Boolean.TRUE.equals(cluster.suspended())) {
				logger.warn("CrateDB Cloud cluster '" + cluster.name() + "' of 'cratecloud.sql.cluster' is suspended: "
						+ "statements fail until it is resumed.");
			}
			logger.info("SQL on CrateDB Cloud cluster '" + cluster.name() + "' (" + cluster.id()
					+ ") over its HTTP endpoint, with the cluster's token");
			return client.clusters().sql(cluster.id());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JdbcConnectionDetails.class)
	@ConditionalOnBean(CrateCloudJdbcConnectionDetails.class)
	static final class DataSourceClusterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CrateDbSql crateDbSql(CrateCloudClient client, CrateCloudJdbcConnectionDetails dataSourceCluster) {
			return client.clusters().sql(dataSourceCluster.clusterId());
		}

	}

}
