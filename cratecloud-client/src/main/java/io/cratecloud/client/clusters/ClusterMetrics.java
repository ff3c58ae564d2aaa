package io.cratecloud.client.clusters;

import java.util.List;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * A metric of a cluster over a window, as
 * {@code GET /api/v2/clusters/{cluster_id}/metrics/{metric_id}/} passes on the answer of the
 * region's Prometheus: one {@link MetricSeries series} per node (or other label set), each
 * with its samples. A range query ({@code matrix}) has many samples a series, an instant
 * query ({@code vector}) one.
 *
 * @param metric the metric
 * @param status Prometheus' status of the query, such as {@code success}, or {@code null}
 * when the service had no data
 * @param resultType Prometheus' type of the result, such as {@code matrix} or
 * {@code vector}, or {@code null} when the service had no data
 * @param series the series, empty when the service had no data
 */
public record ClusterMetrics(ClusterMetric metric, @Nullable String status, @Nullable String resultType,
		List<MetricSeries> series) {

	/**
	 * Create the metric's data.
	 * @param metric the metric
	 * @param status Prometheus' status of the query
	 * @param resultType Prometheus' type of the result
	 * @param series the series
	 * @throws IllegalArgumentException if the metric or series are {@code null}
	 */
	public ClusterMetrics {
		Arguments.required(metric, "metric");
		series = List.copyOf(Arguments.required(series, "series"));
	}

	/**
	 * No data: what the service answers ({@code 204}) for a cluster whose nodes are not up.
	 * @param metric the metric
	 * @return the empty data
	 */
	public static ClusterMetrics empty(ClusterMetric metric) {
		return new ClusterMetrics(metric, null, null, List.of());
	}

	/**
	 * Whether the service had data for the metric.
	 * @return {@code true} if there is no series
	 */
	public boolean isEmpty() {
		return this.series.isEmpty();
	}

}
