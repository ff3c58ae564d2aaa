package io.cratecloud.client.clusters;

import java.time.Duration;
import java.time.Instant;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The window of a metric {@link ClustersClient#getMetrics(String, ClusterMetric, MetricQuery)}
 * returns: the service's default, the last minutes ({@link #last(Duration)}), or a time range
 * ({@link #between(Instant, Instant)}, {@link #withFrom}, {@link #withTo}).
 *
 * @param from the start of the window, sent to the second as {@code start}, or {@code null}
 * @param to the end of the window, sent to the second as {@code end}, or {@code null} for now
 * @param last how far back from now the window reaches, in whole minutes, sent as
 * {@code minutes_ago}, or {@code null}; not with {@code from} or {@code to}
 */
public record MetricQuery(@Nullable Instant from, @Nullable Instant to, @Nullable Duration last) {

	private static final MetricQuery SERVICE_DEFAULT = new MetricQuery(null, null, null);

	/**
	 * Create a query.
	 * @param from the start of the window, or {@code null}
	 * @param to the end of the window, or {@code null}
	 * @param last how far back from now the window reaches, or {@code null}
	 * @throws IllegalArgumentException if {@code from} is after {@code to}, if {@code last} is
	 * shorter than a minute, or if {@code last} comes with {@code from} or {@code to}
	 */
	public MetricQuery {
		Arguments.range(from, to);
		if (last != null) {
			Arguments.check(last.toMinutes() >= 1, "last", "at least one minute, not " + last);
			Arguments.check(from == null && to == null, "last",
					"not set together with from or to: the window is either the last minutes or a time range");
		}
	}

	/**
	 * The service's default window.
	 * @return the query
	 */
	public static MetricQuery serviceDefault() {
		return SERVICE_DEFAULT;
	}

	/**
	 * The last minutes until now.
	 * @param window how far back to go, in whole minutes
	 * @return the query
	 * @throws IllegalArgumentException if the window is shorter than a minute
	 */
	public static MetricQuery last(Duration window) {
		return new MetricQuery(null, null, Arguments.required(window, "last"));
	}

	/**
	 * A time range.
	 * @param from the start of the window
	 * @param to the end of the window
	 * @return the query
	 * @throws IllegalArgumentException if either is {@code null}, or {@code from} is after
	 * {@code to}
	 */
	public static MetricQuery between(Instant from, Instant to) {
		return new MetricQuery(Arguments.required(from, "from"), Arguments.required(to, "to"), null);
	}

	/**
	 * This query starting at another instant.
	 * @param from the start of the window, or {@code null} for the service's default
	 * @return a new query
	 */
	public MetricQuery withFrom(@Nullable Instant from) {
		return new MetricQuery(from, this.to, null);
	}

	/**
	 * This query ending at another instant.
	 * @param to the end of the window, or {@code null} for now
	 * @return a new query
	 */
	public MetricQuery withTo(@Nullable Instant to) {
		return new MetricQuery(this.from, to, null);
	}

}
