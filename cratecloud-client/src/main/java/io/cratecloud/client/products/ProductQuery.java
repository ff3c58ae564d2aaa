package io.cratecloud.client.products;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Which products {@link ProductsClient#list(ProductQuery)} returns. Every criterion is
 * optional; the ones given must all match. Start from {@link #all()} or
 * {@link #ofKind(String)} and add criteria with the {@code with...} methods.
 *
 * @param kind only products of this kind, such as {@code cluster}
 * @param tier only products of this tier, such as {@code default}
 * @param name only products of this name, such as {@code cr1}
 * @param plan only products of this plan
 * @param offer only products of this offer
 */
public record ProductQuery(@Nullable String kind, @Nullable String tier, @Nullable String name,
		@Nullable String plan, @Nullable String offer) {

	private static final ProductQuery ALL = new ProductQuery(null, null, null, null, null);

	/**
	 * Every product.
	 * @return the query
	 */
	public static ProductQuery all() {
		return ALL;
	}

	/**
	 * The products of one kind.
	 * @param kind the kind of product, such as {@code cluster}
	 * @return the query
	 */
	public static ProductQuery ofKind(String kind) {
		return new ProductQuery(Arguments.text(kind, "kind"), null, null, null, null);
	}

	/**
	 * This query with another tier.
	 * @param tier the tier, or {@code null} for any tier
	 * @return a new query
	 */
	public ProductQuery withTier(@Nullable String tier) {
		return new ProductQuery(this.kind, tier, this.name, this.plan, this.offer);
	}

	/**
	 * This query with another name.
	 * @param name the product's name, or {@code null} for any name
	 * @return a new query
	 */
	public ProductQuery withName(@Nullable String name) {
		return new ProductQuery(this.kind, this.tier, name, this.plan, this.offer);
	}

	/**
	 * This query with another plan.
	 * @param plan the plan, or {@code null} for any plan
	 * @return a new query
	 */
	public ProductQuery withPlan(@Nullable String plan) {
		return new ProductQuery(this.kind, this.tier, this.name, plan, this.offer);
	}

	/**
	 * This query with another offer.
	 * @param offer the offer, or {@code null} for any offer
	 * @return a new query
	 */
	public ProductQuery withOffer(@Nullable String offer) {
		return new ProductQuery(this.kind, this.tier, this.name, this.plan, offer);
	}

}
