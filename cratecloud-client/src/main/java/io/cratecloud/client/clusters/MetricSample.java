package io.cratecloud.client.clusters;

import java.time.Instant;

import io.cratecloud.client.Arguments;

/**
 * One sample of a {@link MetricSeries}.
 *
 * @param time when the sample was taken
 * @param value its value; Prometheus' {@code NaN}, {@code +Inf} and {@code -Inf} are
 * {@link Double#NaN} and the infinities
 */
public record MetricSample(Instant time, double value) {

	/**
	 * Create a sample.
	 * @param time when the sample was taken
	 * @param value its value
	 * @throws IllegalArgumentException if the time is {@code null}
	 */
	public MetricSample {
		Arguments.required(time, "time");
	}

}
