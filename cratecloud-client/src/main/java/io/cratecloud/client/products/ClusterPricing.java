package io.cratecloud.client.products;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One part of a price: per hour, per month, and any promotion.
 *
 * @param pricePerHour the price per hour
 * @param pricePerMonth the price per month
 * @param promotionPrice the promotional price, if a promotion applies
 */
public record ClusterPricing(@Nullable BigDecimal pricePerHour, @Nullable BigDecimal pricePerMonth,
		@Nullable PricingPromotion promotionPrice) {
}
