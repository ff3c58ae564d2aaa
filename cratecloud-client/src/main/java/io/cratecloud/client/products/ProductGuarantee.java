package io.cratecloud.client.products;

import org.jspecify.annotations.Nullable;

/**
 * What one DTU of a product is guaranteed to handle.
 *
 * @param queriesSecond the queries per second
 * @param insertsSecond the inserts per second
 * @param storageBytes the storage, in bytes
 * @param diskSpaceBytes the disk space, in bytes
 */
public record ProductGuarantee(@Nullable Long queriesSecond, @Nullable Long insertsSecond,
		@Nullable Long storageBytes, @Nullable Long diskSpaceBytes) {
}
