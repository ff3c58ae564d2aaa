package io.cratecloud.test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clusters: deploy, read, list (all, of an organization, of a project), name availability,
 * operations, deletion protection, node restarts, subscription transfers (not in the
 * document, api-notes.md), delete, and through {@link ClusterChanges},
 * {@link ClusterSnapshots} and {@link ClusterInsights} every other route under
 * {@code /api/v2/clusters/}. Deploying and changing a cluster go through
 * {@link ClusterOperations}.
 */
final class ClustersApi implements FakeApi {

	/**
	 * Cluster names: the document only bounds their length (3 to 63) and calls for a URL-safe
	 * name; the fake takes what makes a DNS label, as the name becomes part of the FQDN.
	 */
	static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{1,61}[a-z0-9]$");

	static final String NAME_MESSAGE = "Must be 3 to 63 characters: lower-case letters, digits and '-', "
			+ "starting with a letter and not ending with '-'.";

	/** The document's pattern for product names. */
	static final Pattern PRODUCT_NAME = Pattern.compile("^\\w[\\w\\-. ]*$");

	/** The document's pattern for product tiers. */
	static final Pattern PRODUCT_TIER = Pattern.compile("^\\w[\\w\\- ]*$");

	private final FakeState state;

	private final ClusterOperations operations;

	private final ClusterChanges changes;

	private final ClusterSnapshots snapshots;

	private final ClusterInsights insights;

	ClustersApi(FakeState state) {
		this.state = state;
		this.operations = new ClusterOperations(state);
		this.changes = new ClusterChanges(state, this.operations);
		this.snapshots = new ClusterSnapshots(state, this.operations);
		this.insights = new ClusterInsights(state);
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/clusters/", this::list)
			.head("/api/v2/clusters/name/{name}/", this::checkName)
			.get("/api/v2/clusters/{cluster_id}/", this::get)
			.delete("/api/v2/clusters/{cluster_id}/", this::delete)
			.put("/api/v2/clusters/{cluster_id}/deletion-protection/", this::setDeletionProtection)
			.get("/api/v2/clusters/{cluster_id}/operations/", this::listOperations)
			.delete("/api/v2/clusters/{cluster_id}/nodes/{ordinal}", this::restartNode)
			.post("/api/v2/clusters/{cluster_id}/transfer-subscription/", this::transferSubscription)
			.get("/api/v2/organizations/{organization_id}/clusters/", this::listForOrganization)
			.post("/api/v2/organizations/{organization_id}/clusters/", this::deploy)
			.get("/api/v2/projects/{project_id}/clusters/", this::listForProject);
		this.changes.register(routes);
		this.snapshots.register(routes);
		this.insights.register(routes);
	}

	/**
	 * Creates a cluster as the seed describes it, already running (or suspended), without an
	 * operation, with a few snapshots.
	 * @return the cluster's id
	 */
	static String seed(FakeState state, ClusterSeed seed) {
		ObjectNode product = ProductCatalog.find(state.products, seed.productName, seed.productTier)
			.orElseThrow(() -> new IllegalArgumentException("The fake's catalogue has no product '"
					+ seed.productName + "' of tier '" + seed.productTier + "'"));
		int maxNodes = ProductCatalog.maxNodes(product);
		if (seed.nodes > maxNodes) {
			throw new IllegalArgumentException("Product '" + seed.productName + "' has at most " + maxNodes
					+ " nodes, not " + seed.nodes);
		}
		ObjectNode project = state.project(seed.projectId);
		ObjectNode cluster = newCluster(state, seed.name, project, seed.subscriptionId, product, seed.nodes,
				seed.crateVersion, "stable", seed.username);
		cluster.put("deletion_protected", seed.deletionProtected);
		cluster.put("suspended", seed.suspended);
		if (seed.sqlHost != null) {
			// The url stays the fake's SQL endpoint for the cluster, which runs statements there.
			cluster.put("fqdn", seed.sqlHost + ".");
		}
		ObjectNode health = ClusterOperations.health(cluster);
		health.put("status", seed.suspended ? "SUSPENDED" : "GREEN");
		health.put("last_seen", ClusterOperations.lastSeen(state.now()));
		String id = cluster.get("id").asString();
		state.clusters.put(id, cluster);
		state.operations.put(id, new ArrayList<>());
		if (seed.sqlHost != null && seed.sqlPort != null) {
			state.sqlBackends.put(id, new SqlBackend(seed.sqlHost, seed.sqlPort, seed.sqlDatabase, seed.sqlPassword));
		}
		ClusterSnapshots.seed(state, cluster);
		return id;
	}

