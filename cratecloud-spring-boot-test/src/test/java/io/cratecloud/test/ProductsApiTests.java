package io.cratecloud.test;

import java.net.http.HttpResponse;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.products.PriceQuery;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.products.ProductPricing;
import io.cratecloud.client.products.ProductQuery;
import io.cratecloud.client.products.ScaleOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductsApiTests extends FakeApiTests {

	private static final long GIB = 1024L * 1024 * 1024;

	ProductsApiTests() {
		// The document lists no 400 for prices; the fake refuses wrong parameters with the
		// API's 400 and field errors, as any other operation (the service's answer is not
		// known). Some of those requests lack required parameters on purpose.
		offDocument((exchange) -> exchange.status() == 400);
	}

	@Test
	void theCatalogueIsListedWithEachProductsScaling() {
		assertThat(this.client.products().list()).extracting(Product::name)
			.containsExactly("crfree", "cr1", "cr2", "cr3", "cr4");
		Product cr2 = this.client.products().list(ProductQuery.all().withName("cr2")).get(0);
		assertThat(cr2.kind()).isEqualTo("cluster");
		assertThat(cr2.tier()).isEqualTo("default");
		assertThat(cr2.region()).isEqualTo(ProductCatalog.REGION);
		assertThat(cr2.specs().ramBytes()).isEqualTo(16 * GIB);
		assertThat(cr2.scaling()).extracting(ScaleOption::value).containsExactly(0, 1, 2, 3, 4);
		assertThat(cr2.scaling()).extracting(ScaleOption::nodes).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void productsAreFilteredByTierNamePlanAndOffer() {
		assertThat(this.client.products().list(ProductQuery.all().withTier("free"))).extracting(Product::name)
			.containsExactly("crfree");
		assertThat(this.client.products().list(ProductQuery.all().withTier("default").withName("cr3")))
			.extracting(Product::name)
			.containsExactly("cr3");
		assertThat(this.client.products().list(ProductQuery.all().withPlan("payg").withOffer("cratedb-cloud")))
			.hasSize(5);
		assertThat(this.client.products().list(ProductQuery.all().withTier("free").withName("cr3"))).isEmpty();
		assertThat(this.client.products().list(ProductQuery.all().withOffer("other"))).isEmpty();
	}

	@Test
	void productsAreListedByKind() {
		assertThat(this.client.products().list(ProductQuery.ofKind("cluster"))).hasSize(5);
		assertThat(this.client.products().list(ProductQuery.ofKind("cluster").withName("cr4")))
			.extracting(Product::name)
			.containsExactly("cr4");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.products().list(ProductQuery.ofKind("warehouse")));
	}

	@Test
	void aClusterIsPricedByNodesAndStorage() {
		ProductPricing pricing = this.client.products()
			.getPrice(PriceQuery.of("cr2", "default", 2, ProductCatalog.REGION));

		// cr2 costs 10 thousandths of a dollar per node and minute; its 512 GiB per node cost
		// 0.00015 dollars per GiB and hour.
		assertThat(pricing.clusterPrice().pricePerHour()).isEqualByComparingTo("1.8");
		assertThat(pricing.clusterPrice().pricePerMonth()).isEqualByComparingTo("1314");
		assertThat(pricing.storagePrice().pricePerHour()).isEqualByComparingTo("0.2304");
		assertThat(pricing.totalPrice().pricePerHour()).isEqualByComparingTo("2.0304");
		assertThat(pricing.totalPrice().pricePerMonth()).isEqualByComparingTo("1482.19");

		ProductPricing moreStorage = this.client.products()
			.getPrice(PriceQuery.of("cr2", "default", 2, ProductCatalog.REGION).withStorageBytes(1024 * GIB));
		assertThat(moreStorage.clusterPrice()).isEqualTo(pricing.clusterPrice());
		assertThat(moreStorage.storagePrice().pricePerHour()).isEqualByComparingTo("0.4608");
	}

	@Test
	void pricesForWhatTheCatalogueLacksAreNotFound() {
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.products().getPrice(PriceQuery.of("cr9", "default", 0, ProductCatalog.REGION)));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.products().getPrice(PriceQuery.of("cr1", "default", 0, "eks1.nowhere.aws")));
		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> this.client.products()
			.getPrice(PriceQuery.of("cr1", "default", 0, ProductCatalog.REGION).withProductPlan("contract")));
		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> this.client.products()
			.getPrice(PriceQuery.of("cr1", "default", 0, ProductCatalog.REGION)
				.withOrganizationId("00000000-0000-4000-8000-000000000000")));
	}

	@Test
	void aPriceOfASizeOrStorageTheProductDoesNotOfferIsABadRequest() {
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.products().getPrice(PriceQuery.of("cr1", "default", 5, ProductCatalog.REGION)))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("product_unit"));
		assertThatExceptionOfType(CrateCloudValidationException.class).isThrownBy(() -> this.client.products()
			.getPrice(PriceQuery.of("cr1", "default", 0, ProductCatalog.REGION).withStorageBytes(GIB)))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("storage_bytes"));
	}

	@Test
	void aPriceWithoutTheRequiredParametersIsABadRequestNamingEachOne() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET",
				"/api/v2/products/clusters/price?product_tier=default&product_unit=two", null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"product_name\":[\"Missing data for required field.\"]")
			.contains("\"product_unit\":[\"Not a valid integer.\"]")
			.contains("\"region\":[\"Missing data for required field.\"]")
			.doesNotContain("product_tier");
	}

}
