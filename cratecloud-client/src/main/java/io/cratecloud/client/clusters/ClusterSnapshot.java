package io.cratecloud.client.clusters;

import java.time.Instant;
import java.util.List;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot (backup) of a cluster.
 *
 * @param clusterId the id of the cluster the snapshot was taken of
 * @param projectId the id of the cluster's project
 * @param repository the repository the snapshot is stored in
 * @param snapshot the snapshot's name in that repository
 * @param created when the snapshot was taken
 * @param tables the tables the snapshot holds
 * @param concreteIndices the indices behind those tables, partitions included
 * @param dc when the snapshot record was created and last modified
 */
public record ClusterSnapshot(@Nullable String clusterId, @Nullable String projectId, @Nullable String repository,
		@Nullable String snapshot, @Nullable Instant created, @Nullable List<String> tables,
		@Nullable List<String> concreteIndices, @Nullable DublinCore dc) {
}
