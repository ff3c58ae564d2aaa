package io.cratecloud.client.clusters;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Which operations of a cluster {@link ClustersClient#operations(String, OperationFilter)}
 * returns. Every criterion is optional. Start from {@link #all()} and add criteria with the
 * {@code with...} methods.
 * <p>
 * The document declares no filter on the operation's type (the official CLI sends one the
 * service may ignore), so to find the latest change of one type, filter the returned list.
 *
 * @param statuses only operations in one of these statuses; empty for any status
 * @param start only operations since this instant, sent to the second
 * @param end only operations until this instant, sent to the second
 */
public record OperationFilter(List<OperationStatus> statuses, @Nullable Instant start, @Nullable Instant end) {

	private static final OperationFilter ALL = new OperationFilter(List.of(), null, null);

	/**
	 * Create a filter.
	 * @param statuses only operations in one of these statuses; empty for any status
	 * @param start only operations since this instant
	 * @param end only operations until this instant
	 */
	public OperationFilter {
		Assert.notNull(statuses, "statuses must not be null");
		Assert.noNullElements(statuses, "statuses must not contain null");
		statuses = List.copyOf(statuses);
	}

	/**
	 * A filter that matches every operation.
	 * @return the filter
	 */
	public static OperationFilter all() {
		return ALL;
	}

	/**
	 * This filter with other statuses.
	 * @param statuses only operations in one of these statuses; none for any status
	 * @return a new filter
	 */
	public OperationFilter withStatuses(OperationStatus... statuses) {
		return new OperationFilter(List.of(statuses), this.start, this.end);
	}

	/**
	 * This filter with another start.
	 * @param start only operations since this instant, or {@code null} for no lower bound
	 * @return a new filter
	 */
	public OperationFilter withStart(@Nullable Instant start) {
		return new OperationFilter(this.statuses, start, this.end);
	}

	/**
	 * This filter with another end.
	 * @param end only operations until this instant, or {@code null} for no upper bound
	 * @return a new filter
	 */
	public OperationFilter withEnd(@Nullable Instant end) {
		return new OperationFilter(this.statuses, this.start, end);
	}

}
