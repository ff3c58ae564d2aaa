package io.cratecloud.client.products;

import org.jspecify.annotations.Nullable;

/**
 * One way to scale a product: a product unit, its nodes, capacity and price.
 *
 * @param value the product unit this option selects
 * @param description what the option offers
 * @param nodes the number of nodes
 * @param dtus the number of DTUs
 * @param pricePerMinute the price of the option for one minute
 * @param queriesSecond the queries per second the option handles
 * @param insertsSecond the inserts per second the option handles
 * @param storageBytes the storage of the option, in bytes
 * @param diskSpaceBytes the disk space of the option, in bytes
 */
public record ScaleOption(@Nullable Integer value, @Nullable String description, @Nullable Integer nodes,
		@Nullable Integer dtus, @Nullable Long pricePerMinute, @Nullable Long queriesSecond,
		@Nullable Long insertsSecond, @Nullable Long storageBytes, @Nullable Long diskSpaceBytes) {
}
