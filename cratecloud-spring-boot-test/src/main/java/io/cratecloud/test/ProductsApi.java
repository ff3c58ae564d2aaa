package io.cratecloud.test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Products: the catalogue of {@link ProductCatalog}, filtered by {@code tier}, {@code name},
 * {@code plan} and {@code offer}, and by kind; and the price of a cluster of a product, size
 * and storage.
 */
final class ProductsApi implements FakeApi {

	private final FakeState state;

	ProductsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/products/", this::list)
			.get("/api/v2/products/{kind}/", this::listByKind)
			.get("/api/v2/products/clusters/price", this::price);
	}

	private FakeResponse list(FakeRequest request) {
		return FakeResponse.ok(matching(request, this.state.products));
	}

	private FakeResponse listByKind(FakeRequest request) {
		String kind = request.pathVariable("kind");
		List<ObjectNode> ofKind = this.state.products.stream()
			.filter((product) -> product.get("kind").asString().equals(kind))
			.toList();
		if (ofKind.isEmpty()) {
			throw FakeApiException.notFound("There are no products of kind '" + kind + "'.");
		}
		return FakeResponse.ok(matching(request, ofKind));
	}

	private ArrayNode matching(FakeRequest request, List<ObjectNode> products) {
		Map<String, String> criteria = new LinkedHashMap<>();
		for (String field : List.of("tier", "name", "plan", "offer")) {
			String value = request.query(field);
			if (value != null && !value.isEmpty()) {
				criteria.put(field, value);
			}
		}
		ArrayNode matching = this.state.json.createArrayNode();
		products.stream()
			.filter((product) -> criteria.entrySet()
				.stream()
				.allMatch((criterion) -> product.path(criterion.getKey()).asString("").equals(criterion.getValue())))
			.forEach((product) -> matching.add(product.deepCopy()));
		return matching;
	}

	private FakeResponse price(FakeRequest request) {
		// Query parameters are checked as bodies are: every problem in one 400.
		BodyChecks checks = new BodyChecks();
		String name = requiredQuery(request, "product_name", checks);
		String tier = requiredQuery(request, "product_tier", checks);
		Long unit = integerQuery(request, "product_unit", true, checks);
		String region = requiredQuery(request, "region", checks);
		Long storageBytes = integerQuery(request, "storage_bytes", false, checks);
		checks.throwIfInvalid();
		String organizationId = request.query("organization_id");
		if (organizationId != null) {
			this.state.organization(organizationId);
		}
		if (!this.state.regions.containsKey(region)) {
			throw FakeApiException.notFound("Region '" + region + "' not found.");
		}
		ObjectNode product = ProductCatalog.find(this.state.products, name, tier)
			.filter((candidate) -> matchesIfGiven(candidate, "plan", request.query("product_plan")))
			.filter((candidate) -> matchesIfGiven(candidate, "offer", request.query("product_offer")))
			.orElseThrow(() -> FakeApiException.notFound("Product '" + name + "' of tier '" + tier + "' not found."));
		if (!ProductCatalog.hasUnit(product, unit)) {
			throw FakeApiException.badRequest("product_unit", "Must be between 0 and "
					+ (ProductCatalog.maxNodes(product) - 1) + " for product " + name + ".");
		}
		int nodes = unit.intValue() + 1;
		long storagePerNode = (storageBytes != null) ? storageBytes
				: product.get("specs").get("storage_bytes").asLong();
		long minimum = product.get("specs").get("storage_minimum_bytes").asLong();
		long maximum = product.get("specs").get("storage_maximum_bytes").asLong();
		if (storagePerNode < minimum || storagePerNode > maximum) {
			throw FakeApiException.badRequest("storage_bytes",
					"Must be between " + minimum + " and " + maximum + " bytes.");
		}
		BigDecimal compute = ProductCatalog.computePricePerHour(product, unit.intValue());
		BigDecimal storage = ProductCatalog.storagePricePerHour(storagePerNode * nodes);
		ObjectNode pricing = this.state.object();
		pricing.set("cluster_price", pricing(compute));
		pricing.set("storage_price", pricing(storage));
		pricing.set("total_price", pricing(compute.add(storage)));
		return FakeResponse.ok(pricing);
	}

	private ObjectNode pricing(BigDecimal perHour) {
		return this.state.object()
			.put("price_per_hour", perHour.setScale(4, RoundingMode.HALF_UP))
			.put("price_per_month", perHour.multiply(ProductCatalog.HOURS_PER_MONTH).setScale(2, RoundingMode.HALF_UP));
	}

	private static boolean matchesIfGiven(ObjectNode product, String field, @Nullable String value) {
		return value == null || value.isEmpty() || product.path(field).asString("").equals(value);
	}

	private static @Nullable String requiredQuery(FakeRequest request, String name, BodyChecks checks) {
		String value = request.query(name);
		if (value == null || value.isEmpty()) {
			checks.error(name, BodyChecks.MISSING);
			return null;
		}
		return value;
	}

	private static @Nullable Long integerQuery(FakeRequest request, String name, boolean required,
			BodyChecks checks) {
		String value = request.query(name);
		if (value == null || value.isEmpty()) {
			if (required) {
				checks.error(name, BodyChecks.MISSING);
			}
			return null;
		}
		try {
			long parsed = Long.parseLong(value);
			if (parsed < 0) {
				checks.error(name, "Must be greater than or equal to 0.");
				return null;
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			checks.error(name, "Not a valid integer.");
			return null;
		}
	}

}
