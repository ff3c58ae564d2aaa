package io.cratecloud.test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's product catalogue: the cluster products of CrateDB Cloud's shared regions, in the
 * document's {@code Product} shape. A cluster's {@code product_unit} is its node count minus one.
 */
final class ProductCatalog {

	/** The region the fake's products and clusters live in. */
	static final String REGION = "aks1.westeurope.azure";

	/** The display name of {@link #REGION}. */
	static final String REGION_DESCRIPTION = "Azure West Europe";

	static final long GIB = 1024L * 1024 * 1024;

	/** Hours in a month, as monthly prices count them (365 days / 12). */
	static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

	/** What a GiB of storage costs per hour, in dollars. */
	static final BigDecimal STORAGE_PRICE_PER_GIB_HOUR = new BigDecimal("0.00015");

	/**
	 * A price per minute of the catalogue ({@code price_per_dtu_minute},
	 * {@code price_per_minute}) is in thousandths of a dollar.
	 */
	private static final BigDecimal MINUTE_PRICE_UNIT = BigDecimal.valueOf(1000);

	private ProductCatalog() {
	}

	static List<ObjectNode> products(JsonMapper json) {
		List<ObjectNode> products = new ArrayList<>();
		products.add(cluster(json, "crfree", "free", "CRFREE", 0.5, 2, 8, 1, 0));
		products.add(cluster(json, "cr1", "default", "CR1", 2, 8, 256, 5, 5));
		products.add(cluster(json, "cr2", "default", "CR2", 4, 16, 512, 5, 10));
		products.add(cluster(json, "cr3", "default", "CR3", 8, 32, 1024, 5, 20));
		products.add(cluster(json, "cr4", "default", "CR4", 16, 64, 2048, 5, 40));
		return products;
	}

	/**
	 * The shared region of {@link #REGION}, in the document's {@code Region} shape; its
	 * {@code last_seen} is set when it is served, as the region reports in all the time.
	 */
	static ObjectNode region(FakeState state) {
		ObjectNode region = state.object()
			.put("name", REGION)
			.put("description", REGION_DESCRIPTION)
			.put("is_edge_region", false)
			.put("status", "UP")
			.put("deprecated", false)
			.put("upgrade_available", false);
		region.set("dc", state.dc());
		return region;
	}

	/**
	 * The cluster product with the name and tier, if the catalogue has it.
	 */
	static Optional<ObjectNode> find(List<ObjectNode> products, String name, String tier) {
		return products.stream()
			.filter((product) -> product.get("name").asString().equals(name)
					&& product.get("tier").asString().equals(tier))
			.findFirst();
	}

	/**
	 * The most nodes a cluster of the product may have.
	 */
	static int maxNodes(ObjectNode product) {
		return product.get("scaling").size();
	}

	/**
	 * The dollars per hour a cluster of the product costs for its compute.
	 * @param productUnit the product unit (the node count minus one)
	 * @throws IllegalArgumentException if the product does not scale to the unit
	 */
	static BigDecimal computePricePerHour(ObjectNode product, int productUnit) {
		for (JsonNode option : product.get("scaling")) {
			if (option.get("value").asInt() == productUnit) {
				return BigDecimal.valueOf(option.get("price_per_minute").asLong())
					.multiply(BigDecimal.valueOf(60))
					.divide(MINUTE_PRICE_UNIT, 6, RoundingMode.HALF_UP);
			}
		}
		throw new IllegalArgumentException(
				"Product " + product.get("name").asString() + " has no product unit " + productUnit);
	}

	/**
	 * The dollars per hour storage costs.
	 */
	static BigDecimal storagePricePerHour(long storageBytes) {
		return BigDecimal.valueOf(storageBytes)
			.divide(BigDecimal.valueOf(GIB), 6, RoundingMode.HALF_UP)
			.multiply(STORAGE_PRICE_PER_GIB_HOUR);
	}

	/**
	 * Whether the product scales to the unit.
	 */
	static boolean hasUnit(ObjectNode product, long productUnit) {
		for (JsonNode option : product.get("scaling")) {
			if (option.get("value").asLong() == productUnit) {
				return true;
			}
		}
		return false;
	}

	private static ObjectNode cluster(JsonMapper json, String name, String tier, String label, double cpus,
			int ramGib, int storageGib, int maxNodes, int pricePerDtuMinute) {
		ObjectNode product = json.createObjectNode()
			.put("kind", "cluster")
			.put("name", name)
			.put("tier", tier)
			.put("label", label)
			.put("description", label + ": " + cpus + " vCPUs, " + ramGib + " GiB RAM per node")
			.put("deprecated", false)
			.put("offer", "cratedb-cloud")
			.put("plan", "payg")
			.put("region", REGION)
			.put("price_per_dtu_minute", pricePerDtuMinute)
			.put("scale_summary", "1 to " + maxNodes + " nodes");
		product.set("specs", json.createObjectNode()
			.put("cpu_cores", cpus)
			.put("ram_bytes", ramGib * GIB)
			.put("storage_bytes", storageGib * GIB)
			.put("storage_minimum_bytes", 32 * GIB)
			.put("storage_maximum_bytes", 8192 * GIB));
		product.set("guarantees_per_dtu", json.createObjectNode()
			.put("inserts_second", 1000)
			.put("queries_second", 100)
			.put("storage_bytes", storageGib * GIB));
		ArrayNode scaling = product.putArray("scaling");
		for (int nodes = 1; nodes <= maxNodes; nodes++) {
			scaling.add(json.createObjectNode()
				.put("value", nodes - 1)
				.put("nodes", nodes)
				.put("dtus", nodes)
				.put("description", nodes + ((nodes == 1) ? " node" : " nodes"))
				.put("price_per_minute", pricePerDtuMinute * nodes)
				.put("storage_bytes", storageGib * GIB * nodes)
				.put("inserts_second", 1000 * nodes)
				.put("queries_second", 100 * nodes));
		}
		product.putArray("tags");
		return product;
	}

}
