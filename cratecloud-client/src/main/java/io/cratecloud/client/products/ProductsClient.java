package io.cratecloud.client.products;

import java.util.List;

/**
 * Products of CrateDB Cloud: what clusters can run on, and what it costs. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#products()}.
 */
public interface ProductsClient {

	/**
	 * Every available product: {@code GET /api/v2/products/}.
	 * @return the products
	 */
	List<Product> list();

	/**
	 * The available products that match a query: with a kind,
	 * {@code GET /api/v2/products/{kind}/}, else {@code GET /api/v2/products/}, each with
	 * the query parameters {@code tier}, {@code name}, {@code plan} and {@code offer} the
	 * query sets.
	 * @param query which products to return
	 * @return the products
	 */
	List<Product> list(ProductQuery query);

	/**
	 * The price of a cluster of a product, size and storage:
	 * {@code GET /api/v2/products/clusters/price}.
	 * @param query what to price
	 * @return the price
	 */
	ProductPricing getPrice(PriceQuery query);

}
