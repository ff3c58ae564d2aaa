package io.cratecloud.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.ClusterMetric;
import io.cratecloud.client.clusters.ClusterMetrics;
import io.cratecloud.client.clusters.ClusterNameAvailability;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClusterQuery;
import io.cratecloud.client.clusters.ClusterSnapshot;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.clusters.CrateDbVersions;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.clusters.MetricQuery;
import io.cratecloud.client.clusters.NodeRestart;
import io.cratecloud.client.clusters.OperationQuery;
import io.cratecloud.client.clusters.SnapshotQuery;
import io.cratecloud.client.clusters.SnapshotRestoreRequest;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.sql.CrateDbSql;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The {@link ClustersClient} on the shared transport. A change sends exactly its one request;
 * its handle ({@link PendingOperations}) finds the change's operation when it is awaited.
 */
public final class DefaultClustersClient implements ClustersClient {

	private static final String CLUSTER = "/api/v2/clusters/{cluster_id}/";

	private static final String OPERATIONS = "/api/v2/clusters/{cluster_id}/operations/";

	private static final ParameterizedTypeReference<JsonNode> JSON_NODE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Cluster>> CLUSTER_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Product>> PRODUCT_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ClusterSnapshot>> SNAPSHOT_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	private final PendingOperations operations;

	private final Map<String, ClusterSqlTokens> sqlTokens = new ConcurrentHashMap<>();

	private final JsonMapper rowMapper = CrateCloudJson.createRowMapper();

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 * @param operations makes the handles of changes
	 */
	public DefaultClustersClient(CrateCloudTransport transport, PendingOperations operations) {
		this.transport = transport;
		this.operations = operations;
	}

	@Override
	public List<Cluster> list() {
		return list(ClusterQuery.all());
	}

	@Override
	public List<Cluster> list(ClusterQuery query) {
		Arguments.required(query, "query");
		ApiRequest request;
		if (query.organizationId() != null) {
			request = this.transport.get("/api/v2/organizations/{organization_id}/clusters/")
				.pathVariable("organization_id", query.organizationId())
				.query("project_id", query.projectId());
		}
		else if (query.projectId() != null) {
			// The path names the project; this list takes no project_id parameter.
			request = this.transport.get("/api/v2/projects/{project_id}/clusters/")
				.pathVariable("project_id", query.projectId());
		}
		else {
			request = this.transport.get("/api/v2/clusters/");
		}
		return request.query("subscription_id", query.subscriptionId())
			.query("product_name", query.productName())
			.retrieve(CLUSTER_LIST);
	}

	@Override
	public Cluster get(String clusterId) {
		return cluster(CLUSTER, clusterId).retrieve(Cluster.class);
	}

