package io.cratecloud.client.products;

import org.jspecify.annotations.Nullable;

/**
 * Which products a list returns. Every criterion is optional; the ones given must all
 * match. Start from {@link #all()} and add criteria with the {@code with...} methods.
 *
 * @param tier only products of this tier, such as {@code default}
 * @param name only products of this name, such as {@code cr1}
 * @param plan only products of this plan
 * @param offer only products of this offer
 */
public record ProductFilter(@Nullable String tier, @Nullable String name, @Nullable String plan,
		@Nullable String offer) {

	private static final ProductFilter ALL = new ProductFilter(null, null, null, null);

	/**
	 * A filter that matches every product.
	 * @return the filter
	 */
	public static ProductFilter all() {
		return ALL;
	}

	/**
	 * This filter with another tier.
	 * @param tier the tier, or {@code null} for any tier
	 * @return a new filter
	 */
	public ProductFilter withTier(@Nullable String tier) {
		return new ProductFilter(tier, this.name, this.plan, this.offer);
	}

	/**
	 * This filter with another name.
	 * @param name the product's name, or {@code null} for any name
	 * @return a new filter
	 */
	public ProductFilter withName(@Nullable String name) {
		return new ProductFilter(this.tier, name, this.plan, this.offer);
	}

	/**
	 * This filter with another plan.
	 * @param plan the plan, or {@code null} for any plan
	 * @return a new filter
	 */
	public ProductFilter withPlan(@Nullable String plan) {
		return new ProductFilter(this.tier, this.name, plan, this.offer);
	}

	/**
	 * This filter with another offer.
	 * @param offer the offer, or {@code null} for any offer
	 * @return a new filter
	 */
	public ProductFilter withOffer(@Nullable String offer) {
		return new ProductFilter(this.tier, this.name, this.plan, offer);
	}

}
