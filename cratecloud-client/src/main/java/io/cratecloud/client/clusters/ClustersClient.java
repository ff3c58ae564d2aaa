package io.cratecloud.client.clusters;

import java.util.List;

import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.sql.CrateDbSql;

/**
 * Clusters of CrateDB Cloud: reading them, their operations, snapshots and metrics, and the
 * changes that go on in the background, each of which returns a {@link PendingOperation}.
 * Get it from {@link io.cratecloud.client.CrateCloudClient#clusters()}.
 * <p>
 * A change sends exactly its one request; its handle finds the change's operation when it
 * is awaited, within the wait's timeout. Only one change runs on a cluster at a time: a
 * change asked for while another runs fails with
 * {@link io.cratecloud.client.CrateCloudOperationInProgressException}, whose
 * {@code runningOperation()} is the handle of the change that runs.
 */
public interface ClustersClient {

	/**
	 * Every cluster the current user can see: {@code GET /api/v2/clusters/}.
	 * @return the clusters
	 */
	List<Cluster> list();

	/**
	 * The clusters that match a query. The API offers three lists, and the query picks one:
	 * with an organization, {@code GET /api/v2/organizations/{organization_id}/clusters/};
	 * else with a project, {@code GET /api/v2/projects/{project_id}/clusters/}; else
	 * {@code GET /api/v2/clusters/}. The other criteria are sent as the query parameters
	 * {@code project_id}, {@code subscription_id} and {@code product_name} that the chosen
	 * list takes.
	 * @param query which clusters to return
	 * @return the clusters
	 */
	List<Cluster> list(ClusterQuery query);

	/**
	 * A cluster: {@code GET /api/v2/clusters/{cluster_id}/}.
	 * @param clusterId the cluster's id
	 * @return the cluster
	 */
	Cluster get(String clusterId);

	/**
	 * Create (deploy) a cluster: {@code POST /api/v2/organizations/{organization_id}/clusters/}.
	 * The API answers at once; the cluster is built in the background, by a {@code CREATE}
	 * operation. Its health turns {@link ClusterHealthStatus#GREEN GREEN} a while after the
	 * operation has succeeded: follow it with {@link #untilGreen(String)}.
	 * @param organizationId the organization's id
	 * @param request the cluster, its project and subscription
	 * @return the creation, whose {@link PendingOperation#clusterId()} is the new cluster's
	 * id
	 */
	PendingOperation<Cluster> create(String organizationId, ClusterCreateRequest request);

	/**
	 * Scale a cluster to another product unit: {@code PUT /api/v2/clusters/{cluster_id}/scale/}.
	 * @param clusterId the cluster's id
	 * @param productUnit the product unit, which sets the number of nodes
	 * @return the change, carried out by a {@code SCALE} operation
	 */
	PendingOperation<Cluster> scale(String clusterId, int productUnit);

	/**
	 * Upgrade a cluster to another CrateDB version:
	 * {@code PUT /api/v2/clusters/{cluster_id}/upgrade/}. See {@link #getAvailableUpgrades}.
	 * @param clusterId the cluster's id
	 * @param crateVersion the version, such as {@code 5.10.4}
	 * @return the change, carried out by an {@code UPGRADE} operation
	 */
	PendingOperation<Cluster> upgrade(String clusterId, String crateVersion);

	/**
	 * Suspend a cluster, which stops its nodes and their cost but keeps its data:
	 * {@code PUT /api/v2/clusters/{cluster_id}/suspend/} with {@code suspended: true}.
	 * @param clusterId the cluster's id
	 * @return the change, carried out by a {@code SUSPEND} operation
	 */
	PendingOperation<Cluster> suspend(String clusterId);

	/**
	 * Resume a suspended cluster: {@code PUT /api/v2/clusters/{cluster_id}/suspend/} with
	 * {@code suspended: false}.
	 * @param clusterId the cluster's id
	 * @return the change, carried out by a {@code SUSPEND} operation, the type the API uses
	 * for both directions
	 */
	PendingOperation<Cluster> resume(String clusterId);

	/**
	 * Move a cluster to another product: {@code PUT /api/v2/clusters/{cluster_id}/product/}.
	 * See {@link #listAvailableProducts}.
	 * @param clusterId the cluster's id
	 * @param productName the product, such as {@code cr2}
	 * @return the change, carried out by a {@code CHANGE_COMPUTE} operation
	 */
	PendingOperation<Cluster> changeProduct(String clusterId, String productName);

	/**
	 * Give each node of a cluster more disk: {@code PUT /api/v2/clusters/{cluster_id}/storage/}.
	 * @param clusterId the cluster's id
	 * @param diskSizePerNodeBytes the disk size of each node, in bytes
	 * @return the change, carried out by an {@code EXPAND_STORAGE} operation
	 */
	PendingOperation<Cluster> expandStorage(String clusterId, long diskSizePerNodeBytes);

