package io.cratecloud.client.clusters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The id of a metric {@code GET /api/v2/clusters/{cluster_id}/metrics/{metric_id}/} can
 * return, such as {@code crate_cpu_seconds}. The constants name the metrics the API
 * documents; other ids are sent as they are.
 *
 * @param value the metric's id as the API writes it
 */
public record ClusterMetric(@JsonValue String value) {

	/** The number of queries. */
	public static final ClusterMetric QUERY_COUNT = new ClusterMetric("crate_query_count");

	/** How long queries take. */
	public static final ClusterMetric QUERY_DURATION = new ClusterMetric("crate_query_duration");

	/** Whether the cluster was available. */
	public static final ClusterMetric AVAILABILITY = new ClusterMetric("crate_availability");

	/** The CPU time the nodes used. */
	public static final ClusterMetric CPU_SECONDS = new ClusterMetric("crate_cpu_seconds");

	/** The memory the nodes use. */
	public static final ClusterMetric MEMORY_USAGE = new ClusterMetric("crate_memory_usage");

	/** The disk space the nodes use. */
	public static final ClusterMetric DISK_USAGE = new ClusterMetric("crate_disk_usage2");

	/** When a user last ran a query. */
	public static final ClusterMetric LAST_USER_ACTIVITY = new ClusterMetric("crate_cluster_last_user_activity");

	/** The tables whose shards are not fully replicated. */
	public static final ClusterMetric UNREPLICATED_TABLES = new ClusterMetric("crate_unreplicated_tables");

	/**
	 * Create a metric id.
	 * @param value the metric's id as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ClusterMetric {
		Arguments.text(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