	/**
	 * A new cluster in the document's shape, with its hardware from the product, not yet
	 * stored. Its health is still to be set. Its {@code url} is its SQL endpoint on the fake
	 * ({@link ClusterSqlEndpoint}), not the service's {@code https://<fqdn>:4200}, so that a
	 * client that queries a cluster over HTTP reaches the fake.
	 */
	static ObjectNode newCluster(FakeState state, String name, ObjectNode project, String subscriptionId,
			ObjectNode product, int nodes, String crateVersion, String channel, String username) {
		String id = state.newId();
		String region = project.get("region").asString();
		String host = name.toLowerCase(Locale.ROOT) + "." + region + ".cratedb.net";
		ObjectNode cluster = state.object()
			.put("id", id)
			.put("name", name)
			.put("project_id", project.get("id").asString())
			.put("subscription_id", subscriptionId)
			.put("crate_version", crateVersion)
			.put("channel", channel)
			.put("product_name", product.get("name").asString())
			.put("product_tier", product.get("tier").asString())
			.put("product_unit", nodes - 1)
			.put("num_nodes", nodes)
			.put("fqdn", host + ".")
			.put("url", state.clusterUrl(id))
			.put("external_ip", externalIp(id))
			.put("username", username)
			.put("backup_schedule", "0 3 * * *")
			.put("suspended", false)
			.put("allow_suspend", true)
			.put("allow_custom_storage", true)
			.put("deletion_protected", false)
			.put("gc_available", true)
			.put("origin", "cloud");
		cluster.set("hardware_specs", hardwareSpecs(state, product));
		cluster.putArray("ip_whitelist");
		cluster.putObject("health").put("status", "UNREACHABLE").put("running_operation", "").put("last_seen", "");
		cluster.set("dc", state.dc());
		return cluster;
	}

	/**
	 * A cluster's hardware, as the product gives it.
	 */
	static ObjectNode hardwareSpecs(FakeState state, ObjectNode product) {
		JsonNode specs = product.get("specs");
		long ram = specs.get("ram_bytes").asLong();
		return state.object()
			.put("cpus_per_node", specs.get("cpu_cores").asDouble())
			.put("memory_per_node_bytes", ram)
			.put("heap_size_bytes", ram / 4)
			.put("disk_type", "premium")
			.put("disks_per_node", 1)
			.put("disk_size_per_node_bytes", specs.get("storage_bytes").asLong());
	}

	/**
	 * The product of a cluster, from the catalogue.
	 */
	static ObjectNode product(FakeState state, ObjectNode cluster) {
		return ProductCatalog
			.find(state.products, cluster.get("product_name").asString(), cluster.get("product_tier").asString())
			.orElseThrow(() -> new IllegalStateException("Cluster " + cluster.get("id") + " has a product the "
					+ "catalogue lacks"));
	}

	/**
	 * The id of the organization a cluster belongs to, through its project.
	 */
	static String organizationId(FakeState state, ObjectNode cluster) {
		return state.project(cluster.get("project_id").asString()).get("organization_id").asString();
	}

	/**
	 * Records an audit event about a cluster in its organization.
	 * @param action the action, e.g. {@code cluster.scale}
	 * @param extra more context, or {@code null}
	 */
	static void audit(FakeState state, ObjectNode cluster, String action, @Nullable ObjectNode extra) {
		ObjectNode context = state.object()
			.put("cluster_id", cluster.get("id").asString())
			.put("cluster_name", cluster.get("name").asString())
			.put("project_id", cluster.get("project_id").asString());
		if (extra != null) {
			context.setAll(extra);
		}
		state.audit(organizationId(state, cluster), action, context);
	}

