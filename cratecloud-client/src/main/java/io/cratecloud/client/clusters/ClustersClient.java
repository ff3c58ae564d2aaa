package io.cratecloud.client.clusters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.Polling;
import io.cratecloud.client.http.ApiRequest;
import io.cratecloud.client.http.CrateCloudTransport;
import io.cratecloud.client.products.Product;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Clusters of CrateDB Cloud: listing and reading clusters, their operations, snapshots,
 * metrics, and the products and versions they can change to.
 */
public final class ClustersClient {

	private static final ParameterizedTypeReference<List<Cluster>> CLUSTER_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Product>> PRODUCT_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ClusterSnapshot>> SNAPSHOT_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Object>> METRICS = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	private final Polling polling;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 * @param polling how {@code await} polls for the end of a change
	 */
	public ClustersClient(CrateCloudTransport transport, Polling polling) {
		this.transport = transport;
		this.polling = polling;
	}

	/**
	 * Every cluster the current user can see: {@code GET /api/v2/clusters/}.
	 * @return the clusters
	 */
	public List<Cluster> list() {
		return list(ClusterFilter.all());
	}

	/**
	 * The clusters the current user can see that match a filter:
	 * {@code GET /api/v2/clusters/?project_id=&subscription_id=&product_name=}.
	 * @param filter which clusters to return
	 * @return the clusters
	 */
	public List<Cluster> list(ClusterFilter filter) {
		Assert.notNull(filter, "filter must not be null");
		return this.transport.get("/api/v2/clusters/")
			.query("project_id", filter.projectId())
			.query("subscription_id", filter.subscriptionId())
			.query("product_name", filter.productName())
			.retrieve(CLUSTER_LIST);
	}

	/**
	 * The clusters of an organization: {@code GET /api/v2/organizations/{organization_id}/clusters/}.
	 * @param organizationId the organization's id
	 * @return the organization's clusters
	 */
	public List<Cluster> listForOrganization(String organizationId) {
		return listForOrganization(organizationId, ClusterFilter.all());
	}

	/**
	 * The clusters of an organization that match a filter:
	 * {@code GET /api/v2/organizations/{organization_id}/clusters/?project_id=&subscription_id=&product_name=}.
	 * @param organizationId the organization's id
	 * @param filter which clusters to return
	 * @return the organization's clusters
	 */
	public List<Cluster> listForOrganization(String organizationId, ClusterFilter filter) {
		Assert.notNull(filter, "filter must not be null");
		return this.transport.get("/api/v2/organizations/{organization_id}/clusters/")
			.pathVariable("organization_id", organizationId)
			.query("project_id", filter.projectId())
			.query("subscription_id", filter.subscriptionId())
			.query("product_name", filter.productName())
			.retrieve(CLUSTER_LIST);
	}

	/**
	 * The clusters of a project: {@code GET /api/v2/projects/{project_id}/clusters/}.
	 * @param projectId the project's id
	 * @return the project's clusters
	 */
	public List<Cluster> listForProject(String projectId) {
		return listForProject(projectId, ClusterFilter.all());
	}

	/**
	 * The clusters of a project that match a filter:
	 * {@code GET /api/v2/projects/{project_id}/clusters/?subscription_id=&product_name=}.
	 * @param projectId the project's id
	 * @param filter which clusters to return; its project, if set, must be {@code projectId}
	 * @return the project's clusters
	 * @throws IllegalArgumentException if the filter names another project
	 */
	public List<Cluster> listForProject(String projectId, ClusterFilter filter) {
		Assert.notNull(filter, "filter must not be null");
		// The path already names the project and takes no project_id parameter.
		Assert.isTrue(filter.projectId() == null || filter.projectId().equals(projectId),
				() -> "filter names project " + filter.projectId() + ", not " + projectId);
		return this.transport.get("/api/v2/projects/{project_id}/clusters/")
			.pathVariable("project_id", projectId)
			.query("subscription_id", filter.subscriptionId())
			.query("product_name", filter.productName())
			.retrieve(CLUSTER_LIST);
	}

