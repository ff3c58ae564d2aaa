package io.cratecloud.client.products;

import org.jspecify.annotations.Nullable;

/**
 * The price of a cluster of a given product, size and storage.
 *
 * @param clusterPrice the price of the compute
 * @param storagePrice the price of the storage
 * @param totalPrice the price of both
 */
public record ProductPricing(@Nullable ClusterPricing clusterPrice, @Nullable ClusterPricing storagePrice,
		@Nullable ClusterPricing totalPrice) {
}
