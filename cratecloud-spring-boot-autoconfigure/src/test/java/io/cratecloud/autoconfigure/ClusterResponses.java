package io.cratecloud.autoconfigure;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Clusters as the CrateDB Cloud API answers them, for the Boot-side tests.
 */
public final class ClusterResponses {

	/** A project the clusters belong to. */
	public static final String PROJECT_ID = "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d";

	/** Another project. */
	public static final String OTHER_PROJECT_ID = "b2e4d7f1-6c8a-4f3b-9d0e-2a3b4c5d6e7f";

	private ClusterResponses() {
	}

	/**
	 * A cluster.
	 * @param id its id
	 * @param name its name
	 * @param projectId its project's id
	 * @param health its health status
	 * @param nodes its node count
	 * @return the cluster's JSON
	 */
	public static String cluster(String id, String name, String projectId, String health, int nodes) {
		boolean suspended = health.equals("SUSPENDED");
		return """
				{"id": "%s", "name": "%s", "crate_version": "5.10.3", "num_nodes": %d,
				 "project_id": "%s",
				 "subscription_id": "5c2e7a91-3d4b-4f68-b0a2-9e1c6d8f4a25", "product_name": "cr1",
				 "product_tier": "default", "product_unit": %d, "channel": "stable", "username": "admin",
				 "suspended": %s, "deletion_protected": false,
				 "fqdn": "%s.aks1.eastus2.azure.cratedb.net.",
				 "url": "https://%s.aks1.eastus2.azure.cratedb.net:4200",
				 "health": {"status": "%s", "running_operation": "", "last_seen": "2026-07-10T10:45:00.000000"}}
				""".formatted(id, name, nodes, projectId, nodes - 1, suspended, name, name, health);
	}

	/**
	 * A list of clusters.
	 * @param clusters the clusters' JSON
	 * @return the list's JSON
	 */
	public static String list(String... clusters) {
		return Arrays.stream(clusters).collect(Collectors.joining(",", "[", "]"));
	}

}
