package io.cratecloud.client.auditlogs;

import java.time.Instant;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Which page of an organization's audit log to read, and which events it holds. Start from
 * {@link #all()} and narrow it with the {@code with} methods; every filter left
 * {@code null} is not sent.
 * <p>
 * The API takes timestamps in whole seconds ({@code YYYY-MM-DDThh:mm:ssZ}), so {@code from}
 * is rounded down and {@code to} up to the second: the page never misses an event the query
 * covers, and may hold events up to a second outside it.
 *
 * @param action only events of this action
 * @param from only events at or after this instant
 * @param to only events at or before this instant
 * @param clusterId only events about this cluster
 * @param last the id of the oldest event of the previous page, to read the page after it;
 * {@code null} reads the newest page
 */
public record AuditLogQuery(@Nullable String action, @Nullable Instant from, @Nullable Instant to,
		@Nullable String clusterId, @Nullable String last) {

	private static final AuditLogQuery ALL = new AuditLogQuery(null, null, null, null, null);

	/**
	 * Create a query.
	 * @param action only events of this action
	 * @param from only events at or after this instant
	 * @param to only events at or before this instant
	 * @param clusterId only events about this cluster
	 * @param last the id of the oldest event of the previous page
	 * @throws IllegalArgumentException if {@code from} is after {@code to}
	 */
	public AuditLogQuery {
		Arguments.range(from, to);
	}

	/**
	 * The newest page of every event.
	 * @return a query without filters
	 */
	public static AuditLogQuery all() {
		return ALL;
	}

	/**
	 * This query, for events of one action only.
	 * @param action the action, or {@code null} for every action
	 * @return a new query
	 */
	public AuditLogQuery withAction(@Nullable String action) {
		return new AuditLogQuery(action, this.from, this.to, this.clusterId, this.last);
	}

	/**
	 * This query, for events at or after an instant only.
	 * @param from the earliest instant, or {@code null} for no lower bound
	 * @return a new query
	 */
	public AuditLogQuery withFrom(@Nullable Instant from) {
		return new AuditLogQuery(this.action, from, this.to, this.clusterId, this.last);
	}

	/**
	 * This query, for events at or before an instant only.
	 * @param to the latest instant, or {@code null} for no upper bound
	 * @return a new query
	 */
	public AuditLogQuery withTo(@Nullable Instant to) {
		return new AuditLogQuery(this.action, this.from, to, this.clusterId, this.last);
	}

	/**
	 * This query, for events about one cluster only.
	 * @param clusterId the cluster's id, or {@code null} for every cluster
	 * @return a new query
	 */
	public AuditLogQuery withClusterId(@Nullable String clusterId) {
		return new AuditLogQuery(this.action, this.from, this.to, clusterId, this.last);
	}

	/**
	 * This query, for the page after the one whose oldest event is given. Pages come newest
	 * first, so that is the id of the last event in the previous page.
	 * @param last the id of the oldest event of the previous page, or {@code null} for the
	 * newest page
	 * @return a new query with the same filters
	 */
	public AuditLogQuery withLast(@Nullable String last) {
		return new AuditLogQuery(this.action, this.from, this.to, this.clusterId, last);
	}

}