	/**
	 * An instant from a query parameter, written as the client sends it ({@code ...Z}), with
	 * an offset, or without one (UTC).
	 * @return the instant, or {@code null} when the parameter is absent
	 * @throws FakeApiException a 400 naming the parameter when it is not a timestamp
	 */
	static @Nullable Instant instantParameter(FakeRequest request, String name) {
		String value = request.query(name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return FakeState.instant(value);
		}
		catch (DateTimeParseException ex) {
			throw FakeApiException.badRequest(name, "Not a valid datetime.");
		}
	}

	/**
	 * An instant as the fake writes it in a {@code dc}.
	 */
	static Instant instant(JsonNode timestamp) {
		return OffsetDateTime.parse(timestamp.asString()).toInstant();
	}

	private static String externalIp(String id) {
		int hash = id.hashCode();
		return "20." + ((hash >>> 16) & 0xff) + "." + ((hash >>> 8) & 0xff) + "." + Math.max(1, hash & 0xfe);
	}

	private FakeResponse list(FakeRequest request) {
		return FakeResponse.ok(clusters(request, (cluster) -> true, true));
	}

	private FakeResponse listForOrganization(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		return FakeResponse
			.ok(clusters(request, (cluster) -> organizationId(this.state, cluster).equals(organizationId), true));
	}

	private FakeResponse listForProject(FakeRequest request) {
		String projectId = request.pathVariable("project_id");
		this.state.project(projectId);
		// The path names the project; the operation takes no project_id parameter.
		return FakeResponse
			.ok(clusters(request, (cluster) -> cluster.get("project_id").asString().equals(projectId), false));
	}

	private ArrayNode clusters(FakeRequest request, Predicate<ObjectNode> scope, boolean byProject) {
		String projectId = byProject ? request.query("project_id") : null;
		String subscriptionId = request.query("subscription_id");
		String productName = request.query("product_name");
		ArrayNode clusters = this.state.json.createArrayNode();
		this.state.clusters.values()
			.stream()
			.filter(scope)
			.filter((cluster) -> matches(cluster, "project_id", projectId))
			.filter((cluster) -> matches(cluster, "subscription_id", subscriptionId))
			.filter((cluster) -> matches(cluster, "product_name", productName))
			.forEach((cluster) -> clusters.add(cluster.deepCopy()));
		return clusters;
	}

	private static boolean matches(ObjectNode cluster, String field, @Nullable String wanted) {
		return wanted == null || wanted.isEmpty() || cluster.path(field).asString("").equals(wanted);
	}

	private FakeResponse get(FakeRequest request) {
		return FakeResponse.ok(this.state.cluster(request.pathVariable("cluster_id")).deepCopy());
	}

	/**
	 * Answers by status alone, as a HEAD has no body: 200 taken, 404 available, 400 invalid.
	 */
	private FakeResponse checkName(FakeRequest request) {
		String name = request.pathVariable("name");
		if (!NAME.matcher(name).matches()) {
			return FakeResponse.empty(400);
		}
		return FakeResponse.empty(nameTaken(name) ? 200 : 404);
	}

