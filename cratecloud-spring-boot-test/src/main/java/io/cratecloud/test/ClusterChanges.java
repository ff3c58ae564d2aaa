package io.cratecloud.test;

import tools.jackson.databind.node.ObjectNode;

/**
 * The long-running changes of a cluster: scale, suspend and resume, upgrade, product,
 * storage, backup schedule, IP allowlist and password. Each answers at once with the cluster
 * and starts an operation whose effect applies when it succeeds.
 */
final class ClusterChanges {

	private final FakeState state;

	private final ClusterOperations operations;

	ClusterChanges(FakeState state, ClusterOperations operations) {
		this.state = state;
		this.operations = operations;
	}

	void register(Routes routes) {
		routes.put("/api/v2/clusters/{cluster_id}/scale/", this::scale)
			.put("/api/v2/clusters/{cluster_id}/suspend/", this::suspend);
	}

	private FakeResponse scale(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		Long unit = checks.requiredInteger(body, "product_unit", 0, Integer.MAX_VALUE);
		checks.throwIfInvalid();
		this.operations.requireIdle(cluster);
		requireNotSuspended(cluster);
		ObjectNode product = ClustersApi.product(this.state, cluster);
		int maxNodes = ProductCatalog.maxNodes(product);
		int current = cluster.get("product_unit").asInt();
		if (unit >= maxNodes) {
			throw FakeApiException.badRequest("product_unit", "Product '" + product.get("name").asString()
					+ "' has 1 to " + maxNodes + " nodes: the product unit must be 0 to " + (maxNodes - 1) + ".");
		}
		if (unit == current) {
			throw FakeApiException.badRequest("product_unit", "The cluster already has " + (current + 1) + " node(s).");
		}
		int target = unit.intValue();
		ObjectNode data = this.state.object()
			.put("current_product_unit", current)
			.put("current_num_nodes", current + 1)
			.put("target_product_unit", target)
			.put("target_num_nodes", target + 1);
		this.operations.start(cluster, "SCALE", data,
				"Scaling the cluster from " + (current + 1) + " to " + (target + 1) + " node(s).", () -> {
					cluster.put("product_unit", target);
					cluster.put("num_nodes", target + 1);
				});
		ClustersApi.audit(this.state, cluster, "cluster.scale",
				this.state.object().put("product_unit", target).put("num_nodes", target + 1));
		return FakeResponse.ok(cluster.deepCopy());
	}

	private FakeResponse suspend(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		Boolean suspend = checks.requiredBoolean(body, "suspended");
		checks.throwIfInvalid();
		this.operations.requireIdle(cluster);
		boolean suspended = cluster.path("suspended").asBoolean(false);
		if (suspend == suspended) {
			throw FakeApiException.badRequest("suspended",
					suspended ? "The cluster is already suspended." : "The cluster is not suspended.");
		}
		if (suspend && !cluster.path("allow_suspend").asBoolean(true)) {
			throw FakeApiException.badRequest("suspended", "The cluster cannot be suspended.");
		}
		ObjectNode data = this.state.object().put("current_suspended", suspended).put("target_suspended", suspend);
		// Resuming is a SUSPEND operation too, as on the service.
		this.operations.start(cluster, "SUSPEND", data,
				suspend ? "Suspending the cluster." : "Resuming the cluster.", () -> {
					cluster.put("suspended", suspend);
					ObjectNode health = ClusterOperations.health(cluster);
					health.put("status", suspend ? "SUSPENDED" : "GREEN");
					if (!suspend) {
						health.put("last_seen", ClusterOperations.lastSeen(this.state.now()));
					}
				});
		ClustersApi.audit(this.state, cluster, suspend ? "cluster.suspend" : "cluster.resume", null);
		return FakeResponse.ok(cluster.deepCopy());
	}

	/**
	 * Refuses a change that needs the cluster's nodes while it is suspended.
	 */
	private static void requireNotSuspended(ObjectNode cluster) {
		if (cluster.path("suspended").asBoolean(false)) {
			throw FakeApiException.badRequest("_schema", "The cluster is suspended; resume it first.");
		}
	}

}
