package io.cratecloud.client.clusters;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ClustersClient#create(String, ClusterCreateRequest)} sends: a cluster, the
 * subscription that pays for it, and either an existing project or a new one. Build it with
 * {@link #inProject} or {@link #inNewProject}.
 *
 * @param cluster the cluster to create
 * @param projectId the existing project to create it in, or {@code null} with a new project
 * @param project the project to create along with it, or {@code null} with an existing
 * project
 * @param subscriptionId the subscription that pays for the cluster
 */
public record ClusterCreateRequest(ClusterSpec cluster, @Nullable String projectId, @Nullable NewProject project,
		String subscriptionId) {

	/**
	 * Check that the request names a cluster, a subscription and exactly one project.
	 * @param cluster the cluster to create
	 * @param projectId an existing project's id, or {@code null}
	 * @param project a new project, or {@code null}
	 * @param subscriptionId the subscription's id
	 * @throws IllegalArgumentException naming the first part that is missing or wrong
	 */
	public ClusterCreateRequest {
		Arguments.required(cluster, "cluster");
		Arguments.length(subscriptionId, "subscription_id", 1, 512);
		Arguments.check((projectId == null) != (project == null), "project_id",
				"given, or a new project, but not both");
		if (projectId != null) {
			Arguments.uuid(projectId, "project_id");
		}
	}

	/**
	 * Create the cluster in an existing project.
	 * @param projectId the project's id
	 * @param subscriptionId the subscription that pays for the cluster
	 * @param cluster the cluster to create
	 * @return the request
	 */
	public static ClusterCreateRequest inProject(String projectId, String subscriptionId, ClusterSpec cluster) {
		return new ClusterCreateRequest(cluster, projectId, null, subscriptionId);
	}

	/**
	 * Create the cluster in a project created along with it.
	 * @param project the project to create
	 * @param subscriptionId the subscription that pays for the cluster
	 * @param cluster the cluster to create
	 * @return the request
	 */
	public static ClusterCreateRequest inNewProject(NewProject project, String subscriptionId, ClusterSpec cluster) {
		return new ClusterCreateRequest(cluster, null, project, subscriptionId);
	}

}
