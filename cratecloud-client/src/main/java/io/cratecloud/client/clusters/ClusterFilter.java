package io.cratecloud.client.clusters;

import org.jspecify.annotations.Nullable;

/**
 * Which clusters a list returns. Every criterion is optional; the ones given must all
 * match. Start from {@link #all()} or one of the factories, and add criteria with the
 * {@code with...} methods.
 *
 * @param projectId only clusters of this project
 * @param subscriptionId only clusters paid for by this subscription
 * @param productName only clusters running on this product, such as {@code cr1}
 */
public record ClusterFilter(@Nullable String projectId, @Nullable String subscriptionId,
		@Nullable String productName) {

	private static final ClusterFilter ALL = new ClusterFilter(null, null, null);

	/**
	 * A filter that matches every cluster.
	 * @return the filter
	 */
	public static ClusterFilter all() {
		return ALL;
	}

	/**
	 * A filter on the project.
	 * @param projectId the project's id
	 * @return the filter
	 */
	public static ClusterFilter byProject(String projectId) {
		return ALL.withProjectId(projectId);
	}

	/**
	 * A filter on the subscription.
	 * @param subscriptionId the subscription's id
	 * @return the filter
	 */
	public static ClusterFilter bySubscription(String subscriptionId) {
		return ALL.withSubscriptionId(subscriptionId);
	}

	/**
	 * A filter on the product.
	 * @param productName the product's name, such as {@code cr1}
	 * @return the filter
	 */
	public static ClusterFilter byProductName(String productName) {
		return ALL.withProductName(productName);
	}

	/**
	 * This filter with another project.
	 * @param projectId the project's id, or {@code null} for any project
	 * @return a new filter
	 */
	public ClusterFilter withProjectId(@Nullable String projectId) {
		return new ClusterFilter(projectId, this.subscriptionId, this.productName);
	}

	/**
	 * This filter with another subscription.
	 * @param subscriptionId the subscription's id, or {@code null} for any subscription
	 * @return a new filter
	 */
	public ClusterFilter withSubscriptionId(@Nullable String subscriptionId) {
		return new ClusterFilter(this.projectId, subscriptionId, this.productName);
	}

	/**
	 * This filter with another product.
	 * @param productName the product's name, or {@code null} for any product
	 * @return a new filter
	 */
	public ClusterFilter withProductName(@Nullable String productName) {
		return new ClusterFilter(this.projectId, this.subscriptionId, productName);
	}

}