	private FakeResponse deploy(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		ObjectNode spec = checks.requiredObject(body, "cluster");
		String subscriptionId = checks.requiredString(body, "subscription_id", 1, 512);
		boolean hasProjectId = body.hasNonNull("project_id");
		boolean hasProject = body.hasNonNull("project");
		String projectId = hasProjectId ? checks.requiredId(body, "project_id") : null;
		ObjectNode newProject = hasProject ? checks.requiredObject(body, "project") : null;
		if (hasProjectId == hasProject) {
			checks.error("project_id", hasProject ? "Give either project_id or a new project, not both."
					: "Give either project_id or a new project.");
		}
		String projectName = null;
		String projectRegion = null;
		if (newProject != null) {
			projectName = checks.requiredMatching(newProject, "project.name", ProjectsApi.NAME,
					"Must start with a letter, digit or underscore, then letters, digits, '_', '-' or spaces.");
			projectRegion = checks.optionalString(newProject, "project.region", 0, 512);
		}
		ClusterRequest cluster = (spec != null) ? ClusterRequest.read(spec, checks, this.state.products) : null;
		if (cluster != null && cluster.name != null && nameTaken(cluster.name)) {
			checks.error("cluster.name", "A cluster named '" + cluster.name + "' already exists.");
		}
		if (subscriptionId != null) {
			ObjectNode subscription = this.state.subscriptions.get(subscriptionId);
			if (subscription == null || !subscription.path("organization_id").asString("").equals(organizationId)) {
				checks.error("subscription_id", "The organization has no subscription '" + subscriptionId + "'.");
			}
			else if (!subscription.path("active").asBoolean(true)) {
				checks.error("subscription_id", "The subscription is not active.");
			}
		}
		checks.throwIfInvalid();
		ObjectNode project;
		if (projectId != null) {
			project = this.state.project(projectId);
			if (!project.get("organization_id").asString().equals(organizationId)) {
				throw FakeApiException.notFound();
			}
		}
		else {
			project = ProjectsApi.create(this.state, organizationId, projectName, projectRegion);
			this.state.audit(organizationId, "project.create",
					this.state.object().put("project_id", project.get("id").asString()).put("name", projectName));
		}
		ObjectNode created = newCluster(this.state, cluster.name, project, subscriptionId, cluster.product,
				cluster.productUnit + 1, cluster.crateVersion, cluster.channel, cluster.username);
		if (cluster.diskSizePerNodeBytes != null) {
			((ObjectNode) created.get("hardware_specs")).put("disk_size_per_node_bytes", cluster.diskSizePerNodeBytes);
		}
		String id = created.get("id").asString();
		this.state.clusters.put(id, created);
		this.state.operations.put(id, new ArrayList<>());
		ObjectNode target = this.state.object()
			.put("product_name", cluster.productName)
			.put("product_tier", cluster.productTier)
			.put("product_unit", cluster.productUnit)
			.put("crate_version", cluster.crateVersion);
		this.operations.start(created, "CREATE", target, "Creating the cluster's " + (cluster.productUnit + 1)
				+ " node(s).", () -> {
					ObjectNode health = ClusterOperations.health(created);
					health.put("status", "GREEN");
					health.put("last_seen", ClusterOperations.lastSeen(this.state.now()));
				});
		audit(this.state, created, "cluster.create", this.state.object()
			.put("product_name", cluster.productName)
			.put("product_unit", cluster.productUnit)
			.put("crate_version", cluster.crateVersion));
		return FakeResponse.created(created.deepCopy());
	}

	private boolean nameTaken(String name) {
		return this.state.clusters.values().stream().anyMatch((cluster) -> cluster.get("name").asString().equals(name));
	}

	private FakeResponse setDeletionProtection(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		Boolean protect = checks.requiredBoolean(body, "deletion_protected");
		checks.throwIfInvalid();
		// Takes effect at once: the service runs no operation for it.
		cluster.put("deletion_protected", protect);
		this.state.touch(cluster);
		audit(this.state, cluster, "cluster.deletion_protection",
				this.state.object().put("deletion_protected", protect));
		return FakeResponse.ok(cluster.deepCopy());
	}

	private FakeResponse delete(FakeRequest request) {
		String id = request.pathVariable("cluster_id");
		ObjectNode cluster = this.state.cluster(id);
		if (cluster.path("deletion_protected").asBoolean(false)) {
			throw FakeApiException
				.forbidden("The cluster is protected against deletion; turn its deletion protection off first.");
		}
		// Audited before the cluster goes, while its project still leads to its organization.
		audit(this.state, cluster, "cluster.delete", null);
		this.state.clusters.remove(id);
		this.state.operations.remove(id);
		this.state.snapshots.remove(id);
		this.state.importJobs.remove(id);
		this.state.exportJobs.remove(id);
		this.state.sqlBackends.remove(id);
		return FakeResponse.noContent();
	}

