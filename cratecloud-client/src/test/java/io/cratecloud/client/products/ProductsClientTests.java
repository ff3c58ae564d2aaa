package io.cratecloud.client.products;

import java.math.BigDecimal;
import java.util.List;

import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductsClientTests {

	private static final String PRODUCT = """
			{
			  "name": "cr1",
			  "kind": "cluster",
			  "tier": "default",
			  "plan": "default",
			  "offer": "default",
			  "label": "CR1",
			  "description": "General purpose, 2 vCPUs and 8 GiB per node",
			  "region": "eks1.eu-west-1.aws",
			  "deprecated": false,
			  "price_per_dtu_minute": 1,
			  "scale_summary": "1 to 9 nodes",
			  "scaling": [
			    {"value": 0, "description": "1 node", "nodes": 1, "dtus": 1, "price_per_minute": 1,
			     "queries_second": 50, "inserts_second": 5000,
			     "storage_bytes": 274877906944, "disk_space_bytes": 274877906944},
			    {"value": 2, "description": "3 nodes", "nodes": 3, "dtus": 3, "price_per_minute": 3,
			     "queries_second": 150, "inserts_second": 15000,
			     "storage_bytes": 824633720832, "disk_space_bytes": 824633720832}
			  ],
			  "specs": {"cpu_cores": 2.0, "ram_bytes": 8589934592, "storage_bytes": 274877906944,
			            "storage_minimum_bytes": 34359738368, "storage_maximum_bytes": 8796093022208},
			  "guarantees_per_dtu": {"queries_second": 50, "inserts_second": 5000,
			                         "storage_bytes": 274877906944, "disk_space_bytes": 274877906944},
			  "tags": ["general-purpose", "latest"]
			}
			""";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ProductsClient products = TestClients.client(api).products();

	@Test
	void listReadsEveryPropertyOfTheProducts() {
		api.server().stubFor(get("/api/v2/products/").willReturn(okJson("[" + PRODUCT + "]")));

		List<Product> products = this.products.list();

		assertThat(products).hasSize(1);
		Product product = products.get(0);
		assertThat(product.name()).isEqualTo("cr1");
		assertThat(product.kind()).isEqualTo("cluster");
		assertThat(product.tier()).isEqualTo("default");
		assertThat(product.plan()).isEqualTo("default");
		assertThat(product.offer()).isEqualTo("default");
		assertThat(product.label()).isEqualTo("CR1");
		assertThat(product.description()).isEqualTo("General purpose, 2 vCPUs and 8 GiB per node");
		assertThat(product.region()).isEqualTo("eks1.eu-west-1.aws");
		assertThat(product.deprecated()).isFalse();
		assertThat(product.pricePerDtuMinute()).isEqualTo(1L);
		assertThat(product.scaleSummary()).isEqualTo("1 to 9 nodes");
		assertThat(product.scaling()).containsExactly(
				new ScaleOption(0, "1 node", 1, 1, 1L, 50L, 5000L, 274877906944L, 274877906944L),
				new ScaleOption(2, "3 nodes", 3, 3, 3L, 150L, 15000L, 824633720832L, 824633720832L));
		assertThat(product.specs())
			.isEqualTo(new ProductSpecs(2.0, 8589934592L, 274877906944L, 34359738368L, 8796093022208L));
		assertThat(product.guaranteesPerDtu())
			.isEqualTo(new ProductGuarantee(50L, 5000L, 274877906944L, 274877906944L));
		assertThat(product.tags()).containsExactly("general-purpose", "latest");
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/products/")));
	}

	@Test
	void listSendsEveryCriterionOfTheFilter() {
		api.server().stubFor(get(urlPathEqualTo("/api/v2/products/")).willReturn(okJson("[" + PRODUCT + "]")));

		this.products.list(
				ProductQuery.all().withTier("default").withName("cr1").withPlan("default").withOffer("default"));

		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/products/?tier=default&name=cr1&plan=default&offer=default")));
	}

	@Test
	void listByKindPutsTheKindInThePath() {
		api.server().stubFor(get("/api/v2/products/cluster/").willReturn(okJson("[" + PRODUCT + "]")));

		List<Product> products = this.products.list(ProductQuery.ofKind("cluster"));

		assertThat(products).extracting(Product::kind).containsExactly("cluster");
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/products/cluster/")));
	}

	@Test
	void listByKindSendsTheFilter() {
		api.server().stubFor(get(urlPathEqualTo("/api/v2/products/cluster/")).willReturn(okJson("[]")));

		assertThat(this.products.list(ProductQuery.ofKind("cluster").withName("cr2"))).isEmpty();
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/products/cluster/?name=cr2")));
	}

	@Test
	void priceSendsTheRequiredParametersToThePathWithoutTrailingSlash() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/products/clusters/price")).willReturn(okJson("""
					{"cluster_price": {"price_per_hour": 0.74, "price_per_month": 540.2},
					 "storage_price": {"price_per_hour": 0.05, "price_per_month": 36.5},
					 "total_price": {"price_per_hour": 0.79, "price_per_month": 576.7,
					                 "promotion_price": {"price_per_hour": 0.4, "price_per_month": 288.35,
					                                     "promotion_duration": 3}}}
					""")));

		ProductPricing pricing = this.products.getPrice(PriceQuery.of("cr1", "default", 2, "eks1.eu-west-1.aws"));

		assertThat(pricing.clusterPrice())
			.isEqualTo(new ClusterPricing(new BigDecimal("0.74"), new BigDecimal("540.2"), null));
		assertThat(pricing.storagePrice())
			.isEqualTo(new ClusterPricing(new BigDecimal("0.05"), new BigDecimal("36.5"), null));
		assertThat(pricing.totalPrice().pricePerMonth()).isEqualTo(new BigDecimal("576.7"));
		assertThat(pricing.totalPrice().promotionPrice())
			.isEqualTo(new PricingPromotion(new BigDecimal("0.4"), new BigDecimal("288.35"), 3));
		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/products/clusters/price"
					+ "?product_name=cr1&product_tier=default&product_unit=2&region=eks1.eu-west-1.aws")));
	}

	@Test
	void priceSendsTheOptionalParameters() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/products/clusters/price"))
				.willReturn(okJson("{\"total_price\": {\"price_per_hour\": 0.79, \"price_per_month\": 576.7}}")));

		this.products.getPrice(PriceQuery.of("cr1", "default", 2, "eks1.eu-west-1.aws")
			.withProductPlan("default")
			.withProductOffer("default")
			.withStorageBytes(274877906944L)
			.withOrganizationId("0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33"));

		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/products/clusters/price"
					+ "?product_name=cr1&product_tier=default&product_unit=2&region=eks1.eu-west-1.aws"
					+ "&product_plan=default&product_offer=default&storage_bytes=274877906944"
					+ "&organization_id=0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33")));
	}

	@Test
	void priceQueryRequiresTheRequiredParameters() {
		assertThatIllegalArgumentException().isThrownBy(() -> PriceQuery.of("", "default", 2, "eks1.eu-west-1.aws"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PriceQuery.of("cr1", "default", -1, "eks1.eu-west-1.aws"));
		assertThatIllegalArgumentException().isThrownBy(() -> PriceQuery.of("cr1", "default", 2, " "));
	}

}
