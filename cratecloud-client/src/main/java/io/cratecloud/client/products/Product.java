package io.cratecloud.client.products;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A product clusters run on: a hardware size in a region, with its price and scaling
 * options.
 *
 * @param name the product's name, such as {@code cr1}
 * @param kind the kind of product, such as {@code cluster}
 * @param tier the product's tier, such as {@code default}
 * @param plan the billing plan the product belongs to
 * @param offer the offer the product belongs to
 * @param label the product's display name
 * @param description what the product is meant for
 * @param region the region the product is offered in, such as {@code eks1.eu-west-1.aws}
 * @param deprecated whether the product is no longer offered for new clusters
 * @param pricePerDtuMinute the price of one DTU for one minute
 * @param scaleSummary a summary of the scaling options
 * @param scaling the scaling options, one per product unit
 * @param specs the hardware of each node
 * @param guaranteesPerDtu what one DTU is guaranteed to handle
 * @param tags the product's tags
 */
public record Product(@Nullable String name, @Nullable String kind, @Nullable String tier, @Nullable String plan,
		@Nullable String offer, @Nullable String label, @Nullable String description, @Nullable String region,
		@Nullable Boolean deprecated, @Nullable Long pricePerDtuMinute, @Nullable String scaleSummary,
		@Nullable List<ScaleOption> scaling, @Nullable ProductSpecs specs,
		@Nullable ProductGuarantee guaranteesPerDtu, @Nullable List<String> tags) {
}
