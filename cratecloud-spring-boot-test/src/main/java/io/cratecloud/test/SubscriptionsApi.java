package io.cratecloud.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subscriptions: list (all, or of an organization), get (also through each billing
 * provider's own path, which all answer alike), create a pending Stripe subscription, cancel (which deletes the
 * clusters it pays for and answers {@code 200} with the subscription, as api-notes.md says),
 * assign to an organization, and the redirect to the console's deployment wizard.
 */
final class SubscriptionsApi implements FakeApi {

	/** The document's pattern for a subscription's {@code type}. */
	private static final Pattern TYPE = Pattern.compile("^\\w[\\w\\- ]*$");

	/** The billing providers with their own path, {@code /api/v2/<provider>/subscriptions/...}. */
	private static final List<String> PROVIDERS = List.of("aws", "azure", "gcp", "stripe");

	/** What can be cancelled through the API; marketplace subscriptions end on the marketplace. */
	private static final Set<String> CANCELLABLE = Set.of("stripe", "contract");

	private static final String WIZARD_PAGE = """
			<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
			<title>Redirecting...</title>
			<h1>Redirecting...</h1>
			<p>You should be redirected automatically to target URL: <a href="%1$s">%1$s</a>. If not click the link.
			""";

	private final FakeState state;

	SubscriptionsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/subscriptions/", this::list)
			.post("/api/v2/subscriptions/", this::create)
			.get("/api/v2/subscriptions/{subscription_id}/", this::get)
			.delete("/api/v2/subscriptions/{subscription_id}/", this::cancel)
			.patch("/api/v2/subscriptions/{subscription_id}/assign-org/", this::assignOrganization)
			.get("/api/v2/subscriptions/{subscription_id}/wizard-redirect/", this::wizardRedirect)
			.get("/api/v2/organizations/{organization_id}/subscriptions/", this::listForOrganization);
		// The document: "This API has overrides for each of the billing providers. They are
		// all the same." Each answers any subscription, as the generic path does.
		for (String provider : PROVIDERS) {
			routes.get("/api/v2/" + provider + "/subscriptions/{subscription_id}/", this::get);
		}
	}

	/**
	 * Creates an active pay-as-you-go subscription for an organization.
	 */
	static ObjectNode create(FakeState state, String organizationId) {
		String id = state.newId();
		ObjectNode subscription = state.object()
			.put("id", id)
			.put("name", "Pay as you go")
			.put("organization_id", organizationId)
			.put("provider", "stripe")
			.put("subscription_provider", "stripe")
			.put("subscription_id", "sub_" + id.replace("-", "").substring(0, 14))
			.put("billing_model", "payg")
			.put("offer", "cratedb-cloud")
			.put("offer_id", "")
			.put("plan", "payg")
			.put("plan_id", "")
			.put("purchaser", state.currentUser.get("email").asString())
			.put("reference", "")
			.put("state", "active")
			.put("active", true)
			.put("provisioned", true);
		subscription.putObject("promotion");
		subscription.set("dc", state.dc());
		state.subscriptions.put(id, subscription);
		return subscription;
	}

	private FakeResponse list(FakeRequest request) {
		String organizationId = request.query("organization_id");
		ArrayNode subscriptions = this.state.json.createArrayNode();
		this.state.subscriptions.values()
			.stream()
			.filter((subscription) -> organizationId == null || organizationId.isEmpty()
					|| organizationId.equals(subscription.path("organization_id").asString("")))
			.forEach((subscription) -> subscriptions.add(subscription.deepCopy()));
		return FakeResponse.ok(subscriptions);
	}

	private FakeResponse listForOrganization(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		ArrayNode subscriptions = this.state.json.createArrayNode();
		this.state.subscriptions.values()
			.stream()
			.filter((subscription) -> organizationId.equals(subscription.path("organization_id").asString("")))
			.forEach((subscription) -> subscriptions.add(subscription.deepCopy()));
		return FakeResponse.ok(subscriptions);
	}

	private FakeResponse get(FakeRequest request) {
		return FakeResponse.ok(subscription(request).deepCopy());
	}

	private FakeResponse create(FakeRequest request) {
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String organizationId = checks.requiredId(body, "organization_id");
		String type = checks.requiredMatching(body, "type", TYPE,
				"Must start with a letter, digit or underscore, then letters, digits, '_', '-' or spaces.");
		if (type != null && type.length() > 512) {
			checks.error("type", "Length must be between 1 and 512.");
		}
		else if (type != null && !CANCELLABLE.contains(type)) {
			checks.error("type", "Must be one of: contract, stripe.");
		}
		checks.throwIfInvalid();
		this.state.organization(organizationId);
		if ("contract".equals(type)) {
			throw FakeApiException.forbidden("Only superusers can create contract subscriptions.");
		}
		// A Stripe subscription is pending until a credit card is added, which the fake's
		// users cannot do: it never pays for clusters.
		String id = this.state.newId();
		ObjectNode subscription = this.state.object()
			.put("id", id)
			.put("name", "stripe-" + id.substring(0, 8))
			.put("organization_id", organizationId)
			.put("provider", "stripe")
			.put("subscription_provider", "stripe")
			.put("subscription_id", "")
			.put("billing_model", "payg")
			.put("offer", "")
			.put("offer_id", "")
			.put("plan", "")
			.put("plan_id", "")
			.put("purchaser", this.state.currentUser.get("email").asString())
			.put("reference", "")
			.put("state", "pending")
			.put("active", false)
			.put("provisioned", false);
		subscription.putObject("promotion");
		subscription.set("dc", this.state.dc());
		this.state.subscriptions.put(id, subscription);
		this.state.audit(organizationId, "subscription.create",
				this.state.object().put("subscription_id", id).put("type", type));
		return FakeResponse.created(subscription.deepCopy());
	}

	private FakeResponse cancel(FakeRequest request) {
		ObjectNode subscription = subscription(request);
		String provider = subscription.path("provider").asString("");
		if (!CANCELLABLE.contains(provider)) {
			throw FakeApiException.forbidden("Only contract and stripe subscriptions can be cancelled; cancel "
					+ provider + " subscriptions on their marketplace.");
		}
		if ("cancelled".equals(subscription.path("state").asString(""))) {
			// Already done: answering it again keeps a retried DELETE harmless.
			return FakeResponse.ok(subscription.deepCopy());
		}
		String id = subscription.get("id").asString();
		List<String> deletedClusters = deleteClustersPaidBy(id);
		subscription.put("state", "cancelled").put("active", false);
		this.state.touch(subscription);
		ObjectNode context = this.state.object().put("subscription_id", id);
		ArrayNode clusters = context.putArray("deleted_cluster_ids");
		deletedClusters.forEach(clusters::add);
		this.state.audit(subscription.path("organization_id").asString(""), "subscription.cancel", context);
		return FakeResponse.ok(subscription.deepCopy());
	}

	/**
	 * Deletes every cluster a subscription pays for, as cancelling it does, with what the
	 * fake keeps for them.
	 */
	private List<String> deleteClustersPaidBy(String subscriptionId) {
		List<String> clusterIds = new ArrayList<>();
		this.state.clusters.values()
			.stream()
			.filter((cluster) -> subscriptionId.equals(cluster.path("subscription_id").asString("")))
			.forEach((cluster) -> clusterIds.add(cluster.path("id").asString("")));
		for (String clusterId : clusterIds) {
			this.state.clusters.remove(clusterId);
			this.state.operations.remove(clusterId);
			this.state.snapshots.remove(clusterId);
			this.state.importJobs.remove(clusterId);
			this.state.exportJobs.remove(clusterId);
		}
		return clusterIds;
	}

	private FakeResponse assignOrganization(FakeRequest request) {
		ObjectNode subscription = subscription(request);
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String organizationId = checks.requiredId(body, "organization_id");
		checks.throwIfInvalid();
		this.state.organization(organizationId);
		subscription.put("organization_id", organizationId);
		this.state.touch(subscription);
		this.state.audit(organizationId, "subscription.assign_org", this.state.object()
			.put("subscription_id", subscription.get("id").asString())
			.put("organization_id", organizationId));
		return FakeResponse.ok(subscription.deepCopy());
	}

	private FakeResponse wizardRedirect(FakeRequest request) {
		ObjectNode subscription = subscription(request);
		String location = "/organizations/" + subscription.path("organization_id").asString("")
				+ "/deploy?subscription_id=" + subscription.get("id").asString();
		return FakeResponse.text(302, "text/html; charset=utf-8", WIZARD_PAGE.formatted(location))
			.withHeader("Location", location);
	}

	private ObjectNode subscription(FakeRequest request) {
		return FakeState.require(this.state.subscriptions, request.pathVariable("subscription_id"));
	}

}
