package io.cratecloud.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.ClusterMetric;
import io.cratecloud.client.clusters.ClusterNameAvailability;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClusterQuery;
import io.cratecloud.client.clusters.ClusterSnapshot;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.clusters.CrateDbVersions;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.clusters.NodeRestart;
import io.cratecloud.client.clusters.OperationQuery;
import io.cratecloud.client.clusters.OperationType;
import io.cratecloud.client.clusters.SnapshotRestoreRequest;
import io.cratecloud.client.observation.OperationAwaitObservationContext;
import io.cratecloud.client.products.Product;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The {@link ClustersClient} on the shared transport.
 * <p>
 * A change is told apart from older operations of its type by the id of the newest one seen
 * before the change was asked for, so an earlier change can never be taken for this one; the
 * change's own operation is read once right after it was asked for, so that the handle can
 * name it at once.
 */
public final class DefaultClustersClient implements ClustersClient {

	private static final String CLUSTER = "/api/v2/clusters/{cluster_id}/";

	private static final String OPERATIONS = "/api/v2/clusters/{cluster_id}/operations/";

	private static final ParameterizedTypeReference<List<Cluster>> CLUSTER_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Product>> PRODUCT_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ClusterSnapshot>> SNAPSHOT_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Object>> METRICS = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	private final Waiter waiter;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 * @param waiter how changes are awaited
	 */
	public DefaultClustersClient(CrateCloudTransport transport, Waiter waiter) {
		this.transport = transport;
		this.waiter = waiter;
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
		Cluster cluster = this.transport.post(call.pathTemplate())
			.pathVariable("organization_id", organizationId)
			.body(request)
			.retrieve(Cluster.class);
		String clusterId = cluster.id();
		if (clusterId == null || clusterId.isBlank()) {
			throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate()
					+ ") answered 201 with a cluster without an id: the new cluster cannot be followed", call, 201, null,
					null);
		}
		// A new cluster has no older operation to mistake for this one.
		return change(clusterId, OperationType.CREATE, null);
	}

	@Override
	public PendingOperation<Cluster> scale(String clusterId, int productUnit) {
		Arguments.between(productUnit, "product_unit", 0, Integer.MAX_VALUE);
		return change(clusterId, OperationType.SCALE, "/api/v2/clusters/{cluster_id}/scale/", HttpMethod.PUT,
				new ClusterRequests.Scale(productUnit));
	}

	@Override
	public PendingOperation<Cluster> upgrade(String clusterId, String crateVersion) {
		Arguments.text(crateVersion, "crate_version");
		return change(clusterId, OperationType.UPGRADE, "/api/v2/clusters/{cluster_id}/upgrade/", HttpMethod.PUT,
				new ClusterRequests.Upgrade(crateVersion));
	}

	@Override
	public PendingOperation<Cluster> suspend(String clusterId) {
		return change(clusterId, OperationType.SUSPEND, "/api/v2/clusters/{cluster_id}/suspend/", HttpMethod.PUT,
				new ClusterRequests.Suspend(true));
	}

	@Override
	public PendingOperation<Cluster> resume(String clusterId) {
		return change(clusterId, OperationType.SUSPEND, "/api/v2/clusters/{cluster_id}/suspend/", HttpMethod.PUT,
				new ClusterRequests.Suspend(false));
	}

	@Override
	public PendingOperation<Cluster> changeProduct(String clusterId, String productName) {
		Arguments.wordsAndDots(productName, "product_name");
		return change(clusterId, OperationType.CHANGE_COMPUTE, "/api/v2/clusters/{cluster_id}/product/",
				HttpMethod.PUT, new ClusterRequests.ProductChange(productName));
	}

	@Override
	public PendingOperation<Cluster> expandStorage(String clusterId, long diskSizePerNodeBytes) {
		Arguments.between(diskSizePerNodeBytes, "disk_size_per_node_bytes", 1, Long.MAX_VALUE);
		return change(clusterId, OperationType.EXPAND_STORAGE, "/api/v2/clusters/{cluster_id}/storage/",
				HttpMethod.PUT, new ClusterRequests.StorageExpansion(diskSizePerNodeBytes));
	}

	@Override
	public PendingOperation<Cluster> updateBackupSchedule(String clusterId, String backupHours) {
		Arguments.length(backupHours, "backup_hours", 1, 512);
		return change(clusterId, OperationType.BACKUP_SCHEDULE_UPDATE, "/api/v2/clusters/{cluster_id}/backup-schedule/",
				HttpMethod.PUT, new ClusterRequests.BackupSchedule(backupHours));
	}

	@Override
	public PendingOperation<Cluster> updateIpAllowlist(String clusterId, List<IpAllowlistEntry> allowlist) {
		Arguments.required(allowlist, "ip_whitelist");
		allowlist.forEach((entry) -> {
			Arguments.required(entry, "ip_whitelist[]");
			Arguments.length(entry.cidr(), "ip_whitelist.cidr", 1, 512);
		});
		return change(clusterId, OperationType.ALLOWED_CIDR_UPDATE, "/api/v2/clusters/{cluster_id}/ip-restrictions/",
				HttpMethod.PUT, new ClusterRequests.IpRestrictions(List.copyOf(allowlist)));
	}

	@Override
	public PendingOperation<Cluster> updatePassword(String clusterId, String password) {
		Arguments.length(password, "password", 24, 128);
		return change(clusterId, OperationType.PASSWORD_UPDATE, CLUSTER, HttpMethod.PATCH,
				new ClusterRequests.PasswordChange(password));
	}

	@Override
	public PendingOperation<Cluster> restoreSnapshot(String clusterId, SnapshotRestoreRequest request) {
		Arguments.text(clusterId, "cluster_id");
		Arguments.required(request, "request");
		String previous = newestOperationId(clusterId, OperationType.RESTORE_SNAPSHOT);
		this.transport.post("/api/v2/clusters/{cluster_id}/snapshots/restore/")
			.pathVariable("cluster_id", clusterId)
			.body(request)
			.retrieve(ClusterSnapshot.class);
		return change(clusterId, OperationType.RESTORE_SNAPSHOT, previous);
	}

	@Override
	public PendingOperation<Void> delete(String clusterId) {
		this.transport.delete(CLUSTER).pathVariable("cluster_id", clusterId).execute();
		return followDeletion(clusterId);
	}

	@Override
	public PendingOperation<Cluster> followChange(String clusterId, String operationId) {
		Arguments.text(operationId, "operation_id");
		ClusterOperation operation = listOperations(clusterId).stream()
			.filter((candidate) -> operationId.equals(candidate.id()))
			.findFirst()
			.orElseThrow(() -> {
				ApiCall call = ApiCalls.of(HttpMethod.GET, OPERATIONS, clusterId);
				return new CrateCloudNotFoundException(call + " (" + call.pathTemplate() + ") lists no operation "
						+ operationId + ": cluster " + clusterId + " has no such operation", call, 0, null, null);
			});
		OperationType type = (operation.type() != null) ? operation.type() : new OperationType("UNKNOWN");
		return pendingChange(clusterId, type, null, operationId);
	}

	@Override
	public PendingOperation<Void> followDeletion(String clusterId) {
		Arguments.text(clusterId, "cluster_id");
		return new DefaultPendingOperation<>(this.waiter, OperationAwaitObservationContext.DELETE, clusterId, null,
				"The deletion of cluster " + clusterId, ApiCalls.of(HttpMethod.GET, CLUSTER, clusterId),
				(id) -> "GET /api/v2/clusters/" + clusterId + "/ answers 404 once it is gone; wait again with "
						+ "clusters().followDeletion(\"" + clusterId + "\").",
				() -> {
					try {
						Cluster cluster = get(clusterId);
						return Sighting.of(progress(OperationAwaitObservationContext.DELETE, clusterId, null,
								OperationStatus.IN_PROGRESS, healthMessage(cluster)));
					}
					catch (CrateCloudNotFoundException ex) {
						return Sighting.of(progress(OperationAwaitObservationContext.DELETE, clusterId, null,
								OperationStatus.SUCCEEDED, "gone"));
					}
				});
	}

	@Override
	public PendingOperation<Cluster> untilGreen(String clusterId) {
		Arguments.text(clusterId, "cluster_id");
		return new DefaultPendingOperation<>(this.waiter, OperationAwaitObservationContext.HEALTH, clusterId, null,
				"The health of cluster " + clusterId, ApiCalls.of(HttpMethod.GET, CLUSTER, clusterId),
				(id) -> "follow its health with GET /api/v2/clusters/" + clusterId + "/, or wait again with "
						+ "clusters().untilGreen(\"" + clusterId + "\").",
				() -> {
					Cluster cluster = get(clusterId);
					ClusterHealth health = cluster.health();
					boolean green = health != null && ClusterHealthStatus.GREEN.equals(health.status());
					OperationProgress progress = progress(OperationAwaitObservationContext.HEALTH, clusterId, null,
							green ? OperationStatus.SUCCEEDED : OperationStatus.IN_PROGRESS, healthMessage(cluster));
					return new Sighting<>(progress, green ? cluster : null);
				});
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
		if (name.length() < 3 || name.length() > 63 || !isPathSafe(name)) {
			// The document's cluster names are 3 to 63 characters; no request is needed to know.
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

	private static boolean isPathSafe(String name) {
		try {
			Arguments.pathSegment(name, "name");
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
			.query("start", QueryTimestamps.format(query.start()))
			.query("end", QueryTimestamps.format(query.end()))
			.retrieve(ClusterOperationList.class)
			.operationsOrEmpty();
		if (statuses.size() <= 1) {
			return operations;
		}
		return operations.stream().filter((operation) -> statuses.contains(operation.status())).toList();
	}

	@Override
	public List<ClusterSnapshot> listSnapshots(String clusterId) {
		return listSnapshots(clusterId, null, null);
	}

	@Override
	public List<ClusterSnapshot> listSnapshots(String clusterId, @Nullable Instant start, @Nullable Instant end) {
		return cluster("/api/v2/clusters/{cluster_id}/snapshots/", clusterId)
			.query("start", QueryTimestamps.format(start))
			.query("end", QueryTimestamps.format(end))
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
	public ClusterJwt getJwt(String clusterId) {
		return cluster("/api/v2/clusters/{cluster_id}/jwt/", clusterId).retrieve(ClusterJwt.class);
	}

	@Override
	public Map<String, Object> getMetrics(String clusterId, ClusterMetric metric) {
		return metrics(metricsRequest(clusterId, metric));
	}

	@Override
	public Map<String, Object> getMetrics(String clusterId, ClusterMetric metric, @Nullable Instant start,
			@Nullable Instant end) {
		return metrics(metricsRequest(clusterId, metric).query("start", QueryTimestamps.format(start))
			.query("end", QueryTimestamps.format(end)));
	}

	@Override
	public Map<String, Object> getMetrics(String clusterId, ClusterMetric metric, Duration window) {
		Arguments.required(window, "window");
		Arguments.check(window.toMinutes() >= 1, "window", "at least one minute, not " + window);
		return metrics(metricsRequest(clusterId, metric).query("minutes_ago", window.toMinutes()));
	}

	private ApiRequest metricsRequest(String clusterId, ClusterMetric metric) {
		Arguments.required(metric, "metric");
		return cluster("/api/v2/clusters/{cluster_id}/metrics/{metric_id}/", clusterId).pathVariable("metric_id",
				metric.value());
	}

	private Map<String, Object> metrics(ApiRequest request) {
		// The service answers 204 without a body when it has no data.
		return request.retrieve(METRICS, Map.of());
	}

	private ApiRequest cluster(String pathTemplate, String clusterId) {
		return this.transport.get(pathTemplate).pathVariable("cluster_id", clusterId);
	}

	private PendingOperation<Cluster> change(String clusterId, OperationType type, String pathTemplate,
			HttpMethod method, Object body) {
		ApiRequest request = (method == HttpMethod.PATCH) ? this.transport.patch(pathTemplate)
				: this.transport.put(pathTemplate);
		request.pathVariable("cluster_id", clusterId).body(body);
		String previous = newestOperationId(clusterId, type);
		request.retrieve(Cluster.class);
		return change(clusterId, type, previous);
	}

	/**
	 * The handle of a change just asked for, with its operation's id if the operation has
	 * appeared already: one look, whose failure leaves the id to the first poll.
	 */
	private PendingOperation<Cluster> change(String clusterId, OperationType type, @Nullable String previous) {
		String operationId = null;
		try {
			operationId = newestOperation(clusterId, type).map(ClusterOperation::id)
				.filter((id) -> !id.equals(previous))
				.orElse(null);
		}
		catch (RuntimeException ex) {
			// The change was made; only its name is not known yet. The first poll looks again.
		}
		return pendingChange(clusterId, type, previous, operationId);
	}

	private PendingOperation<Cluster> pendingChange(String clusterId, OperationType type, @Nullable String previous,
			@Nullable String operationId) {
		ChangeProbe probe = new ChangeProbe(clusterId, type, previous, operationId);
		return new DefaultPendingOperation<>(this.waiter, type.value(), clusterId, operationId,
				"The " + type + " change of cluster " + clusterId, ApiCalls.of(HttpMethod.GET, OPERATIONS, clusterId),
				(id) -> "follow it with GET /api/v2/clusters/" + clusterId + "/operations/, or wait again with "
						+ ((id != null) ? "clusters().followChange(\"" + clusterId + "\", \"" + id + "\")."
								: "clusters().followChange(\"" + clusterId + "\", operationId) once "
										+ "clusters().listOperations(\"" + clusterId + "\") lists its " + type
										+ " operation."),
				probe);
	}

	private @Nullable String newestOperationId(String clusterId, OperationType type) {
		return newestOperation(clusterId, type).map(ClusterOperation::id).orElse(null);
	}

	/**
	 * The newest operation of a type: {@code GET /api/v2/clusters/{cluster_id}/operations/}
	 * with {@code type} and {@code limit=1}, as the official CLI asks. Whether the service
	 * honours them is not known, so the answer is filtered by type here too, and the newest
	 * is the first, as the CLI takes it, unless creation times say otherwise.
	 */
	private Optional<ClusterOperation> newestOperation(String clusterId, OperationType type) {
		return cluster(OPERATIONS, clusterId).query("type", type.value())
			.query("limit", 1)
			.retrieve(ClusterOperationList.class)
			.operationsOrEmpty()
			.stream()
			.filter((operation) -> type.equals(operation.type()) && operation.id() != null)
			.reduce((newest, candidate) -> isNewer(candidate, newest) ? candidate : newest);
	}

	private static boolean isNewer(ClusterOperation candidate, ClusterOperation than) {
		Instant candidateCreated = (candidate.dc() != null) ? candidate.dc().created() : null;
		Instant thanCreated = (than.dc() != null) ? than.dc().created() : null;
		return candidateCreated != null && thanCreated != null && candidateCreated.isAfter(thanCreated);
	}

	private static OperationProgress progress(String kind, String clusterId, @Nullable String id,
			@Nullable OperationStatus status, @Nullable String message) {
		return new OperationProgress(kind, clusterId, id, status, message, null, null);
	}

	private static String healthMessage(Cluster cluster) {
		ClusterHealth health = cluster.health();
		return "health " + ((health != null) ? health.status() : "unknown");
	}

	/**
	 * Looks at a change's operation: the newest of its type, unless that is the one seen
	 * before the change, or, once the change's own operation is known, that one, found in
	 * the whole list should a newer one have come after it.
	 */
	private final class ChangeProbe implements Probe<Cluster> {

		private final String clusterId;

		private final OperationType type;

		private final @Nullable String previous;

		private volatile @Nullable String operationId;

		ChangeProbe(String clusterId, OperationType type, @Nullable String previous, @Nullable String operationId) {
			this.clusterId = clusterId;
			this.type = type;
			this.previous = previous;
			this.operationId = operationId;
		}

		@Override
		public @Nullable Sighting<Cluster> look() {
			ClusterOperation operation = find();
			if (operation == null) {
				return null;
			}
			this.operationId = operation.id();
			OperationProgress progress = new OperationProgress(this.type.value(), this.clusterId, operation.id(),
					operation.status(), operation.feedbackMessage(), null, null);
			return new Sighting<>(progress,
					OperationStatus.SUCCEEDED.equals(operation.status()) ? get(this.clusterId) : null);
		}

		private @Nullable ClusterOperation find() {
			String known = this.operationId;
			Optional<ClusterOperation> newest = newestOperation(this.clusterId, this.type);
			if (known == null) {
				return newest.filter((candidate) -> !Objects.equals(candidate.id(), this.previous)).orElse(null);
			}
			if (newest.isPresent() && known.equals(newest.get().id())) {
				return newest.get();
			}
			return listOperations(this.clusterId).stream()
				.filter((candidate) -> known.equals(candidate.id()))
				.findFirst()
				.orElseThrow(() -> {
					ApiCall call = ApiCalls.of(HttpMethod.GET, OPERATIONS, this.clusterId);
					return new CrateCloudNotFoundException(call + " (" + call.pathTemplate()
							+ ") no longer lists operation " + known + " of cluster " + this.clusterId, call, 0, null,
							null);
				});
		}

	}

}
