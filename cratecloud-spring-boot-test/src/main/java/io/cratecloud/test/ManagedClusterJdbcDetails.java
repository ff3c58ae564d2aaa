package io.cratecloud.test;

/**
 * How to connect to a {@link ManagedClusterExtension managed cluster} with JDBC, through
 * CrateDB's PostgreSQL wire protocol endpoint, with the URL shaped as the starter's
 * {@code cratecloud.datasource.*} support shapes it:
 * {@code jdbc:postgresql://<host>:5432/<schema>?sslmode=require}.
 * <pre class="code">
 * try (Connection connection = DriverManager.getConnection(jdbc.jdbcUrl(), jdbc.username(), jdbc.password())) {
 *     ...
 * }
 * </pre>
 * {@link #toString()} never shows the password.
 *
 * @param clusterId the cluster's id
 * @param clusterName the cluster's name
 * @param jdbcUrl the JDBC URL
 * @param username the cluster's admin user
 * @param password the admin user's password, as the declaration's
 * {@link io.cratecloud.client.estate.Estate.ClusterBuilder#passwordFrom(String) reference}
 * resolved it
 */
public record ManagedClusterJdbcDetails(String clusterId, String clusterName, String jdbcUrl, String username,
		String password) {

	@Override
	public String toString() {
		return "ManagedClusterJdbcDetails[clusterId=" + this.clusterId + ", clusterName=" + this.clusterName
				+ ", jdbcUrl=" + this.jdbcUrl + ", username=" + this.username + ", password=******]";
	}

}