	/**
	 * Restarts a node by deleting its pod, which Kubernetes recreates: the service answers 202
	 * with Kubernetes' status and runs no operation.
	 */
	private FakeResponse restartNode(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		int ordinal;
		try {
			ordinal = Integer.parseInt(request.pathVariable("ordinal"));
		}
		catch (NumberFormatException ex) {
			throw FakeApiException.notFound("No node '" + request.pathVariable("ordinal") + "'.");
		}
		boolean suspended = cluster.path("suspended").asBoolean(false);
		if (ordinal < 0 || ordinal >= cluster.get("num_nodes").asInt() || suspended) {
			throw FakeApiException.notFound("No node " + ordinal + (suspended ? " while the cluster is suspended." : "."));
		}
		audit(this.state, cluster, "cluster.restart_node", this.state.object().put("ordinal", ordinal));
		return FakeResponse.accepted(this.state.object()
			.put("apiVersion", "v1")
			.put("code", 200)
			.put("kind", "Status")
			.put("status", "Success"));
	}

	/**
	 * Moves a cluster to another subscription of its organization, at once.
	 */
	private FakeResponse transferSubscription(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String oldId = checks.requiredString(body, "old_subscription_id", 1, 512);
		String newId = checks.requiredString(body, "new_subscription_id", 1, 512);
		checks.throwIfInvalid();
		String current = cluster.get("subscription_id").asString();
		if (!oldId.equals(current)) {
			checks.error("old_subscription_id", "The cluster is not paid for by subscription '" + oldId + "'.");
		}
		ObjectNode target = this.state.subscriptions.get(newId);
		String organizationId = organizationId(this.state, cluster);
		if (target == null || !target.path("organization_id").asString("").equals(organizationId)) {
			checks.error("new_subscription_id", "The organization has no subscription '" + newId + "'.");
		}
		else if (!target.path("active").asBoolean(true)) {
			checks.error("new_subscription_id", "The subscription is not active.");
		}
		else if (newId.equals(current)) {
			checks.error("new_subscription_id", "The cluster is already paid for by this subscription.");
		}
		checks.throwIfInvalid();
		cluster.put("subscription_id", newId);
		this.state.touch(cluster);
		audit(this.state, cluster, "cluster.transfer_subscription",
				this.state.object().put("old_subscription_id", oldId).put("new_subscription_id", newId));
		return FakeResponse.ok(cluster.deepCopy());
	}

	private FakeResponse listOperations(FakeRequest request) {
		String clusterId = request.pathVariable("cluster_id");
		this.state.cluster(clusterId);
		List<String> statuses = new ArrayList<>();
		for (String value : request.queryAll("statuses")) {
			for (String status : value.split(",")) {
				if (!status.isBlank()) {
					if (!ClusterOperations.STATUSES.contains(status.trim())) {
						throw FakeApiException.badRequest("statuses",
								"Must be one of: " + String.join(", ", ClusterOperations.STATUSES) + ".");
					}
					statuses.add(status.trim());
				}
			}
		}
		Instant start = instantParameter(request, "start");
		Instant end = instantParameter(request, "end");
		// 'type' and 'limit' are not in the document, but the official CLI sends them
		// (api-notes.md): the fake honours them.
		String type = request.query("type");
		int limit = Integer.MAX_VALUE;
		String limitValue = request.query("limit");
		if (limitValue != null && !limitValue.isEmpty()) {
			try {
				limit = Integer.parseInt(limitValue);
			}
			catch (NumberFormatException ex) {
				throw FakeApiException.badRequest("limit", "Not a valid integer.");
			}
			if (limit < 1) {
				throw FakeApiException.badRequest("limit", "Must be greater than or equal to 1.");
			}
		}
		List<ObjectNode> newestFirst = new ArrayList<>(this.state.operations.getOrDefault(clusterId, List.of()));
		Collections.reverse(newestFirst);
		ArrayNode operations = this.state.json.createArrayNode();
		for (ObjectNode operation : newestFirst) {
			if (operations.size() >= limit) {
				break;
			}
			Instant created = instant(operation.get("dc").get("created"));
			if ((statuses.isEmpty() || statuses.contains(operation.get("status").asString()))
					&& (type == null || type.isEmpty() || operation.get("type").asString().equals(type))
					&& (start == null || !created.isBefore(start)) && (end == null || !created.isAfter(end))) {
				operations.add(operation.deepCopy());
			}
		}
		ObjectNode list = this.state.object();
		list.set("operations", operations);
		return FakeResponse.ok(list);
	}

