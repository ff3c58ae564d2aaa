package io.cratecloud.client.products;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A promotional price that applies for a while.
 *
 * @param pricePerHour the promotional price per hour
 * @param pricePerMonth the promotional price per month
 * @param promotionDuration how long the promotion lasts
 */
public record PricingPromotion(@Nullable BigDecimal pricePerHour, @Nullable BigDecimal pricePerMonth,
		@Nullable Integer promotionDuration) {
}
