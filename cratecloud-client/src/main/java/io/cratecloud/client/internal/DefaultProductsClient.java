package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.products.PriceQuery;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.products.ProductPricing;
import io.cratecloud.client.products.ProductQuery;
import io.cratecloud.client.products.ProductsClient;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link ProductsClient} on the shared transport.
 */
public final class DefaultProductsClient implements ProductsClient {

	private static final ParameterizedTypeReference<List<Product>> PRODUCT_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultProductsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<Product> list() {
		return list(ProductQuery.all());
	}

	@Override
	public List<Product> list(ProductQuery query) {
		Arguments.required(query, "query");
		ApiRequest request = (query.kind() != null)
				? this.transport.get("/api/v2/products/{kind}/").pathVariable("kind", query.kind())
				: this.transport.get("/api/v2/products/");
		return request.query("tier", query.tier())
			.query("name", query.name())
			.query("plan", query.plan())
			.query("offer", query.offer())
			.retrieve(PRODUCT_LIST);
	}

	@Override
	public ProductPricing getPrice(PriceQuery query) {
		Arguments.required(query, "query");
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

}