	@Override
	public PendingOperation<Cluster> create(String organizationId, ClusterCreateRequest request) {
		Arguments.text(organizationId, "organization_id");
		Arguments.required(request, "request");
		ApiCall call = ApiCalls.of(HttpMethod.POST, "/api/v2/organizations/{organization_id}/clusters/",
				organizationId);
		ApiResponse<Cluster> answer = this.transport.post(call.pathTemplate())
			.pathVariable("organization_id", organizationId)
			.body(request)
			.retrieveWithStatus(Cluster.class);
		Cluster cluster = answer.body();
		String clusterId = cluster.id();
		if (clusterId == null || clusterId.isBlank()) {
			throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate()
					+ ") answered " + answer.statusCode() + " with a cluster without an id: the new cluster cannot be "
					+ "followed", call, answer.statusCode(), null, null);
		}
		// A new cluster has no older operation to mistake for this one.
		return this.operations.accepted(clusterId, OperationKind.CREATE, cluster, null);
	}

	@Override
	public PendingOperation<Cluster> scale(String clusterId, int productUnit) {
		Arguments.between(productUnit, "product_unit", 0, Integer.MAX_VALUE);
		return change(clusterId, OperationKind.SCALE, "/api/v2/clusters/{cluster_id}/scale/", HttpMethod.PUT,
				new ClusterRequests.Scale(productUnit));
	}

	@Override
	public PendingOperation<Cluster> upgrade(String clusterId, String crateVersion) {
		Arguments.text(crateVersion, "crate_version");
		return change(clusterId, OperationKind.UPGRADE, "/api/v2/clusters/{cluster_id}/upgrade/", HttpMethod.PUT,
				new ClusterRequests.Upgrade(crateVersion));
	}

	@Override
	public PendingOperation<Cluster> suspend(String clusterId) {
		return change(clusterId, OperationKind.SUSPEND, "/api/v2/clusters/{cluster_id}/suspend/", HttpMethod.PUT,
				new ClusterRequests.Suspend(true));
	}

	@Override
	public PendingOperation<Cluster> resume(String clusterId) {
		return change(clusterId, OperationKind.SUSPEND, "/api/v2/clusters/{cluster_id}/suspend/", HttpMethod.PUT,
				new ClusterRequests.Suspend(false));
	}

	@Override
	public PendingOperation<Cluster> changeProduct(String clusterId, String productName) {
		Arguments.wordsAndDots(productName, "product_name");
		return change(clusterId, OperationKind.CHANGE_COMPUTE, "/api/v2/clusters/{cluster_id}/product/",
				HttpMethod.PUT, new ClusterRequests.ProductChange(productName));
	}

	@Override
	public PendingOperation<Cluster> expandStorage(String clusterId, long diskSizePerNodeBytes) {
		Arguments.between(diskSizePerNodeBytes, "disk_size_per_node_bytes", 1, Long.MAX_VALUE);
		return change(clusterId, OperationKind.EXPAND_STORAGE, "/api/v2/clusters/{cluster_id}/storage/",
				HttpMethod.PUT, new ClusterRequests.StorageExpansion(diskSizePerNodeBytes));
	}

	@Override
	public PendingOperation<Cluster> updateBackupSchedule(String clusterId, String backupHours) {
		Arguments.length(backupHours, "backup_hours", 1, 512);
		return change(clusterId, OperationKind.BACKUP_SCHEDULE_UPDATE, "/api/v2/clusters/{cluster_id}/backup-schedule/",
				HttpMethod.PUT, new ClusterRequests.BackupSchedule(backupHours));
	}

	@Override
	public PendingOperation<Cluster> updateIpAllowlist(String clusterId, List<IpAllowlistEntry> allowlist) {
		Arguments.required(allowlist, "ip_whitelist");
		allowlist.forEach((entry) -> {
			Arguments.required(entry, "ip_whitelist[]");
			Arguments.length(entry.cidr(), "ip_whitelist.cidr", 1, 512);
		});
		return change(clusterId, OperationKind.ALLOWED_CIDR_UPDATE, "/api/v2/clusters/{cluster_id}/ip-restrictions/",
				HttpMethod.PUT, new ClusterRequests.IpRestrictions(List.copyOf(allowlist)));
	}

	@Override
	public PendingOperation<Cluster> updatePassword(String clusterId, String password) {
		Arguments.length(password, "password", 24, 128);
		return change(clusterId, OperationKind.PASSWORD_UPDATE, CLUSTER, HttpMethod.PATCH,
				new ClusterRequests.PasswordChange(password));
	}

	@Override
	public PendingOperation<Cluster> restoreSnapshot(String clusterId, SnapshotRestoreRequest request) {
		Arguments.text(clusterId, "cluster_id");
		Arguments.required(request, "request");
		ApiResponse<ClusterSnapshot> answer = refusedWhileRunning(clusterId,
				() -> this.transport.post("/api/v2/clusters/{cluster_id}/snapshots/restore/")
					.pathVariable("cluster_id", clusterId)
					.body(request)
					.retrieveWithStatus(ClusterSnapshot.class));
		// The answer is the snapshot, which names no operation: the handle finds it by time.
		return this.operations.accepted(clusterId, OperationKind.RESTORE_SNAPSHOT, null, answer.date());
	}

	@Override
	public PendingOperation<Void> delete(String clusterId) {
		this.transport.delete(CLUSTER).pathVariable("cluster_id", clusterId).execute();
		return this.operations.deletion(clusterId);
	}

	@Override
	public PendingOperation<Cluster> untilGreen(String clusterId) {
		return this.operations.health(clusterId);
	}

	@Override
	public PendingOperation<Cluster> currentOperation(String clusterId) {
		return this.operations.running(clusterId);
	}

	@Override
	public Cluster updateDeletionProtection(String clusterId, boolean deletionProtected) {
		return this.transport.put("/api/v2/clusters/{cluster_id}/deletion-protection/")
			.pathVariable("cluster_id", clusterId)
			.body(new ClusterRequests.DeletionProtection(deletionProtected))
			.retrieve(Cluster.class);
	}

	@Override
	public NodeRestart restartNode(String clusterId, int ordinal) {
		Arguments.between(ordinal, "ordinal", 0, Integer.MAX_VALUE);
		return this.transport.delete("/api/v2/clusters/{cluster_id}/nodes/{ordinal}")
			.pathVariable("cluster_id", clusterId)
			.pathVariable("ordinal", ordinal)
			.retrieve(NodeRestart.class);
	}

	@Override
	public Cluster transferSubscription(String clusterId, String oldSubscriptionId, String newSubscriptionId) {
		Arguments.text(oldSubscriptionId, "old_subscription_id");
		Arguments.text(newSubscriptionId, "new_subscription_id");
		return this.transport.post("/api/v2/clusters/{cluster_id}/transfer-subscription/")
			.pathVariable("cluster_id", clusterId)
			.body(new ClusterRequests.SubscriptionTransfer(oldSubscriptionId, newSubscriptionId))
			.retrieve(Cluster.class);
	}

	@Override
	public ClusterNameAvailability checkName(String name) {
		Arguments.required(name, "name");
		if (name.length() < 3 || name.length() > 63 || !isDnsLabel(name)) {
			// A cluster's name is a DNS label of 3 to 63 characters; no request is needed to know.
			return ClusterNameAvailability.INVALID;
		}
		ApiRequest request = this.transport.head("/api/v2/clusters/name/{name}/").pathVariable("name", name);
		try {
			request.execute();
			return ClusterNameAvailability.TAKEN;
		}
		catch (CrateCloudNotFoundException ex) {
			return ClusterNameAvailability.AVAILABLE;
		}
		catch (CrateCloudValidationException ex) {
			return ClusterNameAvailability.INVALID;
		}
	}

	private static boolean isDnsLabel(String name) {
		try {
			Arguments.dnsLabel(name, "name");
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public List<ClusterOperation> listOperations(String clusterId) {
		return listOperations(clusterId, OperationQuery.all());
	}

	@Override
	public List<ClusterOperation> listOperations(String clusterId, OperationQuery query) {
		Arguments.required(query, "query");
		List<OperationStatus> statuses = query.statuses();
		// The document's 'statuses' is a single string: one status is sent, several are
		// filtered here.
		List<ClusterOperation> operations = cluster(OPERATIONS, clusterId)
			.query("statuses", (statuses.size() == 1) ? statuses.get(0).value() : null)
			.query("start", QueryTimestamps.format(query.from()))
			.query("end", QueryTimestamps.format(query.to()))
			.retrieve(ClusterOperationList.class)
			.operationsOrEmpty();
		if (statuses.size() <= 1) {
			return operations;
		}
		return operations.stream().filter((operation) -> statuses.contains(operation.status())).toList();
	}

	@Override
	public List<ClusterSnapshot> listSnapshots(String clusterId) {
		return listSnapshots(clusterId, SnapshotQuery.all());
	}

	@Override
	public List<ClusterSnapshot> listSnapshots(String clusterId, SnapshotQuery query) {
		Arguments.required(query, "query");
		return cluster("/api/v2/clusters/{cluster_id}/snapshots/", clusterId)
			.query("start", QueryTimestamps.format(query.from()))
			.query("end", QueryTimestamps.format(query.to()))
			.retrieve(SNAPSHOT_LIST);
	}

	@Override
	public List<Product> listAvailableProducts(String clusterId) {
		// The document declares a single product although the operation lists them; a single
		// object is read as a list of one.
		return cluster("/api/v2/clusters/{cluster_id}/available-products/", clusterId).retrieve(PRODUCT_LIST);
	}

	@Override
	public CrateDbVersions getAvailableUpgrades(String clusterId) {
		return cluster("/api/v2/clusters/{cluster_id}/available-upgrades/", clusterId)
			.retrieve(CrateDbVersions.class);
	}

	@Override
	public CrateDbSql sql(String clusterId) {
		Arguments.pathSegment(clusterId, "clusterId");
		ClusterSqlTokens tokens = this.sqlTokens.computeIfAbsent(clusterId,
				(id) -> new ClusterSqlTokens(this.transport, id));
		return new DefaultCrateDbSql(this.transport, tokens, clusterId, this.rowMapper);
	}

	@Override
	public ClusterJwt getJwt(String clusterId) {
		return cluster("/api/v2/clusters/{cluster_id}/jwt/", clusterId).retrieve(ClusterJwt.class);
	}

	@Override
	public ClusterMetrics getMetrics(String clusterId, ClusterMetric metric) {
		return getMetrics(clusterId, metric, MetricQuery.serviceDefault());
	}

	@Override
	public ClusterMetrics getMetrics(String clusterId, ClusterMetric metric, MetricQuery query) {
		Arguments.required(metric, "metric");
		Arguments.required(query, "query");
		Duration last = query.last();
		JsonNode answer = cluster("/api/v2/clusters/{cluster_id}/metrics/{metric_id}/", clusterId)
			.pathVariable("metric_id", metric.value())
			.query("start", QueryTimestamps.format(query.from()))
			.query("end", QueryTimestamps.format(query.to()))
			.query("minutes_ago", (last != null) ? last.toMinutes() : null)
			// The service answers 204 without a body when it has no data.
			.retrieve(JSON_NODE, null);
		return MetricsAnswers.read(metric, answer);
	}

	private ApiRequest cluster(String pathTemplate, String clusterId) {
		return this.transport.get(pathTemplate).pathVariable("cluster_id", clusterId);
	}

	/**
	 * Ask for a change: exactly one request, whose answer is the cluster; the handle finds
	 * the change's operation when it is awaited.
	 */
	private PendingOperation<Cluster> change(String clusterId, OperationKind kind, String pathTemplate,
			HttpMethod method, Object body) {
		ApiRequest request = (method == HttpMethod.PATCH) ? this.transport.patch(pathTemplate)
				: this.transport.put(pathTemplate);
		request.pathVariable("cluster_id", clusterId).body(body);
		ApiResponse<Cluster> answer = refusedWhileRunning(clusterId, () -> request.retrieveWithStatus(Cluster.class));
		return this.operations.accepted(clusterId, kind, answer.body(), answer.date());
	}

	/**
	 * Send a change, naming the operation that runs on the cluster should the service refuse
	 * it for that.
	 */
	private <T> T refusedWhileRunning(String clusterId, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (CrateCloudOperationInProgressException ex) {
			throw this.operations.withRunningOperation(ex, clusterId);
		}
	}

}
