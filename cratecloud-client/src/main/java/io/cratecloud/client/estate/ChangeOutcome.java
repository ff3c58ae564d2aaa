package io.cratecloud.client.estate;

import org.jspecify.annotations.Nullable;

/**
 * What became of one change of an apply.
 *
 * @param change the change
 * @param status what became of it
 * @param operationId the id of the cluster operation that carried it, when there was one
 * @param reason why it failed, was skipped or blocked (the service's reason for a failure),
 * or {@code null}
 */
public record ChangeOutcome(PlannedChange change, ChangeStatus status, @Nullable String operationId,
		@Nullable String reason) {

	/**
	 * The outcome as one line.
	 * @return the line, such as {@code APPLIED ~ scale cluster analytics/orders: 2 nodes -> 3 nodes}
	 */
	public String describe() {
		StringBuilder line = new StringBuilder().append(this.status).append(' ').append(this.change.describe());
		if (this.operationId != null) {
			line.append(" [operation ").append(this.operationId).append(']');
		}
		if (this.reason != null && this.status != ChangeStatus.BLOCKED) {
			line.append(" (").append(this.reason).append(')');
		}
		return line.toString();
	}

}
