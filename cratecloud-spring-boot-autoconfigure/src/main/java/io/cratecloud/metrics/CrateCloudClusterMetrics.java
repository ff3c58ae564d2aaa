package io.cratecloud.metrics;

import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.health.WatchedClusters;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauges of the watched CrateDB Cloud clusters, from the same cached list as their health:
 * {@code cratecloud.cluster.nodes} (the node count) and {@code cratecloud.cluster.healthy}
 * (1 when the cluster's health is GREEN or YELLOW, else 0), each tagged with the cluster's
 * name or id as it is watched. Only watched clusters get gauges, so their number is bounded.
 */
public class CrateCloudClusterMetrics implements MeterBinder {

	private final WatchedClusters clusters;

	/**
	 * Create the gauges' binder.
	 * @param clusters the watched clusters
	 */
	public CrateCloudClusterMetrics(WatchedClusters clusters) {
		this.clusters = clusters;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String cluster : this.clusters.watched()) {
			Gauge.builder("cratecloud.cluster.nodes", this.clusters, (watched) -> nodes(watched, cluster))
				.description("Node count of the CrateDB Cloud cluster")
				.tag("cluster", cluster)
				.register(registry);
			Gauge.builder("cratecloud.cluster.healthy", this.clusters, (watched) -> healthy(watched, cluster))
				.description("Whether the CrateDB Cloud cluster's health is GREEN or YELLOW (1) or not (0)")
				.tag("cluster", cluster)
				.register(registry);
		}
	}

	private static double nodes(WatchedClusters watched, String name) {
		Cluster cluster = watched.snapshot().cluster(name);
		return (cluster != null && cluster.numNodes() != null) ? cluster.numNodes() : Double.NaN;
	}

	private static double healthy(WatchedClusters watched, String name) {
		Cluster cluster = watched.snapshot().cluster(name);
		ClusterHealth health = (cluster != null) ? cluster.health() : null;
		ClusterHealthStatus status = (health != null) ? health.status() : null;
		return (ClusterHealthStatus.GREEN.equals(status) || ClusterHealthStatus.YELLOW.equals(status)) ? 1 : 0;
	}

}
