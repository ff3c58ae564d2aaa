package io.cratecloud.client.clusters;

import java.util.List;
import java.util.Map;

import io.cratecloud.client.Arguments;

/**
 * One series of a {@link ClusterMetrics metric}: the samples of one label set, such as one
 * node's.
 *
 * @param labels the series' labels, such as {@code pod} and {@code __name__}
 * @param samples the samples, oldest first
 */
public record MetricSeries(Map<String, String> labels, List<MetricSample> samples) {

	/**
	 * Create a series.
	 * @param labels the series' labels
	 * @param samples the samples
	 * @throws IllegalArgumentException if either is {@code null}
	 */
	public MetricSeries {
		labels = Map.copyOf(Arguments.required(labels, "labels"));
		samples = List.copyOf(Arguments.required(samples, "samples"));
	}

}
