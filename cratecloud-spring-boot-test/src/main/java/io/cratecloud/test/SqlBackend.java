package io.cratecloud.test;

import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL-protocol database a seeded cluster's SQL endpoint runs its statements on
 * ({@link ClusterSeed#sqlEndpoint(String, int)}), as the cluster's user.
 *
 * @param host the database's host
 * @param port the database's port
 * @param database the database to connect to
 * @param password the password of the cluster's user, or {@code null} for none
 */
record SqlBackend(String host, int port, String database, @Nullable String password) {

	/**
	 * The JDBC URL, without TLS: {@link ClusterSeed#sqlEndpoint(String, int)} is for a database
	 * the test runs on this machine, which the DataSource reaches without TLS too.
	 */
	String jdbcUrl() {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.database;
	}

	@Override
	public String toString() {
		// Never the password: records print every component.
		return "SqlBackend[" + this.host + ":" + this.port + "/" + this.database + "]";
	}

}
