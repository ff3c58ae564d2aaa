package io.cratecloud.client.clusters;

import java.util.Map;

import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A long-running change of a cluster, such as a scale or an upgrade.
 *
 * @param id the operation's id
 * @param type the kind of change
 * @param status where the change stands
 * @param entity the kind of resource the change applies to
 * @param entityId the id of that resource
 * @param feedbackData what the region reported, with a human-readable {@code message}
 * @param nonSensitiveData the change's parameters, depending on its type: for
 * {@code SCALE} the current and target product unit and node count, for {@code UPGRADE}
 * the current and target version, for {@code ALLOWED_CIDR_UPDATE} the current and target
 * IP allowlist
 * @param dc when the operation was created and last modified
 */
public record ClusterOperation(@Nullable String id, @Nullable OperationType type, @Nullable OperationStatus status,
		@Nullable String entity, @Nullable String entityId, @Nullable Map<String, Object> feedbackData,
		@Nullable Map<String, Object> nonSensitiveData, @Nullable DublinCore dc) {

	/**
	 * The human-readable message the region reported, such as why the change failed.
	 * @return the {@code message} of the feedback, or {@code null} if there is none
	 */
	public @Nullable String feedbackMessage() {
		Object message = (this.feedbackData != null) ? this.feedbackData.get("message") : null;
		return (message != null) ? message.toString() : null;
	}

}
