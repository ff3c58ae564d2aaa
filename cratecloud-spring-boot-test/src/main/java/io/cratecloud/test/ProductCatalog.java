package io.cratecloud.test;

import java.util.ArrayList;
import java.util.List;

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

	private static final long GIB = 1024L * 1024 * 1024;

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
	 * The cluster product with the name and tier, if the catalogue has it.
	 */
	static java.util.Optional<ObjectNode> find(List<ObjectNode> products, String name, String tier) {
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