	/**
	 * A cluster: {@code GET /api/v2/clusters/{cluster_id}/}.
	 * @param clusterId the cluster's id
	 * @return the cluster
	 */
	public Cluster get(String clusterId) {
		return cluster("/api/v2/clusters/{cluster_id}/", clusterId).retrieve(Cluster.class);
	}

	/**
	 * The products a cluster can be moved to:
	 * {@code GET /api/v2/clusters/{cluster_id}/available-products/}.
	 * @param clusterId the cluster's id
	 * @return the products
	 */
	public List<Product> availableProducts(String clusterId) {
		// The document declares a single product although the operation lists them; a single
		// object is read as a list of one.
		return cluster("/api/v2/clusters/{cluster_id}/available-products/", clusterId).retrieve(PRODUCT_LIST);
	}

	/**
	 * The CrateDB versions a cluster can be upgraded to directly:
	 * {@code GET /api/v2/clusters/{cluster_id}/available-upgrades/}.
	 * @param clusterId the cluster's id
	 * @return the versions offered on each release channel
	 */
	public CrateDbVersions availableUpgrades(String clusterId) {
		return cluster("/api/v2/clusters/{cluster_id}/available-upgrades/", clusterId)
			.retrieve(CrateDbVersions.class);
	}

	/**
	 * A new JSON Web Token for a cluster's Grand Central services:
	 * {@code GET /api/v2/clusters/{cluster_id}/jwt/}.
	 * @param clusterId the cluster's id
	 * @return the token
	 */
	public ClusterJwt jwt(String clusterId) {
		return cluster("/api/v2/clusters/{cluster_id}/jwt/", clusterId).retrieve(ClusterJwt.class);
	}

	/**
	 * A metric of a cluster over the service's default window:
	 * {@code GET /api/v2/clusters/{cluster_id}/metrics/{metric_id}/}.
	 * @param clusterId the cluster's id
	 * @param metric the metric
	 * @return the metric's data, whose properties depend on the metric; empty when the
	 * service has none
	 */
	public Map<String, Object> metrics(String clusterId, ClusterMetric metric) {
		return metrics(metricsRequest(clusterId, metric));
	}

	/**
	 * A metric of a cluster between two instants:
	 * {@code GET /api/v2/clusters/{cluster_id}/metrics/{metric_id}/?start=&end=}.
	 * @param clusterId the cluster's id
	 * @param metric the metric
	 * @param start the start of the window, sent to the second, or {@code null} for the
	 * service's default
	 * @param end the end of the window, sent to the second, or {@code null} for now
	 * @return the metric's data, whose properties depend on the metric; empty when the
	 * service has none
	 */
	public Map<String, Object> metrics(String clusterId, ClusterMetric metric, @Nullable Instant start,
			@Nullable Instant end) {
		return metrics(metricsRequest(clusterId, metric).query("start", QueryTimestamps.format(start))
			.query("end", QueryTimestamps.format(end)));
	}

	/**
	 * A metric of a cluster over the last minutes:
	 * {@code GET /api/v2/clusters/{cluster_id}/metrics/{metric_id}/?minutes_ago=}.
	 * @param clusterId the cluster's id
	 * @param metric the metric
	 * @param window how far back to go, in whole minutes
	 * @return the metric's data, whose properties depend on the metric; empty when the
	 * service has none
	 * @throws IllegalArgumentException if the window is shorter than a minute
	 */
	public Map<String, Object> metrics(String clusterId, ClusterMetric metric, Duration window) {
		Assert.notNull(window, "window must not be null");
		Assert.isTrue(window.toMinutes() >= 1, "window must be at least one minute");
		return metrics(metricsRequest(clusterId, metric).query("minutes_ago", window.toMinutes()));
	}

	private ApiRequest metricsRequest(String clusterId, ClusterMetric metric) {
		Assert.notNull(metric, "metric must not be null");
		return cluster("/api/v2/clusters/{cluster_id}/metrics/{metric_id}/", clusterId).pathVariable("metric_id",
				metric.value());
	}

