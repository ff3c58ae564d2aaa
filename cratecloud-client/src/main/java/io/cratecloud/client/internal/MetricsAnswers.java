package io.cratecloud.client.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.clusters.ClusterMetric;
import io.cratecloud.client.clusters.ClusterMetrics;
import io.cratecloud.client.clusters.MetricSample;
import io.cratecloud.client.clusters.MetricSeries;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the answer of a cluster's metric, which the document declares as any object ("property
 * names depend on the type of metrics") and the service fills with Prometheus' answer
 * ({@code {status, data: {resultType, result: [{metric, values | value}]}}}). Whatever the
 * object holds, reading it never fails: a part that is not of Prometheus' shape is left out.
 */
final class MetricsAnswers {

	private MetricsAnswers() {
	}

	static ClusterMetrics read(ClusterMetric metric, @Nullable JsonNode answer) {
		if (answer == null || !answer.isObject()) {
			return ClusterMetrics.empty(metric);
		}
		JsonNode data = answer.path("data");
		List<MetricSeries> series = new ArrayList<>();
		for (JsonNode result : data.path("result")) {
			series.add(new MetricSeries(labels(result.path("metric")), samples(result)));
		}
		return new ClusterMetrics(metric, text(answer.get("status")), text(data.get("resultType")), series);
	}

	private static Map<String, String> labels(JsonNode metric) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> label : metric.properties()) {
			if (label.getValue().isValueNode() && !label.getValue().isNull()) {
				labels.put(label.getKey(), label.getValue().asString());
			}
		}
		return labels;
	}

	private static List<MetricSample> samples(JsonNode result) {
		List<MetricSample> samples = new ArrayList<>();
		if (result.path("values").isArray()) {
			for (JsonNode point : result.path("values")) {
				addSample(samples, point);
			}
		}
		else {
			addSample(samples, result.path("value"));
		}
		return samples;
	}

	/**
	 * Add a Prometheus point, {@code [epoch seconds, "value"]}, unless it is not one.
	 */
	private static void addSample(List<MetricSample> samples, JsonNode point) {
		if (!point.isArray() || point.size() != 2 || !point.get(0).isNumber()) {
			return;
		}
		Double value = value(point.get(1));
		if (value == null) {
			return;
		}
		BigDecimal seconds = point.get(0).decimalValue();
		try {
			Instant time = Instant.ofEpochSecond(seconds.longValue(),
					seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
			samples.add(new MetricSample(time, value));
		}
		catch (ArithmeticException | java.time.DateTimeException ex) {
			// Not a time: the point is left out.
		}
	}

	private static @Nullable Double value(JsonNode value) {
		if (value.isNumber()) {
			return value.doubleValue();
		}
		if (!value.isString()) {
			return null;
		}
		String text = value.asString().trim();
		switch (text) {
			case "+Inf", "Inf" -> {
				return Double.POSITIVE_INFINITY;
			}
			case "-Inf" -> {
				return Double.NEGATIVE_INFINITY;
			}
			case "NaN" -> {
				return Double.NaN;
			}
			default -> {
				try {
					return Double.valueOf(text);
				}
				catch (NumberFormatException ex) {
					return null;
				}
			}
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

}
