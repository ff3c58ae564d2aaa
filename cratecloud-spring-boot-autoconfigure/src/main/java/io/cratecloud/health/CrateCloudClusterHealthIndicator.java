package io.cratecloud.health;

import java.time.Clock;
import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.sql.CrateDbSqlException;
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
 * <p>
 * With an SQL probe, a cluster the API reports UP is also asked {@code SELECT 1} over its
 * HTTP endpoint with the cluster's token, and is DOWN when that fails (detail {@code sql}: the
 * reason, never the token); the probe's result is reused as long as the API's.
 */
public class CrateCloudClusterHealthIndicator extends AbstractHealthIndicator {

	private static final String SQL_OK = "ok";

	private final WatchedClusters clusters;

	private final String nameOrId;

	private final @Nullable CrateCloudClient sqlProbe;

	private final TimedCache<String> sqlProbeResult;

	/**
	 * Create an indicator.
	 * @param clusters the watched clusters, which list them
	 * @param nameOrId the cluster's name or id
	 */
	public CrateCloudClusterHealthIndicator(WatchedClusters clusters, String nameOrId) {
		this(clusters, nameOrId, null, Duration.ZERO);
	}

	/**
	 * Create an indicator that also probes the cluster's SQL endpoint.
	 * @param clusters the watched clusters, which list them
	 * @param nameOrId the cluster's name or id
	 * @param sqlProbe the client to send {@code SELECT 1} with, whose call timeout bounds the
	 * probe, or {@code null} for no probe
	 * @param cacheTtl how long the probe's result is reused
	 */
	public CrateCloudClusterHealthIndicator(WatchedClusters clusters, String nameOrId,
			@Nullable CrateCloudClient sqlProbe, Duration cacheTtl) {
		super("CrateDB Cloud cluster health check failed");
		this.clusters = clusters;
		this.nameOrId = nameOrId;
		this.sqlProbe = sqlProbe;
		this.sqlProbeResult = new TimedCache<>(cacheTtl, Clock.systemUTC());
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
		CrateCloudClient probe = this.sqlProbe;
		if (probe != null && Status.UP.equals(map(status)) && cluster.id() != null) {
			String sql = this.sqlProbeResult.get(() -> probe(probe, cluster.id()));
			builder.withDetail("sql", sql);
			if (!SQL_OK.equals(sql)) {
				builder.down();
			}
		}
	}

	private static String probe(CrateCloudClient client, String clusterId) {
		try {
			client.clusters().sql(clusterId).sql("SELECT 1").query();
			return SQL_OK;
		}
		catch (CrateDbSqlException ex) {
			return (ex.getErrorCode() != 0) ? "refused (CrateDB error " + ex.getErrorCode() + ")"
					: "refused (status " + ex.getStatusCode() + ")";
		}
		catch (CrateCloudException ex) {
			return CrateCloudHealthIndicator.reason(ex);
		}
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