	private Map<String, Object> metrics(ApiRequest request) {
		// The service answers 204 without a body when it has no data.
		return request.retrieve(METRICS, Map.of());
	}

	/**
	 * The long-running changes of a cluster: {@code GET /api/v2/clusters/{cluster_id}/operations/}.
	 * @param clusterId the cluster's id
	 * @return the operations
	 */
	public List<ClusterOperation> operations(String clusterId) {
		return operations(clusterId, OperationFilter.all());
	}

	/**
	 * The long-running changes of a cluster that match a filter:
	 * {@code GET /api/v2/clusters/{cluster_id}/operations/?statuses=&statuses=&start=&end=}.
	 * @param clusterId the cluster's id
	 * @param filter which operations to return
	 * @return the operations
	 */
	public List<ClusterOperation> operations(String clusterId, OperationFilter filter) {
		Assert.notNull(filter, "filter must not be null");
		return cluster("/api/v2/clusters/{cluster_id}/operations/", clusterId)
			.queryEach("statuses", filter.statuses())
			.query("start", QueryTimestamps.format(filter.start()))
			.query("end", QueryTimestamps.format(filter.end()))
			.retrieve(ClusterOperationList.class)
			.operationsOrEmpty();
	}

	/**
	 * The snapshots (backups) of a cluster, newest first:
	 * {@code GET /api/v2/clusters/{cluster_id}/snapshots/}.
	 * @param clusterId the cluster's id
	 * @return the snapshots
	 */
	public List<ClusterSnapshot> snapshots(String clusterId) {
		return snapshots(clusterId, null, null);
	}

	/**
	 * The snapshots (backups) of a cluster taken between two instants, newest first:
	 * {@code GET /api/v2/clusters/{cluster_id}/snapshots/?start=&end=}. The service looks
	 * at most two weeks back.
	 * @param clusterId the cluster's id
	 * @param start the earliest snapshot time, sent to the second, or {@code null}
	 * @param end the latest snapshot time, sent to the second, or {@code null}
	 * @return the snapshots
	 */
	public List<ClusterSnapshot> snapshots(String clusterId, @Nullable Instant start, @Nullable Instant end) {
		return cluster("/api/v2/clusters/{cluster_id}/snapshots/", clusterId)
			.query("start", QueryTimestamps.format(start))
			.query("end", QueryTimestamps.format(end))
			.retrieve(SNAPSHOT_LIST);
	}

	private ApiRequest cluster(String pathTemplate, String clusterId) {
		return this.transport.get(pathTemplate).pathVariable("cluster_id", clusterId);
	}


