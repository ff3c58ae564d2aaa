package io.cratecloud.health;

import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link HealthIndicator} of one CrateDB Cloud cluster, from its health as the cluster's
 * region last reported it: {@code GREEN} and {@code YELLOW} are UP (with the health in the
 * details), {@code RED} and {@code UNREACHABLE} DOWN, {@code SUSPENDED} OUT_OF_SERVICE, any
 * other UNKNOWN; a cluster that is gone is DOWN with the reason "not found". Details: the
 * health status, the running operation, the node count and the CrateDB version; never a
 * password.
 */
public class CrateCloudClusterHealthIndicator extends AbstractHealthIndicator {

	private final WatchedClusters clusters;

	private final String nameOrId;

	/**
	 * Create an indicator.
	 * @param clusters the watched clusters, which list them
	 * @param nameOrId the cluster's name or id
	 */
	public CrateCloudClusterHealthIndicator(WatchedClusters clusters, String nameOrId) {
		super("CrateDB Cloud cluster health check failed");
		this.clusters = clusters;
		this.nameOrId = nameOrId;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		WatchedClusters.Snapshot snapshot = this.clusters.snapshot();
		if (snapshot.failure() != null) {
			Health down = CrateCloudHealthIndicator.down(snapshot.failure());
			builder.status(down.getStatus()).withDetails(down.getDetails());
			return;
		}
		Cluster cluster = snapshot.cluster(this.nameOrId);
		if (cluster == null) {
			builder.down().withDetail("reason", "not found");
			return;
		}
		ClusterHealth health = cluster.health();
		ClusterHealthStatus status = (health != null) ? health.status() : null;
		builder.status(map(status)).withDetail("id", String.valueOf(cluster.id())).withDetail("health",
				String.valueOf(status));
		if (health != null && health.runningOperation() != null && !health.runningOperation().isNone()) {
			builder.withDetail("runningOperation", health.runningOperation().value());
		}
		if (cluster.numNodes() != null) {
			builder.withDetail("nodes", cluster.numNodes());
		}
		builder.withDetail("crateVersion", cluster.crateVersion());
	}

	static Status map(@Nullable ClusterHealthStatus status) {
		if (ClusterHealthStatus.GREEN.equals(status) || ClusterHealthStatus.YELLOW.equals(status)) {
			return Status.UP;
		}
		if (ClusterHealthStatus.RED.equals(status) || ClusterHealthStatus.UNREACHABLE.equals(status)) {
			return Status.DOWN;
		}
		if (ClusterHealthStatus.SUSPENDED.equals(status)) {
			return Status.OUT_OF_SERVICE;
		}
		return Status.UNKNOWN;
	}

}
