package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * The compute one product used.
 *
 * @param productName the product's name, such as {@code cr1}
 * @param consumption what the product used and cost
 */
public record ProductConsumption(@Nullable String productName, @Nullable Consumption consumption) {
}
