package io.cratecloud.client.clusters;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The health of a cluster, pushed periodically by its region rather than read live. Right
 * after a deploy the status is {@link ClusterHealthStatus#UNREACHABLE} and {@code lastSeen}
 * is {@code null}.
 *
 * @param status the cluster's health status
 * @param runningOperation the type of the change in progress, {@link OperationType#NONE}
 * when the cluster is idle
 * @param lastSeen when the region last reached the cluster; {@code null} when it never did
 */
public record ClusterHealth(@Nullable ClusterHealthStatus status, @Nullable OperationType runningOperation,
		@Nullable Instant lastSeen) {

	/**
	 * Whether the health reports a change in progress.
	 * @return {@code true} if a running operation is named
	 */
	@JsonIgnore // derived from runningOperation, not a field of the API's health
	public boolean isOperationRunning() {
		return this.runningOperation != null && !this.runningOperation.isNone();
	}

}
