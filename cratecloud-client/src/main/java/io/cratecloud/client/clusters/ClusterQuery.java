package io.cratecloud.client.clusters;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Which clusters {@link ClustersClient#list(ClusterQuery)} returns. Every criterion is
 * optional; the ones given must all match. Start from {@link #all()}, or from
 * {@link #inOrganization(String)} or {@link #inProject(String)}, and add criteria with the
 * {@code with...} methods.
 *
 * @param organizationId only clusters of this organization
 * @param projectId only clusters of this project
 * @param subscriptionId only clusters paid for by this subscription
 * @param productName only clusters running on this product, such as {@code cr1}
 */
public record ClusterQuery(@Nullable String organizationId, @Nullable String projectId,
		@Nullable String subscriptionId, @Nullable String productName) {

	private static final ClusterQuery ALL = new ClusterQuery(null, null, null, null);

	/**
	 * Every cluster the current user can see.
	 * @return the query
	 */
	public static ClusterQuery all() {
		return ALL;
	}

	/**
	 * The clusters of an organization.
	 * @param organizationId the organization's id
	 * @return the query
	 */
	public static ClusterQuery inOrganization(String organizationId) {
		return new ClusterQuery(Arguments.text(organizationId, "organization_id"), null, null, null);
	}

	/**
	 * The clusters of a project.
	 * @param projectId the project's id
	 * @return the query
	 */
	public static ClusterQuery inProject(String projectId) {
		return ALL.withProjectId(Arguments.text(projectId, "project_id"));
	}

	/**
	 * This query, also within a project.
	 * @param projectId the project's id, or {@code null} for any project
	 * @return a new query
	 */
	public ClusterQuery withProjectId(@Nullable String projectId) {
		return new ClusterQuery(this.organizationId, projectId, this.subscriptionId, this.productName);
	}

	/**
	 * This query, also for one subscription.
	 * @param subscriptionId the subscription's id, or {@code null} for any subscription
	 * @return a new query
	 */
	public ClusterQuery withSubscriptionId(@Nullable String subscriptionId) {
		return new ClusterQuery(this.organizationId, this.projectId, subscriptionId, this.productName);
	}

	/**
	 * This query, also for one product.
	 * @param productName the product's name, such as {@code cr1}, or {@code null} for any
	 * product
	 * @return a new query
	 */
	public ClusterQuery withProductName(@Nullable String productName) {
		return new ClusterQuery(this.organizationId, this.projectId, this.subscriptionId, productName);
	}

}
