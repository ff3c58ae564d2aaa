package io.cratecloud.client.clusters;

import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * The last long-running change of a cluster as the cluster itself reports it; the full
 * operation, with its feedback, is listed by {@link ClustersClient#listOperations(String)}.
 *
 * @param id the operation's id
 * @param type the kind of change
 * @param status where the change stands
 * @param dc when the operation was created and last modified
 */
public record ClusterOperationSummary(@Nullable String id, @Nullable OperationType type,
		@Nullable OperationStatus status, @Nullable DublinCore dc) {
}
