package io.cratecloud.client.clusters;

import java.time.Instant;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Which snapshots of a cluster {@link ClustersClient#listSnapshots(String, SnapshotQuery)}
 * returns: those taken in a time range. The service looks at most two weeks back. Start from
 * {@link #all()} and narrow it with the {@code with} methods.
 *
 * @param from only snapshots taken at or after this instant, sent to the second as
 * {@code start}
 * @param to only snapshots taken at or before this instant, sent to the second as
 * {@code end}
 */
public record SnapshotQuery(@Nullable Instant from, @Nullable Instant to) {

	private static final SnapshotQuery ALL = new SnapshotQuery(null, null);

	/**
	 * Create a query.
	 * @param from only snapshots taken at or after this instant
	 * @param to only snapshots taken at or before this instant
	 * @throws IllegalArgumentException if {@code from} is after {@code to}
	 */
	public SnapshotQuery {
		Arguments.range(from, to);
	}

	/**
	 * Every snapshot the service lists by default.
	 * @return a query without bounds
	 */
	public static SnapshotQuery all() {
		return ALL;
	}

	/**
	 * This query with another lower bound.
	 * @param from the earliest instant, or {@code null} for no lower bound
	 * @return a new query
	 */
	public SnapshotQuery withFrom(@Nullable Instant from) {
		return new SnapshotQuery(from, this.to);
	}

	/**
	 * This query with another upper bound.
	 * @param to the latest instant, or {@code null} for no upper bound
	 * @return a new query
	 */
	public SnapshotQuery withTo(@Nullable Instant to) {
		return new SnapshotQuery(this.from, to);
	}

}
