package io.cratecloud.autoconfigure.jdbc;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The connection details of a CrateDB Cloud cluster's PostgreSQL wire protocol endpoint, as
 * the cluster was found at start-up. {@link #toString()} never shows the password.
 *
 * @param clusterId the cluster's id
 * @param clusterName the cluster's name
 * @param jdbcUrl the JDBC URL, {@code jdbc:postgresql://<host>:<port>/<schema>?sslmode=<mode>}
 * @param username the database user
 * @param password the database user's password
 */
public record CrateCloudJdbcConnectionDetails(String clusterId, String clusterName, String jdbcUrl, String username,
		String password) implements JdbcConnectionDetails {

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String toString() {
		return "CrateCloudJdbcConnectionDetails[clusterId=" + this.clusterId + ", clusterName=" + this.clusterName
				+ ", jdbcUrl=" + this.jdbcUrl + ", username=" + this.username + ", password=******]";
	}

}
