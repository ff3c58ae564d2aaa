package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.clusters.ClusterOperation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /api/v2/clusters/{cluster_id}/operations/}, which wraps the list
 * in an object; callers get the list itself.
 *
 * @param operations the operations
 */
record ClusterOperationList(@Nullable List<ClusterOperation> operations) {

	List<ClusterOperation> operationsOrEmpty() {
		return (this.operations != null) ? this.operations : List.of();
	}

}
