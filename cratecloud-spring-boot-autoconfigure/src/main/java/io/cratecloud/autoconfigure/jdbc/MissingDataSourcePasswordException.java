package io.cratecloud.autoconfigure.jdbc;

/**
 * {@code cratecloud.datasource.cluster} is set, but not {@code spring.datasource.password}:
 * the API never returns a cluster's password, so it must come from the application's
 * configuration. Reported at start-up by {@link CrateCloudDataSourceFailureAnalyzer}; the
 * message never holds a value.
 */
public class MissingDataSourcePasswordException extends RuntimeException {

	/**
	 * Create a new instance.
	 * @param cluster the cluster, as {@code cratecloud.datasource.cluster} names it
	 */
	public MissingDataSourcePasswordException(String cluster) {
		super("The DataSource on CrateDB Cloud cluster '" + cluster + "' needs the password of its database user, "
				+ "but 'spring.datasource.password' is not set: CrateDB Cloud never returns it.");
	}

}
