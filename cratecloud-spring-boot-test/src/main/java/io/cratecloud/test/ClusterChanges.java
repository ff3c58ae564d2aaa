package io.cratecloud.test;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The long-running changes of a cluster: scale, suspend and resume, upgrade, product,
 * storage, backup schedule, IP allowlist and password (a snapshot restore is in
 * {@link ClusterSnapshots}). Each answers at once with the cluster and starts an operation
 * whose effect applies when it succeeds.
 */
final class ClusterChanges {

	/** Backup hours: hours of the day, separated by commas ({@code 2,14}). */
	private static final Pattern BACKUP_HOURS = Pattern.compile("^\\d{1,2}(,\\d{1,2})*$");

	private static final Pattern IPV4_CIDR = Pattern
		.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/(\\d{1,2}))?$");

	private static final Pattern IPV6_CIDR = Pattern.compile("^[0-9a-fA-F:]*:[0-9a-fA-F:]*(/(\\d{1,3}))?$");

	private final FakeState state;

	private final ClusterOperations operations;

	ClusterChanges(FakeState state, ClusterOperations operations) {
		this.state = state;
		this.operations = operations;
	}

	void register(Routes routes) {
		routes.put("/api/v2/clusters/{cluster_id}/scale/", this::scale)
			.put("/api/v2/clusters/{cluster_id}/suspend/", this::suspend)
			.put("/api/v2/clusters/{cluster_id}/upgrade/", this::upgrade)
			.put("/api/v2/clusters/{cluster_id}/product/", this::changeProduct)
			.put("/api/v2/clusters/{cluster_id}/storage/", this::expandStorage)
			.put("/api/v2/clusters/{cluster_id}/backup-schedule/", this::setBackupSchedule)
			.put("/api/v2/clusters/{cluster_id}/ip-restrictions/", this::setIpRestrictions)
			.patch("/api/v2/clusters/{cluster_id}/", this::changePassword);
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

	private FakeResponse upgrade(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String version = checks.requiredString(body, "crate_version", 1, 512);
		checks.throwIfInvalid();
		this.operations.requireIdle(cluster);
		requireNotSuspended(cluster);
		String current = cluster.get("crate_version").asString();
		String channel = ClusterVersions.channelOfUpgrade(current, version);
		if (channel == null) {
			throw FakeApiException.badRequest("crate_version", "Cannot upgrade from " + current + " to " + version
					+ " directly; see the cluster's available upgrades.");
		}
		ObjectNode data = this.state.object().put("current_version", current).put("target_version", version);
		this.operations.start(cluster, "UPGRADE", data, "Upgrading the cluster from " + current + " to " + version
				+ ", one node at a time.", () -> {
					cluster.put("crate_version", version);
					cluster.put("channel", channel);
				});
		ClustersApi.audit(this.state, cluster, "cluster.upgrade",
				this.state.object().put("from_version", current).put("to_version", version));
		return FakeResponse.ok(cluster.deepCopy());
	}

	private FakeResponse changeProduct(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String name = checks.requiredMatching(body, "product_name", ClustersApi.PRODUCT_NAME,
				"Must start with a letter, digit or underscore, then letters, digits, '_', '-', '.' or spaces.");
		checks.throwIfInvalid();
		this.operations.requireIdle(cluster);
		requireNotSuspended(cluster);
		String current = cluster.get("product_name").asString();
		String tier = cluster.get("product_tier").asString();
		ObjectNode product = ProductCatalog.find(this.state.products, name, tier)
			.orElseThrow(() -> FakeApiException.badRequest("product_name",
					"No product '" + name + "' of the cluster's tier '" + tier + "'."));
		if (name.equals(current)) {
			throw FakeApiException.badRequest("product_name", "The cluster already is a '" + name + "' cluster.");
		}
		int nodes = cluster.get("num_nodes").asInt();
		if (nodes > ProductCatalog.maxNodes(product)) {
			throw FakeApiException.badRequest("product_name", "Product '" + name + "' has at most "
					+ ProductCatalog.maxNodes(product) + " nodes; the cluster has " + nodes + ".");
		}
		ObjectNode data = this.state.object().put("current_product_name", current).put("target_product_name", name);
		this.operations.start(cluster, "CHANGE_COMPUTE", data,
				"Moving the cluster's nodes from " + current + " to " + name + ".", () -> {
					ObjectNode hardware = (ObjectNode) cluster.get("hardware_specs");
					ObjectNode target = ClustersApi.hardwareSpecs(this.state, product);
					// The disks stay: a product change moves compute only.
					target.set("disk_size_per_node_bytes", hardware.get("disk_size_per_node_bytes"));
					cluster.set("hardware_specs", target);
					cluster.put("product_name", name);
				});
		ClustersApi.audit(this.state, cluster, "cluster.change_product",
				this.state.object().put("from_product_name", current).put("to_product_name", name));
		return FakeResponse.ok(cluster.deepCopy());
	}

	private FakeResponse expandStorage(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		Long size = checks.requiredInteger(body, "disk_size_per_node_bytes", 1, Long.MAX_VALUE);
		checks.throwIfInvalid();
		this.operations.requireIdle(cluster);
		requireNotSuspended(cluster);
		if (!cluster.path("allow_custom_storage").asBoolean(true)) {
			throw FakeApiException.badRequest("disk_size_per_node_bytes", "The cluster's storage cannot be changed.");
		}
		long current = cluster.get("hardware_specs").get("disk_size_per_node_bytes").asLong();
		long maximum = ClustersApi.product(this.state, cluster).get("specs").get("storage_maximum_bytes").asLong();
		if (size <= current) {
			throw FakeApiException.badRequest("disk_size_per_node_bytes",
					"Storage can only grow: each node has " + current + " bytes.");
		}
		if (size > maximum) {
			throw FakeApiException.badRequest("disk_size_per_node_bytes",
					"Must be at most " + maximum + " bytes for the cluster's product.");
		}
		long target = size;
		ObjectNode data = this.state.object()
			.put("current_disk_size_per_node_bytes", current)
			.put("target_disk_size_per_node_bytes", target);
		this.operations.start(cluster, "EXPAND_STORAGE", data, "Expanding each node's disk to " + target + " bytes.",
				() -> ((ObjectNode) cluster.get("hardware_specs")).put("disk_size_per_node_bytes", target));
		ClustersApi.audit(this.state, cluster, "cluster.expand_storage",
				this.state.object().put("disk_size_per_node_bytes", target));
		return FakeResponse.ok(cluster.deepCopy());
	}

	private FakeResponse setBackupSchedule(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String hours = checks.requiredString(body, "backup_hours", 1, 512);
		if (hours != null && !validHours(hours)) {
			checks.error("backup_hours", "Must be hours of the day (0 to 23) separated by commas, e.g. '2,14'.");
		}
		checks.throwIfInvalid();
		this.operations.requireIdle(cluster);
		String current = cluster.path("backup_schedule").asString("");
		String schedule = "0 " + hours + " * * *";
		ObjectNode data = this.state.object()
			.put("current_backup_schedule", current)
			.put("target_backup_schedule", schedule);
		this.operations.start(cluster, "BACKUP_SCHEDULE_UPDATE", data, "Taking backups at hours " + hours + " from now.",
				() -> cluster.put("backup_schedule", schedule));
		ClustersApi.audit(this.state, cluster, "cluster.backup_schedule",
				this.state.object().put("backup_hours", hours));
		return FakeResponse.ok(cluster.deepCopy());
	}

	private FakeResponse setIpRestrictions(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		ArrayNode allowlist = this.state.json.createArrayNode();
		JsonNode entries = body.get("ip_whitelist");
		if (entries == null || entries.isNull()) {
			checks.error("ip_whitelist", BodyChecks.MISSING);
		}
		else if (!entries.isArray()) {
			checks.error("ip_whitelist", "Not a valid list.");
		}
		else {
			for (int i = 0; i < entries.size(); i++) {
				String path = "ip_whitelist." + i;
				if (!(entries.get(i) instanceof ObjectNode entry)) {
					checks.error(path, "Invalid input type.");
					continue;
				}
				String cidr = checks.requiredString(entry, path + ".cidr", 1, 512);
				if (cidr != null && !validCidr(cidr)) {
					checks.error(path + ".cidr", "Not a valid IP address or CIDR range.");
				}
				String description = checks.optionalString(entry, path + ".description", 1, 512);
				ObjectNode allowed = allowlist.addObject().put("cidr", cidr);
				// The document's default ("") breaks its own minimum length: an entry without a
				// description is kept without one.
				if (description != null) {
					allowed.put("description", description);
				}
			}
		}
		checks.throwIfInvalid();
		this.operations.requireIdle(cluster);
		ObjectNode data = this.state.object();
		data.set("current_ip_whitelist", cluster.get("ip_whitelist").deepCopy());
		data.set("target_ip_whitelist", allowlist.deepCopy());
		this.operations.start(cluster, "ALLOWED_CIDR_UPDATE", data,
				"Allowing " + ((allowlist.isEmpty()) ? "every address" : allowlist.size() + " range(s)") + ".",
				() -> cluster.set("ip_whitelist", allowlist));
		ObjectNode context = this.state.object();
		context.set("ip_whitelist", allowlist.deepCopy());
		ClustersApi.audit(this.state, cluster, "cluster.ip_restrictions", context);
		return FakeResponse.ok(cluster.deepCopy());
	}

	private FakeResponse changePassword(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		checks.requiredString(body, "password", 24, 128);
		checks.throwIfInvalid();
		this.operations.requireIdle(cluster);
		requireNotSuspended(cluster);
		// The password is write-only: neither the cluster, the operation nor the audit event
		// shows it, and nothing visible changes when the operation succeeds.
		this.operations.start(cluster, "PASSWORD_UPDATE", this.state.object().put("username",
				cluster.get("username").asString()), "Changing the password of the cluster's admin user.", () -> {
				});
		ClustersApi.audit(this.state, cluster, "cluster.password_update",
				this.state.object().put("username", cluster.get("username").asString()));
		return FakeResponse.ok(cluster.deepCopy());
	}

	private static boolean validHours(String hours) {
		if (!BACKUP_HOURS.matcher(hours).matches()) {
			return false;
		}
		Set<Integer> seen = new LinkedHashSet<>();
		for (String hour : hours.split(",")) {
			int value = Integer.parseInt(hour);
			if (value > 23 || !seen.add(value)) {
				return false;
			}
		}
		return true;
	}

	static boolean validCidr(String cidr) {
		Matcher ipv4 = IPV4_CIDR.matcher(cidr);
		if (ipv4.matches()) {
			for (int i = 1; i <= 4; i++) {
				if (Integer.parseInt(ipv4.group(i)) > 255) {
					return false;
				}
			}
			return ipv4.group(6) == null || Integer.parseInt(ipv4.group(6)) <= 32;
		}
		Matcher ipv6 = IPV6_CIDR.matcher(cidr);
		return ipv6.matches() && (ipv6.group(2) == null || Integer.parseInt(ipv6.group(2)) <= 128);
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
