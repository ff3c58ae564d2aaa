package io.cratecloud.client.clusters;

import org.jspecify.annotations.Nullable;

/**
 * The hardware of each node of a cluster.
 *
 * @param cpusPerNode the CPU cores of each node
 * @param memoryPerNodeBytes the memory of each node, in bytes
 * @param heapSizeBytes the JVM heap of each node, in bytes
 * @param diskType the type of disk, such as {@code premium}
 * @param disksPerNode the number of disks of each node
 * @param diskSizePerNodeBytes the disk space of each node, in bytes
 */
public record HardwareSpecs(@Nullable Double cpusPerNode, @Nullable Long memoryPerNodeBytes,
		@Nullable Long heapSizeBytes, @Nullable String diskType, @Nullable Integer disksPerNode,
		@Nullable Long diskSizePerNodeBytes) {
}