	/**
	 * The cluster part of a deployment ({@code PartialCluster}), checked.
	 */
	private static final class ClusterRequest {

		@Nullable String name;

		@Nullable String productName;

		@Nullable String productTier;

		@Nullable ObjectNode product;

		int productUnit;

		@Nullable String crateVersion;

		String channel = "stable";

		@Nullable String username;

		@Nullable Long diskSizePerNodeBytes;

		static ClusterRequest read(ObjectNode spec, BodyChecks checks, List<ObjectNode> products) {
			ClusterRequest request = new ClusterRequest();
			request.name = checks.requiredString(spec, "cluster.name", 3, 63);
			if (request.name != null && !NAME.matcher(request.name).matches()) {
				checks.error("cluster.name", NAME_MESSAGE);
				request.name = null;
			}
			request.productName = checks.requiredMatching(spec, "cluster.product_name", PRODUCT_NAME,
					"Must start with a letter, digit or underscore, then letters, digits, '_', '-', '.' or spaces.");
			request.productTier = checks.requiredMatching(spec, "cluster.product_tier", PRODUCT_TIER,
					"Must start with a letter, digit or underscore, then letters, digits, '_', '-' or spaces.");
			Long unit = checks.optionalInteger(spec, "cluster.product_unit", 0, Integer.MAX_VALUE);
			request.productUnit = (unit != null) ? unit.intValue() : 0;
			request.crateVersion = checks.requiredString(spec, "cluster.crate_version", 1, 512);
			String channel = checks.optionalString(spec, "cluster.channel", 1, 512);
			if (channel != null) {
				request.channel = channel;
			}
			request.username = checks.requiredString(spec, "cluster.username", 1, 512);
			checks.requiredString(spec, "cluster.password", 24, 128);
			if (spec.get("hardware_specs") instanceof ObjectNode hardware) {
				Long disk = checks.optionalInteger(hardware, "cluster.hardware_specs.disk_size_per_node_bytes", 1,
						Long.MAX_VALUE);
				request.diskSizePerNodeBytes = disk;
			}
			if (request.productName != null && request.productTier != null) {
				request.product = ProductCatalog.find(products, request.productName, request.productTier).orElse(null);
				if (request.product == null) {
					checks.error("cluster.product_name",
							"No product '" + request.productName + "' of tier '" + request.productTier + "'.");
				}
				else {
					checkProduct(request, request.product, checks);
				}
			}
			return request;
		}

		private static void checkProduct(ClusterRequest request, ObjectNode product, BodyChecks checks) {
			int maxNodes = ProductCatalog.maxNodes(product);
			if (request.productUnit >= maxNodes) {
				checks.error("cluster.product_unit", "Product '" + request.productName + "' has 1 to " + maxNodes
						+ " nodes: the product unit must be 0 to " + (maxNodes - 1) + ".");
			}
			Long disk = request.diskSizePerNodeBytes;
			if (disk != null) {
				JsonNode specs = product.get("specs");
				long min = specs.get("storage_minimum_bytes").asLong();
				long max = specs.get("storage_maximum_bytes").asLong();
				if (disk < min || disk > max) {
					checks.error("cluster.hardware_specs.disk_size_per_node_bytes",
							"Must be between " + min + " and " + max + " bytes for product '" + request.productName
									+ "'.");
				}
			}
		}

	}

}