	/**
	 * Whether a name can be given to a new cluster:
	 * {@code HEAD /api/v2/clusters/name/{name}/}, which answers {@code 404} for a free name,
	 * {@code 200} for a taken one and {@code 400} for one that is not URL-safe.
	 * @param name the name to check
	 * @return whether the name is available, taken or invalid
	 */
	public ClusterNameAvailability checkName(String name) {
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

	/**
	 * Deploy a cluster: {@code POST /api/v2/organizations/{organization_id}/clusters/}. The API
	 * answers at once; the cluster is built in the background.
	 * @param organizationId the organization's id
	 * @param deployment the cluster, its project and subscription
	 * @return the deployment, to {@link ClusterChange#await await} and then
	 * {@link ClusterChange#awaitGreen await health GREEN}
	 */
	public ClusterChange deploy(String organizationId, ClusterDeployment deployment) {
		Arguments.required(deployment, "deployment");
		Cluster cluster = this.transport.post("/api/v2/organizations/{organization_id}/clusters/")
			.pathVariable("organization_id", organizationId)
			.body(deployment)
			.retrieve(Cluster.class);
		String clusterId = cluster.id();
		if (clusterId == null) {
			throw new IllegalStateException("CrateDB Cloud deployed a cluster without an id");
		}
		// A new cluster has no older operation to mistake for this one.
		return new ClusterChange(this, this.polling, clusterId, OperationType.CREATE, cluster, null);
	}

	/**
	 * Scale a cluster to another product unit: {@code PUT /api/v2/clusters/{cluster_id}/scale/}.
	 * @param clusterId the cluster's id
	 * @param productUnit the product unit, which sets the number of nodes
	 * @return the change, to await
	 */
	public ClusterChange scale(String clusterId, int productUnit) {
		Arguments.between(productUnit, "product_unit", 0, Integer.MAX_VALUE);
		return change(clusterId, OperationType.SCALE, "/api/v2/clusters/{cluster_id}/scale/", HttpMethod.PUT,
				new ClusterRequests.Scale(productUnit));
	}

	/**
	 * Upgrade a cluster to another CrateDB version:
	 * {@code PUT /api/v2/clusters/{cluster_id}/upgrade/}. See {@link #availableUpgrades}.
	 * @param clusterId the cluster's id
	 * @param crateVersion the version, such as {@code 5.10.4}
	 * @return the change, to await
	 */
	public ClusterChange upgrade(String clusterId, String crateVersion) {
		Arguments.text(crateVersion, "crate_version");
		return change(clusterId, OperationType.UPGRADE, "/api/v2/clusters/{cluster_id}/upgrade/", HttpMethod.PUT,
				new ClusterRequests.Upgrade(crateVersion));
	}

	/**
	 * Suspend a cluster, which stops its nodes and their cost but keeps its data:
	 * {@code PUT /api/v2/clusters/{cluster_id}/suspend/} with {@code suspended: true}.
	 * @param clusterId the cluster's id
	 * @return the change, to await
	 */
	public ClusterChange suspend(String clusterId) {
		return change(clusterId, OperationType.SUSPEND, "/api/v2/clusters/{cluster_id}/suspend/", HttpMethod.PUT,
				new ClusterRequests.Suspend(true));
	}

	/**
	 * Resume a suspended cluster: {@code PUT /api/v2/clusters/{cluster_id}/suspend/} with
	 * {@code suspended: false}.
	 * @param clusterId the cluster's id
	 * @return the change, to await; its type is {@link OperationType#SUSPEND}, which the API
	 * uses for both directions
	 */
	public ClusterChange resume(String clusterId) {
		return change(clusterId, OperationType.SUSPEND, "/api/v2/clusters/{cluster_id}/suspend/", HttpMethod.PUT,
				new ClusterRequests.Suspend(false));
	}

	/**
	 * Move a cluster to another product: {@code PUT /api/v2/clusters/{cluster_id}/product/}.
	 * See {@link #availableProducts}.
	 * @param clusterId the cluster's id
	 * @param productName the product, such as {@code cr2}
	 * @return the change, to await
	 */
	public ClusterChange changeProduct(String clusterId, String productName) {
		Arguments.length(productName, "product_name", 1, 512);
		Arguments.matches(productName, "product_name", ClusterSpec.PRODUCT_NAME,
				"a word character followed by word characters, '-', '.' or spaces");
		return change(clusterId, OperationType.CHANGE_COMPUTE, "/api/v2/clusters/{cluster_id}/product/",
				HttpMethod.PUT, new ClusterRequests.ProductChange(productName));
	}

	/**
	 * Give each node of a cluster more disk: {@code PUT /api/v2/clusters/{cluster_id}/storage/}.
	 * @param clusterId the cluster's id
	 * @param diskSizePerNodeBytes the disk size of each node, in bytes
	 * @return the change, to await
	 */
	public ClusterChange expandStorage(String clusterId, long diskSizePerNodeBytes) {
		Arguments.between(diskSizePerNodeBytes, "disk_size_per_node_bytes", 1, Long.MAX_VALUE);
		return change(clusterId, OperationType.EXPAND_STORAGE, "/api/v2/clusters/{cluster_id}/storage/",
				HttpMethod.PUT, new ClusterRequests.StorageExpansion(diskSizePerNodeBytes));
	}

	/**
	 * Set when a cluster's backups are taken:
	 * {@code PUT /api/v2/clusters/{cluster_id}/backup-schedule/}.
	 * @param clusterId the cluster's id
	 * @param backupHours the hours of the day to take backups at, such as {@code 2,14}
	 * @return the change, to await
	 */
	public ClusterChange setBackupSchedule(String clusterId, String backupHours) {
		Arguments.length(backupHours, "backup_hours", 1, 512);
		return change(clusterId, OperationType.BACKUP_SCHEDULE_UPDATE, "/api/v2/clusters/{cluster_id}/backup-schedule/",
				HttpMethod.PUT, new ClusterRequests.BackupSchedule(backupHours));
	}

	/**
	 * Set the IP ranges allowed to connect to a cluster:
	 * {@code PUT /api/v2/clusters/{cluster_id}/ip-restrictions/}. An empty list allows every
	 * address.
	 * @param clusterId the cluster's id
	 * @param allowlist the allowed ranges
	 * @return the change, to await
	 */
	public ClusterChange setIpAllowlist(String clusterId, List<IpWhitelistEntry> allowlist) {
		Arguments.required(allowlist, "ip_whitelist");
		allowlist.forEach((entry) -> Arguments.length(entry.cidr(), "ip_whitelist.cidr", 1, 512));
		return change(clusterId, OperationType.ALLOWED_CIDR_UPDATE, "/api/v2/clusters/{cluster_id}/ip-restrictions/",
				HttpMethod.PUT, new ClusterRequests.IpRestrictions(List.copyOf(allowlist)));
	}

	/**
	 * Change the password of a cluster's admin user: {@code PATCH /api/v2/clusters/{cluster_id}/}.
	 * @param clusterId the cluster's id
	 * @param password the new password, 24 to 128 characters
	 * @return the change, to await
	 */
	public ClusterChange changePassword(String clusterId, String password) {
		Arguments.length(password, "password", 24, 128);
		return change(clusterId, OperationType.PASSWORD_UPDATE, "/api/v2/clusters/{cluster_id}/", HttpMethod.PATCH,
				new ClusterRequests.PasswordChange(password));
	}

	/**
	 * Restore a snapshot into a cluster:
	 * {@code POST /api/v2/clusters/{cluster_id}/snapshots/restore/}. See {@link #snapshots}.
	 * @param clusterId the id of the cluster to restore into
	 * @param restore what to restore
	 * @return the change, to await; it has no {@link ClusterChange#cluster() cluster}, since
	 * the API answers with the snapshot
	 */
	public ClusterChange restoreSnapshot(String clusterId, SnapshotRestore restore) {
		Arguments.required(restore, "restore");
		String previous = previousOperationId(clusterId, OperationType.RESTORE_SNAPSHOT);
		this.transport.post("/api/v2/clusters/{cluster_id}/snapshots/restore/")
			.pathVariable("cluster_id", clusterId)
			.body(restore)
			.retrieve(ClusterSnapshot.class);
		return new ClusterChange(this, this.polling, clusterId, OperationType.RESTORE_SNAPSHOT, null, previous);
	}

	/**
	 * Turn deletion protection on or off: {@code PUT /api/v2/clusters/{cluster_id}/deletion-protection/}.
	 * A protected cluster cannot be deleted. Takes effect at once.
	 * @param clusterId the cluster's id
	 * @param deletionProtected whether to protect the cluster
	 * @return the updated cluster
	 */
	public Cluster setDeletionProtection(String clusterId, boolean deletionProtected) {
		return this.transport.put("/api/v2/clusters/{cluster_id}/deletion-protection/")
			.pathVariable("cluster_id", clusterId)
			.body(new ClusterRequests.DeletionProtection(deletionProtected))
			.retrieve(Cluster.class);
	}

	/**
	 * Restart one node of a cluster by deleting its pod, which is recreated:
	 * {@code DELETE /api/v2/clusters/{cluster_id}/nodes/{ordinal}} (answers {@code 202}).
	 * @param clusterId the cluster's id
	 * @param ordinal the node's ordinal, from 0
	 * @return the Kubernetes status of the restart
	 */
	public NodeRestart restartNode(String clusterId, int ordinal) {
		Arguments.between(ordinal, "ordinal", 0, Integer.MAX_VALUE);
		return this.transport.delete("/api/v2/clusters/{cluster_id}/nodes/{ordinal}")
			.pathVariable("cluster_id", clusterId)
			.pathVariable("ordinal", ordinal)
			.retrieve(NodeRestart.class);
	}

	/**
	 * Move a cluster to another subscription:
	 * {@code POST /api/v2/clusters/{cluster_id}/transfer-subscription/}. Not in the OpenAPI
	 * document; the service and the official CLI have it.
	 * @param clusterId the cluster's id
	 * @param oldSubscriptionId the subscription that pays for the cluster now
	 * @param newSubscriptionId the subscription to pay for it from now on
	 * @return the updated cluster
	 */
	public Cluster transferSubscription(String clusterId, String oldSubscriptionId, String newSubscriptionId) {
		Arguments.text(oldSubscriptionId, "old_subscription_id");
		Arguments.text(newSubscriptionId, "new_subscription_id");
		return this.transport.post("/api/v2/clusters/{cluster_id}/transfer-subscription/")
			.pathVariable("cluster_id", clusterId)
			.body(new ClusterRequests.SubscriptionTransfer(oldSubscriptionId, newSubscriptionId))
			.retrieve(Cluster.class);
	}

	/**
	 * Delete a cluster: {@code DELETE /api/v2/clusters/{cluster_id}/}. The API answers
	 * {@code 204} at once; the cluster goes away in the background. A cluster with deletion
	 * protection cannot be deleted until it is turned off.
	 * @param clusterId the cluster's id
	 * @return the deletion, to await
	 */
	public ClusterDeletion delete(String clusterId) {
		this.transport.delete("/api/v2/clusters/{cluster_id}/").pathVariable("cluster_id", clusterId).execute();
		return new ClusterDeletion(this, this.polling, clusterId);
	}

	private ClusterChange change(String clusterId, OperationType type, String pathTemplate, HttpMethod method,
			Object body) {
		ApiRequest request = (method == HttpMethod.PATCH) ? this.transport.patch(pathTemplate)
				: this.transport.put(pathTemplate);
		request.pathVariable("cluster_id", clusterId).body(body);
		String previous = previousOperationId(clusterId, type);
		Cluster cluster = request.retrieve(Cluster.class);
		return new ClusterChange(this, this.polling, clusterId, type, cluster, previous);
	}

	/**
	 * The id of the newest operation of a type before a change is asked for, so that
	 * {@link ClusterChange#await} never takes it for the change's own.
	 */
	private @Nullable String previousOperationId(String clusterId, OperationType type) {
		return latestOperation(clusterId, type).map(ClusterOperation::id).orElse(null);
	}

	/**
	 * The newest operation of a type: {@code GET /api/v2/clusters/{cluster_id}/operations/}
	 * with {@code type} and {@code limit=1}, as the official CLI asks. Whether the service
	 * honours them is not known, so the answer is filtered by type here too, and the newest
	 * is the first, as the CLI takes it, unless creation times say otherwise.
	 */
	Optional<ClusterOperation> latestOperation(String clusterId, OperationType type) {
		return cluster("/api/v2/clusters/{cluster_id}/operations/", clusterId).query("type", type.value())
			.query("limit", 1)
			.retrieve(ClusterOperationList.class)
			.operationsOrEmpty()
			.stream()
			.filter((operation) -> type.equals(operation.type()))
			.reduce((newest, candidate) -> isNewer(candidate, newest) ? candidate : newest);
	}

	private static boolean isNewer(ClusterOperation candidate, ClusterOperation than) {
		Instant candidateCreated = (candidate.dc() != null) ? candidate.dc().created() : null;
		Instant thanCreated = (than.dc() != null) ? than.dc().created() : null;
		return candidateCreated != null && thanCreated != null && candidateCreated.isAfter(thanCreated);
	}

}