	/**
	 * Set when a cluster's backups are taken:
	 * {@code PUT /api/v2/clusters/{cluster_id}/backup-schedule/}.
	 * @param clusterId the cluster's id
	 * @param backupHours the hours of the day to take backups at, such as {@code 2,14}
	 * @return the change, carried out by a {@code BACKUP_SCHEDULE_UPDATE} operation
	 */
	PendingOperation<Cluster> updateBackupSchedule(String clusterId, String backupHours);

	/**
	 * Set the IP ranges allowed to connect to a cluster:
	 * {@code PUT /api/v2/clusters/{cluster_id}/ip-restrictions/}, sent as the API's
	 * {@code ip_whitelist}. An empty list allows every address.
	 * @param clusterId the cluster's id
	 * @param allowlist the allowed ranges
	 * @return the change, carried out by an {@code ALLOWED_CIDR_UPDATE} operation
	 */
	PendingOperation<Cluster> updateIpAllowlist(String clusterId, List<IpAllowlistEntry> allowlist);

	/**
	 * Change the password of a cluster's admin user:
	 * {@code PATCH /api/v2/clusters/{cluster_id}/}. Not retried, as no {@code PATCH} is.
	 * @param clusterId the cluster's id
	 * @param password the new password, 24 to 128 characters
	 * @return the change, carried out by a {@code PASSWORD_UPDATE} operation
	 */
	PendingOperation<Cluster> updatePassword(String clusterId, String password);

	/**
	 * Restore a snapshot into a cluster:
	 * {@code POST /api/v2/clusters/{cluster_id}/snapshots/restore/}. See
	 * {@link #listSnapshots}.
	 * @param clusterId the id of the cluster to restore into
	 * @param request what to restore
	 * @return the change, carried out by a {@code RESTORE_SNAPSHOT} operation
	 */
	PendingOperation<Cluster> restoreSnapshot(String clusterId, SnapshotRestoreRequest request);

	/**
	 * Delete a cluster: {@code DELETE /api/v2/clusters/{cluster_id}/}. The API answers
	 * {@code 204} at once; the cluster goes away in the background, without an operation, and
	 * is gone when {@code GET /api/v2/clusters/{cluster_id}/} answers {@code 404}. A cluster
	 * with deletion protection cannot be deleted until it is turned off.
	 * @param clusterId the cluster's id
	 * @return the deletion, of kind {@code DELETE}, whose {@code await} returns {@code null}
	 * once the cluster is gone
	 */
	PendingOperation<Void> delete(String clusterId);

	/**
	 * Wait for a cluster to report health {@link ClusterHealthStatus#GREEN GREEN}: each poll is
	 * {@code GET /api/v2/clusters/{cluster_id}/}. Health is pushed by the region from time to
	 * time, so it turns GREEN a while after a change's operation has succeeded. Nothing is
	 * asked until it is awaited. The one wait for a condition rather than for work; every
	 * other handle comes from the call that starts the work, or from a token
	 * ({@link io.cratecloud.client.CrateCloudClient#follow}).
	 * @param clusterId the cluster's id
	 * @return the wait, of kind {@code HEALTH}, whose {@code await} returns the cluster once it
	 * is GREEN
	 */
	PendingOperation<Cluster> untilGreen(String clusterId);

	/**
	 * Join whatever change runs on a cluster now, such as one a crashed process started:
	 * each poll is {@code GET /api/v2/clusters/{cluster_id}/operations/}. Nothing is asked
	 * until it is awaited; its first poll finds the operation that has not finished, which it
	 * then follows, and its {@code await} returns the cluster once that operation has ended
	 * (at once if none runs).
	 * @param clusterId the cluster's id
	 * @return the running change, of kind {@link io.cratecloud.client.OperationKind#UNKNOWN}
	 * until a poll has seen its type
	 */
	PendingOperation<Cluster> currentOperation(String clusterId);

	/**
	 * Turn deletion protection on or off:
	 * {@code PUT /api/v2/clusters/{cluster_id}/deletion-protection/}. A protected cluster
	 * cannot be deleted. Takes effect at once.
	 * @param clusterId the cluster's id
	 * @param deletionProtected whether to protect the cluster
	 * @return the updated cluster
	 */
	Cluster updateDeletionProtection(String clusterId, boolean deletionProtected);

	/**
	 * Restart one node of a cluster by deleting its pod, which is recreated:
	 * {@code DELETE /api/v2/clusters/{cluster_id}/nodes/{ordinal}} (answers {@code 202}).
	 * @param clusterId the cluster's id
	 * @param ordinal the node's ordinal, from 0
	 * @return the Kubernetes status of the restart
	 */
	NodeRestart restartNode(String clusterId, int ordinal);

