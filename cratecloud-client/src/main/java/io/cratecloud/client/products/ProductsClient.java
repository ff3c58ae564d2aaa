package io.cratecloud.client.products;

import java.util.List;

import io.cratecloud.client.http.ApiRequest;
import io.cratecloud.client.http.CrateCloudTransport;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.util.Assert;

/**
 * Products of CrateDB Cloud: what clusters can run on, and what it costs.
 */
public final class ProductsClient {

	private static final ParameterizedTypeReference<List<Product>> PRODUCT_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public ProductsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every available product: {@code GET /api/v2/products/}.
	 * @return the products
	 */
	public List<Product> list() {
		return list(ProductFilter.all());
	}

	/**
	 * The available products that match a filter:
	 * {@code GET /api/v2/products/?tier=&name=&plan=&offer=}.
	 * @param filter which products to return
	 * @return the products
	 */
	public List<Product> list(ProductFilter filter) {
		return filtered(this.transport.get("/api/v2/products/"), filter).retrieve(PRODUCT_LIST);
	}

	/**
	 * The available products of one kind: {@code GET /api/v2/products/{kind}/}.
	 * @param kind the kind of product, such as {@code cluster}
	 * @return the products
	 */
	public List<Product> listByKind(String kind) {
		return listByKind(kind, ProductFilter.all());
	}

	/**
	 * The available products of one kind that match a filter:
	 * {@code GET /api/v2/products/{kind}/?tier=&name=&plan=&offer=}.
	 * @param kind the kind of product, such as {@code cluster}
	 * @param filter which products to return
	 * @return the products
	 */
	public List<Product> listByKind(String kind, ProductFilter filter) {
		return filtered(this.transport.get("/api/v2/products/{kind}/").pathVariable("kind", kind), filter)
			.retrieve(PRODUCT_LIST);
	}

	/**
	 * The price of a cluster of a product, size and storage:
	 * {@code GET /api/v2/products/clusters/price}.
	 * @param query what to price
	 * @return the price
	 */
	public ProductPricing price(PriceQuery query) {
		Assert.notNull(query, "query must not be null");
		return this.transport.get("/api/v2/products/clusters/price")
			.query("product_name", query.productName())
			.query("product_tier", query.productTier())
			.query("product_unit", query.productUnit())
			.query("region", query.region())
			.query("product_plan", query.productPlan())
			.query("product_offer", query.productOffer())
			.query("storage_bytes", query.storageBytes())
			.query("organization_id", query.organizationId())
			.retrieve(ProductPricing.class);
	}

	private static ApiRequest filtered(ApiRequest request, ProductFilter filter) {
		Assert.notNull(filter, "filter must not be null");
		return request.query("tier", filter.tier())
			.query("name", filter.name())
			.query("plan", filter.plan())
			.query("offer", filter.offer());
	}

}
