package io.cratecloud.client.clusters;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ClustersClient#deploy} asks for: a cluster, the subscription that pays for it,
 * and either an existing project or a new one. Build it with {@link #inProject} or
 * {@link #inNewProject}.
 *
 * @param cluster the cluster to deploy
 * @param projectId the existing project to deploy into, or {@code null} with a new project
 * @param project the project to create, or {@code null} with an existing project
 * @param subscriptionId the subscription that pays for the cluster
 */
public record ClusterDeployment(ClusterSpec cluster, @Nullable String projectId, @Nullable NewProject project,
		String subscriptionId) {

	/**
	 * Check that the deployment names a cluster, a subscription and exactly one project.
	 * @param cluster the cluster to deploy
	 * @param projectId an existing project's id, or {@code null}
	 * @param project a new project, or {@code null}
	 * @param subscriptionId the subscription's id
	 */
	public ClusterDeployment {
		Arguments.required(cluster, "cluster");
		Arguments.length(subscriptionId, "subscription_id", 1, 512);
		Arguments.check((projectId == null) != (project == null), "project_id",
				"given, or a new project, but not both");
		if (projectId != null) {
			Arguments.uuid(projectId, "project_id");
		}
	}

	/**
	 * Deploy into an existing project.
	 * @param projectId the project's id
	 * @param subscriptionId the subscription that pays for the cluster
	 * @param cluster the cluster to deploy
	 * @return the deployment
	 */
	public static ClusterDeployment inProject(String projectId, String subscriptionId, ClusterSpec cluster) {
		return new ClusterDeployment(cluster, projectId, null, subscriptionId);
	}

	/**
	 * Deploy into a project created along with the cluster.
	 * @param project the project to create
	 * @param subscriptionId the subscription that pays for the cluster
	 * @param cluster the cluster to deploy
	 * @return the deployment
	 */
	public static ClusterDeployment inNewProject(NewProject project, String subscriptionId, ClusterSpec cluster) {
		return new ClusterDeployment(cluster, null, project, subscriptionId);
	}

}
