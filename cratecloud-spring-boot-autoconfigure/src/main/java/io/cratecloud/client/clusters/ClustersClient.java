package io.cratecloud.client.clusters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.http.ApiRequest;
import io.cratecloud.client.Polling;
import io.cratecloud.client.http.CrateCloudTransport;
import io.cratecloud.client.products.Product;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
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

}
