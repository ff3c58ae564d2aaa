package io.cratecloud.client.clusters;

import java.time.Instant;
import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.OperationStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which operations of a cluster {@link ClustersClient#listOperations(String, OperationQuery)}
 * returns. Every criterion is optional. Start from {@link #all()} and add criteria with the
 * {@code with...} methods.
 *
 * @param statuses only operations in one of these statuses; empty for any status
 * @param from only operations since this instant, sent to the second as {@code start}
 * @param to only operations until this instant, sent to the second as {@code end}
 */
public record OperationQuery(List<OperationStatus> statuses, @Nullable Instant from, @Nullable Instant to) {

	private static final OperationQuery ALL = new OperationQuery(List.of(), null, null);

	/**
	 * Check the statuses.
	 * @param statuses only operations in one of these statuses; empty for any status
	 * @param from only operations since this instant
	 * @param to only operations until this instant
	 * @throws IllegalArgumentException if the statuses are {@code null} or hold {@code null},
	 * or {@code from} is after {@code to}
	 */
	public OperationQuery {
		Arguments.required(statuses, "statuses");
		statuses.forEach((status) -> Arguments.required(status, "statuses[]"));
		statuses = List.copyOf(statuses);
		Arguments.range(from, to);
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
		return new OperationQuery(List.of(Arguments.required(statuses, "statuses")), this.from, this.to);
	}

	/**
	 * This query with another lower bound.
	 * @param from only operations since this instant, or {@code null} for no lower bound
	 * @return a new query
	 */
	public OperationQuery withFrom(@Nullable Instant from) {
		return new OperationQuery(this.statuses, from, this.to);
	}

	/**
	 * This query with another upper bound.
	 * @param to only operations until this instant, or {@code null} for no upper bound
	 * @return a new query
	 */
	public OperationQuery withTo(@Nullable Instant to) {
		return new OperationQuery(this.statuses, this.from, to);
	}

}
