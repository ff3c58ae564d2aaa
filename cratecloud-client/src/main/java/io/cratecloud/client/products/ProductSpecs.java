package io.cratecloud.client.products;

import org.jspecify.annotations.Nullable;

/**
 * The hardware of each node of a product.
 *
 * @param cpuCores the CPU cores
 * @param ramBytes the memory, in bytes
 * @param storageBytes the default storage, in bytes
 * @param storageMinimumBytes the least storage that can be chosen, in bytes
 * @param storageMaximumBytes the most storage that can be chosen, in bytes
 */
public record ProductSpecs(@Nullable Double cpuCores, @Nullable Long ramBytes, @Nullable Long storageBytes,
		@Nullable Long storageMinimumBytes, @Nullable Long storageMaximumBytes) {
}
