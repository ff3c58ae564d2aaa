package io.cratecloud.sample;

import java.util.Map;

import io.cratecloud.autoconfigure.jdbc.CrateCloudDataSourceProperties;
import io.cratecloud.client.clusters.Cluster;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the dashboard shows a cluster's JDBC URL and its status in {@code /actuator/health}.
 */
class ClusterUsageTests {

	@Test
	void theJdbcUrlIsTheStartersDefaultOnTheHostWithoutTheTrailingDot() {
		Cluster cluster = cluster("8f1c", "sensors", "sensors.aks1.westeurope.azure.cratedb.net.");

		assertThat(ClusterUsage.jdbcUrl(cluster, new CrateCloudDataSourceProperties()))
			.isEqualTo("jdbc:postgresql://sensors.aks1.westeurope.azure.cratedb.net:5432/doc?sslmode=require");
	}

	@Test
	void theJdbcUrlFollowsTheDataSourceProperties() {
		CrateCloudDataSourceProperties datasource = new CrateCloudDataSourceProperties();
		datasource.setPort(6432);
		datasource.setSchema("sensor data");
		datasource.setSslMode("verify-full");

		assertThat(ClusterUsage.jdbcUrl(cluster("8f1c", "sensors", "sensors.example.net"), datasource))
			.isEqualTo("jdbc:postgresql://sensors.example.net:6432/sensor+data?sslmode=verify-full");
	}

	@Test
	void aClusterWithoutADomainNameHasNoJdbcUrlYet() {
		assertThat(ClusterUsage.jdbcUrl(cluster("8f1c", "sensors", null), new CrateCloudDataSourceProperties()))
			.isNull();
		assertThat(ClusterUsage.jdbcUrl(cluster("8f1c", "sensors", ""), new CrateCloudDataSourceProperties()))
			.isNull();
	}

	@Test
	void aClusterIsWatchedByItsNameOrItsId() {
		Map<String, String> statuses = Map.of("sensors", "UP", "1a2b", "OUT_OF_SERVICE");

		assertThat(ClusterUsage.reportedHealth(statuses, cluster("8f1c", "sensors", null))).isEqualTo("UP");
		assertThat(ClusterUsage.reportedHealth(statuses, cluster("1a2b", "archive", null)))
			.isEqualTo("OUT_OF_SERVICE");
		assertThat(ClusterUsage.reportedHealth(statuses, cluster("3c4d", "staging", null))).isNull();
	}

	private static Cluster cluster(String id, String name, @Nullable String fqdn) {
		return new Cluster(id, name, "project", null, "6.0.0", null, "cr1", "default", 0, 1, null, fqdn, null, null,
				"admin", null, null, null, null, false, null, null, null, null, null, null);
	}

}
