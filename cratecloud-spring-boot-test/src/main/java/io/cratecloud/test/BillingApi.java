package io.cratecloud.test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An organization's billing and usage: billing details (the Stripe customer), this month's
 * consumption, quotas, the remaining budget, payment methods, and its clusters' metrics in
 * the Prometheus text format.
 * <p>
 * Usage is worked out from the clusters as they are now (read defensively: they are another
 * group's JSON): a cluster uses compute from its creation, or the month's start, until now
 * unless it is suspended, and storage all that time, priced as {@link ProductCatalog} prices.
 */
final class BillingApi implements FakeApi {

	/** What an organization may spend per month on clusters, in dollars. */
	static final BigDecimal MONTHLY_BUDGET = BigDecimal.valueOf(10_000);

	/** How many clusters an organization may have. */
	static final int CLUSTER_QUOTA = 10;

	/** How much storage an organization's clusters may have, in GiB. */
	static final int STORAGE_QUOTA_GIB = 16_384;

	/** The exposition format's media type; the document's {@code plain/text} is none. */
	static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

	private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

	private static final Pattern UUID = Pattern
		.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	private final FakeState state;

	/**
	 * Billing details by organization id ({@code Customer} as served). Only this group reads
	 * them, so they live here rather than in {@link FakeState}, in one of its tables, which a
	 * reset empties; handlers hold the state's lock.
	 */
	private final Map<String, ObjectNode> customers;

	BillingApi(FakeState state) {
		this.state = state;
		this.customers = state.table();
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/organizations/{organization_id}/customer/", this::customer)
			.put("/api/v2/organizations/{organization_id}/customer/", this::updateCustomer)
			.get("/api/v2/organizations/{organization_id}/consumption/current-month/", this::currentMonthConsumption)
			.get("/api/v2/organizations/{organization_id}/quotas/", this::quotas)
			.get("/api/v2/organizations/{organization_id}/remaining-budget/", this::remainingBudget)
			.get("/api/v2/organizations/{organization_id}/payment-methods/", this::paymentMethods)
			.get("/api/v2/organizations/{organization_id}/metrics/prometheus/", this::prometheusMetrics);
	}

	private FakeResponse customer(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		ObjectNode customer = this.customers.get(organizationId);
		if (customer == null) {
			throw FakeApiException.notFound("The organization has no billing details yet.");
		}
		return FakeResponse.ok(customer.deepCopy());
	}

	private FakeResponse updateCustomer(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String name = checks.requiredString(body, "name", 1, 512);
		String email = checks.requiredString(body, "email", 3, 512);
		if (email != null && (!email.contains("@") || email.startsWith("@") || email.endsWith("@"))) {
			checks.error("email", "Not a valid email address.");
		}
		String phone = checks.requiredString(body, "phone", 1, 64);
		String line1 = checks.requiredString(body, "line1", 1, 512);
		String line2 = checks.optionalString(body, "line2", 0, 512);
		String postalCode = checks.requiredString(body, "postal_code", 1, 64);
		String city = checks.requiredString(body, "city", 1, 512);
		String country = checks.requiredString(body, "country", 2, 2);
		if (country != null && !COUNTRY.matcher(country).matches()) {
			checks.error("country", "Must be a two-letter country code (ISO 3166-1 alpha-2), such as AT.");
		}
		String taxId = checks.optionalString(body, "tax_id", 1, 64);
		String taxIdType = checks.optionalString(body, "tax_id_type", 1, 64);
		if (taxId != null && taxIdType == null) {
			checks.error("tax_id_type", "Required with tax_id.");
		}
		checks.throwIfInvalid();
		ObjectNode customer = this.state.object()
			.put("organization_id", organizationId)
			.put("name", name)
			.put("email", email)
			.put("phone", phone);
		ObjectNode address = customer.putObject("address").put("line1", line1);
		if (line2 != null) {
			address.put("line2", line2);
		}
		address.put("postal_code", postalCode).put("city", city).put("country", country);
		if (taxId != null) {
			customer.putObject("tax").put("tax_id", taxId).put("tax_id_type", taxIdType);
		}
		this.customers.put(organizationId, customer);
		this.state.audit(organizationId, "organization.customer.update",
				this.state.object().put("organization_id", organizationId));
		return FakeResponse.ok(customer.deepCopy());
	}

	private FakeResponse currentMonthConsumption(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		Instant now = this.state.now();
		Instant monthStart = now.atOffset(ZoneOffset.UTC)
			.withDayOfMonth(1)
			.toLocalDate()
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		Map<String, Usage> compute = new LinkedHashMap<>();
		Usage storage = new Usage();
		BigDecimal computePerHour = BigDecimal.ZERO;
		BigDecimal storagePerHour = BigDecimal.ZERO;
		for (ClusterUsage cluster : clustersOf(organizationId)) {
			Instant from = (cluster.created != null && cluster.created.isAfter(monthStart)) ? cluster.created
					: monthStart;
			long minutes = Math.max(0, Duration.between(from, now).toMinutes());
			BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
			if (!cluster.suspended) {
				Usage usage = compute.computeIfAbsent(cluster.productName, (name) -> new Usage());
				usage.minutes += minutes;
				usage.dtuHours = usage.dtuHours.add(hours.multiply(BigDecimal.valueOf(cluster.nodes)));
				usage.cost = usage.cost.add(cluster.computePerHour.multiply(hours));
				computePerHour = computePerHour.add(cluster.computePerHour);
			}
			BigDecimal clusterStoragePerHour = ProductCatalog.storagePricePerHour(cluster.storageBytes);
			storage.minutes += minutes;
			storage.gibHours += (cluster.storageBytes / ProductCatalog.GIB) * minutes / 60;
			storage.cost = storage.cost.add(clusterStoragePerHour.multiply(hours));
			storagePerHour = storagePerHour.add(clusterStoragePerHour);
		}
		ObjectNode consumption = this.state.object();
		ArrayNode perProduct = consumption.putArray("compute_consumption_this_month");
		compute.forEach((productName, usage) -> {
			ObjectNode entry = perProduct.addObject().put("product_name", productName);
			entry.set("consumption", usage.toJson(this.state).put("dtuhours", money(usage.dtuHours)));
		});
		consumption.set("storage_consumption_this_month",
				storage.toJson(this.state).put("gibhours", storage.gibHours).put("dtuhours", 0));
		ObjectNode currentCost = consumption.putObject("current_cost");
		currentCost.putObject("hourly").put("compute", rate(computePerHour)).put("storage", rate(storagePerHour));
		currentCost.putObject("monthly")
			.put("compute", money(computePerHour.multiply(ProductCatalog.HOURS_PER_MONTH)))
			.put("storage", money(storagePerHour.multiply(ProductCatalog.HOURS_PER_MONTH)));
		return FakeResponse.ok(consumption);
	}

	private FakeResponse quotas(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		List<ClusterUsage> clusters = clustersOf(organizationId);
		long storageGib = clusters.stream().mapToLong((cluster) -> cluster.storageBytes / ProductCatalog.GIB).sum();
		ArrayNode quotas = this.state.json.createArrayNode();
		quotas.addObject().put("code", "clusters").put("quota", CLUSTER_QUOTA).put("current_value", clusters.size());
		quotas.addObject()
			.put("code", "cluster_storage_gib")
			.put("quota", STORAGE_QUOTA_GIB)
			.put("current_value", storageGib);
		return FakeResponse.ok(quotas);
	}

	private FakeResponse remainingBudget(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		String excluded = request.query("exclude_cluster_id");
		List<ClusterUsage> clusters = clustersOf(organizationId);
		if (excluded != null) {
			if (!UUID.matcher(excluded).matches()) {
				throw FakeApiException.badRequest("exclude_cluster_id", "Not a valid UUID.");
			}
			if (clusters.stream().noneMatch((cluster) -> cluster.id.equals(excluded))) {
				throw FakeApiException.notFound();
			}
		}
		BigDecimal monthly = clusters.stream()
			.filter((cluster) -> !cluster.id.equals(excluded) && !cluster.suspended)
			.map((cluster) -> cluster.computePerHour.add(ProductCatalog.storagePricePerHour(cluster.storageBytes)))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.multiply(ProductCatalog.HOURS_PER_MONTH);
		BigDecimal remaining = MONTHLY_BUDGET.subtract(monthly).max(BigDecimal.ZERO);
		return FakeResponse.ok(this.state.object().put("remaining_budget_per_month", money(remaining)));
	}

	private FakeResponse paymentMethods(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		ArrayNode methods = this.state.json.createArrayNode();
		this.state.subscriptions.values()
			.stream()
			.filter((subscription) -> organizationId.equals(subscription.path("organization_id").asString(""))
					&& !"cancelled".equals(subscription.path("state").asString("")))
			.forEach((subscription) -> {
				ObjectNode method = methods.addObject()
					.put("type", subscription.path("provider").asString(""))
					.put("is_available", true)
					.put("is_setup", subscription.path("active").asBoolean(false))
					.put("subscription_id", subscription.path("id").asString(""));
				method.set("subscription", subscription.deepCopy());
			});
		if (methods.isEmpty()) {
			// Paying by card is always on offer, before any subscription exists.
			methods.addObject().put("type", "stripe").put("is_available", true).put("is_setup", false);
		}
		return FakeResponse.ok(methods);
	}

	private FakeResponse prometheusMetrics(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		List<ClusterUsage> clusters = clustersOf(organizationId);
		if (clusters.isEmpty()) {
			return FakeResponse.empty(204);
		}
		StringBuilder metrics = new StringBuilder();
		metrics.append("# HELP cratedb_cloud_cluster_nodes Nodes the cluster runs on.\n")
			.append("# TYPE cratedb_cloud_cluster_nodes gauge\n");
		clusters.forEach((cluster) -> metrics.append("cratedb_cloud_cluster_nodes")
			.append(labels(cluster))
			.append(' ')
			.append(cluster.suspended ? 0 : cluster.nodes)
			.append('\n'));
		metrics.append("# HELP cratedb_cloud_cluster_up Whether the cluster answers (health GREEN or YELLOW).\n")
			.append("# TYPE cratedb_cloud_cluster_up gauge\n");
		clusters.forEach((cluster) -> metrics.append("cratedb_cloud_cluster_up")
			.append(labels(cluster))
			.append(' ')
			.append(("GREEN".equals(cluster.health) || "YELLOW".equals(cluster.health)) ? 1 : 0)
			.append('\n'));
		return FakeResponse.text(200, PROMETHEUS_CONTENT_TYPE, metrics.toString());
	}

	private static String labels(ClusterUsage cluster) {
		return "{cluster_id=\"" + escape(cluster.id) + "\",cluster_name=\"" + escape(cluster.name) + "\",project_id=\""
				+ escape(cluster.projectId) + "\"}";
	}

	/**
	 * A label value as the exposition format writes it.
	 */
	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
	}

	/**
	 * The clusters of an organization's projects, oldest first.
	 */
	private List<ClusterUsage> clustersOf(String organizationId) {
		List<ClusterUsage> clusters = new ArrayList<>();
		for (ObjectNode cluster : this.state.clusters.values()) {
			ObjectNode project = this.state.projects.get(cluster.path("project_id").asString(""));
			if (project != null && organizationId.equals(project.path("organization_id").asString(""))) {
				clusters.add(new ClusterUsage(cluster, this.state.products));
			}
		}
		return clusters;
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal rate(BigDecimal amount) {
		return amount.setScale(4, RoundingMode.HALF_UP);
	}

	/**
	 * A timestamp as the service writes them: with an offset, with {@code Z}, or without
	 * one (meaning UTC); {@code null} for anything else, such as {@code ""}.
	 */
	static @Nullable Instant parseTimestamp(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return FakeState.instant(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Minutes, cost and amount used of one product (or storage) this month.
	 */
	private static final class Usage {

		long minutes;

		long gibHours;

		BigDecimal dtuHours = BigDecimal.ZERO;

		BigDecimal cost = BigDecimal.ZERO;

		ObjectNode toJson(FakeState state) {
			// The fake grants no credits: what is used is paid.
			return state.object()
				.put("minutes", this.minutes)
				.put("cost", money(this.cost))
				.put("credits", 0)
				.put("total", money(this.cost));
		}

	}

	/**
	 * What billing needs of a cluster, read from its JSON with a default for anything absent.
	 */
	private static final class ClusterUsage {

		final String id;

		final String name;

		final String projectId;

		final String productName;

		final int nodes;

		final boolean suspended;

		final String health;

		final @Nullable Instant created;

		final long storageBytes;

		final BigDecimal computePerHour;

		ClusterUsage(ObjectNode cluster, List<ObjectNode> products) {
			this.id = cluster.path("id").asString("");
			this.name = cluster.path("name").asString("");
			this.projectId = cluster.path("project_id").asString("");
			this.productName = cluster.path("product_name").asString("");
			int unit = cluster.path("product_unit").asInt(0);
			this.nodes = cluster.path("num_nodes").isIntegralNumber() ? cluster.get("num_nodes").asInt() : unit + 1;
			this.suspended = cluster.path("suspended").asBoolean(false);
			this.health = cluster.path("health").path("status").asString("");
			this.created = parseTimestamp(cluster.path("dc").path("created").asString(""));
			Optional<ObjectNode> product = ProductCatalog.find(products, this.productName,
					cluster.path("product_tier").asString(""));
			JsonNode diskPerNode = cluster.path("hardware_specs").path("disk_size_per_node_bytes");
			long perNode = diskPerNode.isNumber() ? diskPerNode.asLong()
					: product.map((found) -> found.get("specs").get("storage_bytes").asLong()).orElse(0L);
			this.storageBytes = perNode * this.nodes;
			this.computePerHour = product.filter((found) -> ProductCatalog.hasUnit(found, this.nodes - 1))
				.map((found) -> ProductCatalog.computePricePerHour(found, this.nodes - 1))
				.orElse(BigDecimal.ZERO);
		}

	}

}
