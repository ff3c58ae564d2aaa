package io.cratecloud.autoconfigure;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterQuery;
import io.cratecloud.client.clusters.OperationType;
import org.jspecify.annotations.Nullable;

/**
 * Finds the cluster a property names, by id or by name, with one request: a cluster's id is
 * read with {@code GET /api/v2/clusters/{cluster_id}/}, a name is looked for in the list of
 * clusters, of the organization or project when one is given. Shared by the
 * auto-configurations that work on one cluster (the {@code DataSource}, SQL); not meant for
 * applications.
 */
public final class ClusterLookup {

	private static final Pattern UUID = Pattern
		.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", Pattern.CASE_INSENSITIVE);

	private ClusterLookup() {
	}

	/**
	 * Find a cluster.
	 * @param client the client
	 * @param property the property that names the cluster, such as
	 * {@code cratecloud.datasource.cluster}, for messages; its prefix names the organization
	 * and project properties
	 * @param nameOrId the cluster's name or id
	 * @param organizationId the organization to look for a name in, if any
	 * @param projectId the project to look for a name in, if any
	 * @return the cluster
	 * @throws ClusterNotUsableException if no cluster, or more than one, answers to the name
	 */
	public static Cluster find(CrateCloudClient client, String property, String nameOrId,
			@Nullable String organizationId, @Nullable String projectId) {
		String prefix = property.substring(0, property.lastIndexOf('.') + 1);
		if (UUID.matcher(nameOrId).matches()) {
			try {
				return client.clusters().get(nameOrId.toLowerCase(java.util.Locale.ROOT));
			}
			catch (CrateCloudNotFoundException ex) {
				throw new ClusterNotUsableException("No CrateDB Cloud cluster has the id '" + nameOrId
						+ "' of '" + property + "', or the API key cannot see it.",
						"Set '" + property + "' to the name or id of a cluster the API key can see.", ex);
			}
		}
		ClusterQuery query = (organizationId != null) ? ClusterQuery.inOrganization(organizationId).withProjectId(projectId)
				: (projectId != null) ? ClusterQuery.inProject(projectId) : ClusterQuery.all();
		List<Cluster> clusters = client.clusters().list(query);
		List<Cluster> named = clusters.stream().filter((cluster) -> nameOrId.equals(cluster.name())).toList();
		if (named.isEmpty()) {
			throw new ClusterNotUsableException("No CrateDB Cloud cluster is named '" + nameOrId + "'"
					+ scope(organizationId, projectId) + " ('" + property + "'). The API key sees "
					+ describe(clusters) + ".",
					"Set '" + property + "' to one of these names or ids.");
		}
		if (named.size() > 1) {
			throw new ClusterNotUsableException("More than one CrateDB Cloud cluster is named '" + nameOrId + "'"
					+ scope(organizationId, projectId) + ": " + describe(named) + ".",
					"Set '" + property + "' to the cluster's id, or '" + prefix + "project' "
							+ "(or '" + prefix + "organization') to the id of the project (or organization) it is in.");
		}
		return named.get(0);
	}

	/**
	 * Whether a cluster is still being deployed, so that it has no endpoint to connect to yet.
	 * @param cluster the cluster
	 * @return whether it is being created
	 */
	public static boolean isBeingCreated(Cluster cluster) {
		ClusterHealth health = cluster.health();
		return cluster.hostName() == null
				|| (health != null && OperationType.CREATE.equals(health.runningOperation()));
	}

	private static String scope(@Nullable String organizationId, @Nullable String projectId) {
		if (projectId != null) {
			return " in project " + projectId;
		}
		return (organizationId != null) ? " in organization " + organizationId : "";
	}

	private static String describe(List<Cluster> clusters) {
		if (clusters.isEmpty()) {
			return "no cluster";
		}
		return clusters.stream()
			.map((cluster) -> "'" + cluster.name() + "' (" + cluster.id() + ", project " + cluster.projectId() + ")")
			.collect(Collectors.joining(", "));
	}

}
