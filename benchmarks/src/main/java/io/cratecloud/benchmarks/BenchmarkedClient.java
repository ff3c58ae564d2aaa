package io.cratecloud.benchmarks;

import java.io.Closeable;

/**
 * The calls the per-call and decoding benchmarks make, on one of the {@link ClientVariant
 * clients} they compare. Each returns what the client read, for JMH to consume.
 */
public interface BenchmarkedClient extends Closeable {

	/**
	 * {@code GET /api/v2/clusters/}.
	 * @return the clusters
	 */
	Object clustersList();

	/**
	 * {@code GET /api/v2/users/me/}.
	 * @return the current user
	 */
	Object usersMe();

	/**
	 * {@code GET /api/v2/organizations/{organization_id}/auditlogs/}, the newest page.
	 * @return the events
	 */
	Object auditLogPage();

}
