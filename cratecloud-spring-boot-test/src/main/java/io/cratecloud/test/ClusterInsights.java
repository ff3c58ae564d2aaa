package io.cratecloud.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What can be read about a cluster beside the cluster itself: the products and versions it
 * can change to, a token for its Grand Central services, and its metrics.
 */
final class ClusterInsights {

	/** The metrics the document lists. */
	static final Set<String> METRICS = Set.of("crate_query_count", "crate_query_duration", "crate_availability",
			"crate_cpu_seconds", "crate_memory_usage", "crate_disk_usage2", "crate_cluster_last_user_activity",
			"crate_unreplicated_tables");

	/** Metrics answered with one value per node rather than a series. */
	private static final Set<String> INSTANT_METRICS = Set.of("crate_disk_usage2", "crate_cluster_last_user_activity",
			"crate_unreplicated_tables");

	/** The window of a metric when the request names none. */
	private static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

	/** A series has at most this many points; longer windows get a longer step. */
	private static final int MAX_POINTS = 120;

	private final FakeState state;

	ClusterInsights(FakeState state) {
		this.state = state;
	}

	void register(Routes routes) {
		routes.get("/api/v2/clusters/{cluster_id}/available-products/", this::availableProducts)
			.get("/api/v2/clusters/{cluster_id}/available-upgrades/", this::availableUpgrades)
			.get("/api/v2/clusters/{cluster_id}/jwt/", this::jwt)
			.get("/api/v2/clusters/{cluster_id}/metrics/{metric_id}/", this::metrics);
	}

	/**
	 * The products of the cluster's tier it could move to: others than its own, not
	 * deprecated, with room for its nodes. The document declares a single {@code Product};
	 * the operation lists them, as its summary says.
	 */
	private FakeResponse availableProducts(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		String tier = cluster.get("product_tier").asString();
		String current = cluster.get("product_name").asString();
		int nodes = cluster.get("num_nodes").asInt();
		ArrayNode products = this.state.json.createArrayNode();
		for (ObjectNode product : this.state.products) {
			if (product.get("tier").asString().equals(tier) && !product.get("name").asString().equals(current)
					&& !product.path("deprecated").asBoolean(false) && ProductCatalog.maxNodes(product) >= nodes) {
				products.add(product.deepCopy());
			}
		}
		return FakeResponse.ok(products);
	}

	private FakeResponse availableUpgrades(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		return FakeResponse
			.ok(ClusterVersions.availableUpgrades(this.state, cluster.get("crate_version").asString()));
	}

	/**
	 * A token for the cluster's Grand Central services, signed as {@link MetadataApi} signs
	 * them, so that it verifies against the fake's keys and renews through it.
	 */
	private FakeResponse jwt(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		return FakeResponse.ok(MetadataApi.clusterJwt(this.state, cluster.get("id").asString()));
	}

	/**
	 * A metric as the service passes Prometheus' answer on: a series a node over the window
	 * ({@code start}/{@code end} or {@code minutes_ago}), or one value a node. A cluster
	 * whose nodes are not up (still being created, or suspended) has no data: 204.
	 */
	private FakeResponse metrics(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		String metric = request.pathVariable("metric_id");
		if (!METRICS.contains(metric)) {
			throw FakeApiException.notFound("No metric '" + metric + "'.");
		}
		Instant now = this.state.now();
		Instant end = ClustersApi.instantParameter(request, "end");
		Instant start = ClustersApi.instantParameter(request, "start");
		String minutesAgo = request.query("minutes_ago");
		if (end == null) {
			end = now;
		}
		if (minutesAgo != null && !minutesAgo.isEmpty()) {
			long minutes;
			try {
				minutes = Long.parseLong(minutesAgo);
			}
			catch (NumberFormatException ex) {
				throw FakeApiException.badRequest("minutes_ago", "Not a valid integer.");
			}
			if (minutes < 1) {
				throw FakeApiException.badRequest("minutes_ago", "Must be greater than or equal to 1.");
			}
			start = now.minus(Duration.ofMinutes(minutes));
			end = now;
		}
		if (start == null) {
			start = end.minus(DEFAULT_WINDOW);
		}
		if (!start.isBefore(end)) {
			throw FakeApiException.badRequest("start", "Must be before end.");
		}
		String health = ClusterOperations.health(cluster).path("status").asString("");
		if (health.equals("UNREACHABLE") || health.equals("SUSPENDED")) {
			return FakeResponse.empty(204);
		}
		String id = cluster.get("id").asString();
		int nodes = cluster.get("num_nodes").asInt();
		boolean instant = INSTANT_METRICS.contains(metric);
		ArrayNode result = this.state.json.createArrayNode();
		// Every table is replicated, so that metric has nothing to report.
		if (!metric.equals("crate_unreplicated_tables")) {
			for (int node = 0; node < nodes; node++) {
				ObjectNode series = result.addObject();
				series.putObject("metric")
					.put("pod", "crate-data-hot-" + id.substring(0, 8) + "-" + node)
					.put("__name__", metric);
				if (instant) {
					series.set("value", point(metric, node, end));
				}
				else {
					ArrayNode values = series.putArray("values");
					long span = Duration.between(start, end).toSeconds();
					long step = Math.max(60, (span + MAX_POINTS - 2) / (MAX_POINTS - 1));
					for (long at = start.getEpochSecond(); at <= end.getEpochSecond(); at += step) {
						values.add(point(metric, node, Instant.ofEpochSecond(at)));
					}
				}
			}
		}
		ObjectNode data = this.state.object().put("resultType", instant ? "vector" : "matrix");
		data.set("result", result);
		ObjectNode answer = this.state.object().put("status", "success");
		answer.set("data", data);
		return FakeResponse.ok(answer);
	}

	/**
	 * A Prometheus point, {@code [epoch seconds, "value"]}, made up but the same for the same
	 * node and instant.
	 */
	private ArrayNode point(String metric, int node, Instant at) {
		long seconds = at.getEpochSecond();
		double wave = (Math.sin((seconds / 60.0 + node * 7) / 9.0) + 1) / 2;
		String value = switch (metric) {
			case "crate_availability" -> "1";
			case "crate_query_count" -> String.format(Locale.ROOT, "%.1f", 20 + 80 * wave);
			case "crate_query_duration" -> String.format(Locale.ROOT, "%.4f", 0.002 + 0.02 * wave);
			case "crate_cpu_seconds" -> String.format(Locale.ROOT, "%.3f", 0.1 + 0.8 * wave);
			case "crate_memory_usage" -> Long.toString((long) (2_000_000_000L + 1_500_000_000L * wave));
			case "crate_disk_usage2" -> Long.toString(40_000_000_000L + node * 1_000_000_000L);
			default -> Long.toString(seconds - 300);
		};
		ArrayNode point = this.state.json.createArrayNode();
		point.add(seconds);
		point.add(value);
		return point;
	}

}
