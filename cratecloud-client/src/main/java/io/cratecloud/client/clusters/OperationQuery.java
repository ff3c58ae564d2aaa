package io.cratecloud.client.clusters;

import java.time.Instant;
import java.util.List;

import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.internal.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Which operations of a cluster {@link ClustersClient#listOperations(String, OperationQuery)}
 * returns. Every criterion is optional. Start from {@link #all()} and add criteria with the
 * {@code with...} methods.
 *
 * @param statuses only operations in one of these statuses; empty for any status
 * @param start only operations since this instant, sent to the second
 * @param end only operations until this instant, sent to the second
 */
public record OperationQuery(List<OperationStatus> statuses, @Nullable Instant start, @Nullable Instant end) {

	private static final OperationQuery ALL = new OperationQuery(List.of(), null, null);

	/**
	 * Check the statuses.
	 * @param statuses only operations in one of these statuses; empty for any status
	 * @param start only operations since this instant
	 * @param end only operations until this instant
	 * @throws IllegalArgumentException if the statuses are {@code null} or hold {@code null}
	 */
	public OperationQuery {
		Arguments.required(statuses, "statuses");
		statuses.forEach((status) -> Arguments.required(status, "statuses[]"));
		statuses = List.copyOf(statuses);
	}

	/**
	 * Every operation.
	 * @return the query
	 */
	public static OperationQuery all() {
		return ALL;
	}

	/**
	 * This query with other statuses.
	 * @param statuses only operations in one of these statuses; none for any status
	 * @return a new query
	 */
	public OperationQuery withStatuses(OperationStatus... statuses) {
		return new OperationQuery(List.of(Arguments.required(statuses, "statuses")), this.start, this.end);
	}

	/**
	 * This query with another start.
	 * @param start only operations since this instant, or {@code null} for no lower bound
	 * @return a new query
	 */
	public OperationQuery withStart(@Nullable Instant start) {
		return new OperationQuery(this.statuses, start, this.end);
	}

	/**
	 * This query with another end.
	 * @param end only operations until this instant, or {@code null} for no upper bound
	 * @return a new query
	 */
	public OperationQuery withEnd(@Nullable Instant end) {
		return new OperationQuery(this.statuses, this.start, end);
	}

}