	/**
	 * Move a cluster to another subscription:
	 * {@code POST /api/v2/clusters/{cluster_id}/transfer-subscription/}. Not in the OpenAPI
	 * document; the service and the official CLI have it.
	 * @param clusterId the cluster's id
	 * @param oldSubscriptionId the subscription that pays for the cluster now
	 * @param newSubscriptionId the subscription to pay for it from now on
	 * @return the updated cluster
	 */
	Cluster transferSubscription(String clusterId, String oldSubscriptionId, String newSubscriptionId);

	/**
	 * Whether a name can be given to a new cluster:
	 * {@code HEAD /api/v2/clusters/name/{name}/}, which answers {@code 404} for a free name,
	 * {@code 200} for a taken one and {@code 400} for one that is not URL-safe.
	 * @param name the name to check
	 * @return whether the name is available, taken or invalid
	 */
	ClusterNameAvailability checkName(String name);

	/**
	 * The long-running changes of a cluster:
	 * {@code GET /api/v2/clusters/{cluster_id}/operations/}.
	 * @param clusterId the cluster's id
	 * @return the operations
	 */
	List<ClusterOperation> listOperations(String clusterId);

	/**
	 * The long-running changes of a cluster that match a query:
	 * {@code GET /api/v2/clusters/{cluster_id}/operations/?statuses=&start=&end=}.
	 * @param clusterId the cluster's id
	 * @param query which operations to return
	 * @return the operations
	 */
	List<ClusterOperation> listOperations(String clusterId, OperationQuery query);

	/**
	 * The snapshots (backups) of a cluster, newest first:
	 * {@code GET /api/v2/clusters/{cluster_id}/snapshots/}.
	 * @param clusterId the cluster's id
	 * @return the snapshots
	 */
	List<ClusterSnapshot> listSnapshots(String clusterId);

	/**
	 * The snapshots (backups) of a cluster taken in a time range, newest first:
	 * {@code GET /api/v2/clusters/{cluster_id}/snapshots/?start=&end=}. The service looks
	 * at most two weeks back.
	 * @param clusterId the cluster's id
	 * @param query the time range
	 * @return the snapshots
	 */
	List<ClusterSnapshot> listSnapshots(String clusterId, SnapshotQuery query);

	/**
	 * The products a cluster can be moved to:
	 * {@code GET /api/v2/clusters/{cluster_id}/available-products/}.
	 * @param clusterId the cluster's id
	 * @return the products
	 */
	List<Product> listAvailableProducts(String clusterId);

	/**
	 * The CrateDB versions a cluster can be upgraded to directly:
	 * {@code GET /api/v2/clusters/{cluster_id}/available-upgrades/}.
	 * @param clusterId the cluster's id
	 * @return the versions offered on each release channel
	 */
	CrateDbVersions getAvailableUpgrades(String clusterId);

	/**
	 * A new JSON Web Token for a cluster's Grand Central services:
	 * {@code GET /api/v2/clusters/{cluster_id}/jwt/}.
	 * @param clusterId the cluster's id
	 * @return the token, which {@link ClusterJwt#toString()} never prints
	 */
	ClusterJwt getJwt(String clusterId);

	/**
	 * SQL on a cluster over its HTTP endpoint, with the cluster's JSON Web Token, so that the
	 * API key is all it takes. Makes no request itself: the first statement reads the cluster
	 * ({@code GET /api/v2/clusters/{cluster_id}/}) and its token
	 * ({@code GET /api/v2/clusters/{cluster_id}/jwt/}); each statement is one
	 * {@code POST <cluster url>/_sql}. Every {@code CrateDbSql} of a cluster from this client
	 * shares its token.
	 * @param clusterId the cluster's id
	 * @return the cluster's SQL
	 * @throws IllegalArgumentException if the id cannot be a cluster's
	 */
	CrateDbSql sql(String clusterId);

	/**
	 * A metric of a cluster over the service's default window:
	 * {@code GET /api/v2/clusters/{cluster_id}/metrics/{metric_id}/}.
	 * @param clusterId the cluster's id
	 * @param metric the metric
	 * @return the metric's series, empty when the service has no data (a cluster whose
	 * nodes are not up)
	 */
	ClusterMetrics getMetrics(String clusterId, ClusterMetric metric);

	/**
	 * A metric of a cluster over a window:
	 * {@code GET /api/v2/clusters/{cluster_id}/metrics/{metric_id}/?start=&end=} for a time
	 * range, {@code ?minutes_ago=} for the last minutes.
	 * @param clusterId the cluster's id
	 * @param metric the metric
	 * @param query the window
	 * @return the metric's series, empty when the service has no data (a cluster whose
	 * nodes are not up)
	 */
	ClusterMetrics getMetrics(String clusterId, ClusterMetric metric, MetricQuery query);

}
