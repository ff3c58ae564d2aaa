package io.cratecloud.client.organizations;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What {@link BillingClient#getRemainingBudget(String, RemainingBudgetQuery)} counts. Start
 * from {@link #all()} and narrow it with the {@code with} methods.
 *
 * @param excludeClusterId the id of a cluster whose cost to leave out, such as to check
 * whether that cluster can be changed, sent as {@code exclude_cluster_id}; {@code null} to
 * count every cluster
 */
public record RemainingBudgetQuery(@Nullable String excludeClusterId) {

	private static final RemainingBudgetQuery ALL = new RemainingBudgetQuery(null);

	/**
	 * Create a query.
	 * @param excludeClusterId the id of a cluster whose cost to leave out, or {@code null}
	 * @throws IllegalArgumentException if the id is blank
	 */
	public RemainingBudgetQuery {
		if (excludeClusterId != null) {
			Arguments.text(excludeClusterId, "exclude_cluster_id");
		}
	}

	/**
	 * The cost of every cluster counted.
	 * @return a query without filters
	 */
	public static RemainingBudgetQuery all() {
		return ALL;
	}

	/**
	 * This query, leaving one cluster's cost out.
	 * @param excludeClusterId the cluster's id, or {@code null} to count every cluster
	 * @return a new query
	 */
	public RemainingBudgetQuery withExcludedCluster(@Nullable String excludeClusterId) {
		return new RemainingBudgetQuery(excludeClusterId);
	}

}
