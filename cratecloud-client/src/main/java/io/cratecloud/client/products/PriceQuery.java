package io.cratecloud.client.products;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ProductsClient#getPrice(PriceQuery)} prices: a product, its size and region, and
 * optionally its storage, plan, offer and the organization buying it. Start from
 * {@link #of(String, String, int, String)} and add the optional parts with the
 * {@code with...} methods.
 *
 * @param productName the product's name, such as {@code cr1}
 * @param productTier the product's tier, such as {@code default}
 * @param productUnit the product unit, which sets the number of nodes
 * @param region the region, such as {@code eks1.eu-west-1.aws}
 * @param productPlan the product's plan
 * @param productOffer the product's offer
 * @param storageBytes the storage of each node, in bytes
 * @param organizationId the organization the price is for, which may have its own prices
 */
public record PriceQuery(String productName, String productTier, int productUnit, String region,
		@Nullable String productPlan, @Nullable String productOffer, @Nullable Long storageBytes,
		@Nullable String organizationId) {

	/**
	 * Create a query.
	 * @param productName the product's name
	 * @param productTier the product's tier
	 * @param productUnit the product unit
	 * @param region the region
	 * @param productPlan the product's plan, or {@code null}
	 * @param productOffer the product's offer, or {@code null}
	 * @param storageBytes the storage of each node in bytes, or {@code null}
	 * @param organizationId the organization the price is for, or {@code null}
	 */
	public PriceQuery {
		Arguments.text(productName, "productName");
		Arguments.text(productTier, "productTier");
		Arguments.between(productUnit, "productUnit", 0, Integer.MAX_VALUE);
		Arguments.text(region, "region");
	}

	/**
	 * A query for the parts the API requires.
	 * @param productName the product's name, such as {@code cr1}
	 * @param productTier the product's tier, such as {@code default}
	 * @param productUnit the product unit
	 * @param region the region, such as {@code eks1.eu-west-1.aws}
	 * @return the query
	 */
	public static PriceQuery of(String productName, String productTier, int productUnit, String region) {
		return new PriceQuery(productName, productTier, productUnit, region, null, null, null, null);
	}

	/**
	 * This query with another plan.
	 * @param productPlan the product's plan, or {@code null}
	 * @return a new query
	 */
	public PriceQuery withProductPlan(@Nullable String productPlan) {
		return new PriceQuery(this.productName, this.productTier, this.productUnit, this.region, productPlan,
				this.productOffer, this.storageBytes, this.organizationId);
	}

	/**
	 * This query with another offer.
	 * @param productOffer the product's offer, or {@code null}
	 * @return a new query
	 */
	public PriceQuery withProductOffer(@Nullable String productOffer) {
		return new PriceQuery(this.productName, this.productTier, this.productUnit, this.region, this.productPlan,
				productOffer, this.storageBytes, this.organizationId);
	}

	/**
	 * This query with another storage size.
	 * @param storageBytes the storage of each node in bytes, or {@code null}
	 * @return a new query
	 */
	public PriceQuery withStorageBytes(@Nullable Long storageBytes) {
		return new PriceQuery(this.productName, this.productTier, this.productUnit, this.region, this.productPlan,
				this.productOffer, storageBytes, this.organizationId);
	}

	/**
	 * This query for another organization.
	 * @param organizationId the organization's id, or {@code null}
	 * @return a new query
	 */
	public PriceQuery withOrganizationId(@Nullable String organizationId) {
		return new PriceQuery(this.productName, this.productTier, this.productUnit, this.region, this.productPlan,
				this.productOffer, this.storageBytes, organizationId);
	}

}
