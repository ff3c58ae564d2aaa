package io.cratecloud.client.subscriptions;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.http.CrateCloudTransport;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.util.Assert;

/**
 * Subscriptions: how organizations pay for their clusters.
 */
public final class SubscriptionsClient {

	// The document's pattern, read as JSON Schema reads it (ECMA 262): \w is ASCII only.
	private static final Pattern TYPE = Pattern.compile("^\\w[\\w\\- ]*$");

	private static final ParameterizedTypeReference<List<Subscription>> SUBSCRIPTION_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public SubscriptionsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * The subscriptions of every organization the current user belongs to:
	 * {@code GET /api/v2/subscriptions/}.
	 * @return the subscriptions
	 */
	public List<Subscription> list() {
		return this.transport.get("/api/v2/subscriptions/").retrieve(SUBSCRIPTION_LIST);
	}

	/**
	 * The subscriptions of one organization, filtered by the service:
	 * {@code GET /api/v2/subscriptions/?organization_id=}.
	 * @param organizationId the organization's id
	 * @return the organization's subscriptions
	 * @throws IllegalArgumentException if the organization id is blank, which would list the
	 * subscriptions of every organization instead
	 */
	public List<Subscription> list(String organizationId) {
		Assert.hasText(organizationId, "organizationId must not be null or blank");
		return this.transport.get("/api/v2/subscriptions/")
			.query("organization_id", organizationId)
			.retrieve(SUBSCRIPTION_LIST);
	}

	/**
	 * The subscriptions of one organization:
	 * {@code GET /api/v2/organizations/{organization_id}/subscriptions/}.
	 * @param organizationId the organization's id
	 * @return the organization's subscriptions
	 */
	public List<Subscription> listForOrganization(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/subscriptions/")
			.pathVariable("organization_id", organizationId)
			.retrieve(SUBSCRIPTION_LIST);
	}

	/**
	 * One subscription: {@code GET /api/v2/subscriptions/{subscription_id}/}.
	 * @param subscriptionId the subscription's id
	 * @return the subscription
	 */
	public Subscription get(String subscriptionId) {
		return this.transport.get("/api/v2/subscriptions/{subscription_id}/")
			.pathVariable("subscription_id", subscriptionId)
			.retrieve(Subscription.class);
	}

	/**
	 * One subscription through its billing provider's own path, such as
	 * {@code GET /api/v2/aws/subscriptions/{subscription_id}/},
	 * {@code GET /api/v2/azure/subscriptions/{subscription_id}/},
	 * {@code GET /api/v2/gcp/subscriptions/{subscription_id}/} or
	 * {@code GET /api/v2/stripe/subscriptions/{subscription_id}/}. The API documents all of
	 * them as answering the same as {@link #get(String)}.
	 * @param provider the billing provider whose path to use
	 * @param subscriptionId the subscription's id
	 * @return the subscription
	 */
	public Subscription get(SubscriptionProvider provider, String subscriptionId) {
		Assert.notNull(provider, "provider must not be null");
		return this.transport.get(provider.subscriptionPath())
			.pathVariable("subscription_id", subscriptionId)
			.retrieve(Subscription.class);
	}

	/**
	 * Create a subscription for an organization: {@code POST /api/v2/subscriptions/}. A
	 * {@link SubscriptionType#STRIPE Stripe} subscription is created pending, before a
	 * credit card is added or a cluster deployed.
	 * @param organizationId the id of the organization the subscription pays for
	 * @param type the kind of subscription, such as {@link SubscriptionType#STRIPE}
	 * @return the subscription created
	 */
	public Subscription create(String organizationId, SubscriptionType type) {
		Arguments.uuid(organizationId, "organization_id");
		Arguments.required(type, "type");
		Arguments.length(type.value(), "type", 1, 512);
		Arguments.matches(type.value(), "type", TYPE,
				"letters, digits, underscores, hyphens and spaces, starting with a letter, digit or underscore");
		return this.transport.post("/api/v2/subscriptions/")
			.body(new SubscriptionCreate(organizationId, type))
			.retrieve(Subscription.class);
	}

	/**
	 * Cancel a subscription: {@code DELETE /api/v2/subscriptions/{subscription_id}/}. This
	 * deletes every cluster the subscription pays for and bills what is due at once; only
	 * {@code contract} and {@code stripe} subscriptions can be cancelled this way.
	 * @param subscriptionId the subscription's id
	 * @return the subscription as cancelled
	 */
	public Subscription cancel(String subscriptionId) {
		return this.transport.delete("/api/v2/subscriptions/{subscription_id}/")
			.pathVariable("subscription_id", subscriptionId)
			.retrieve(Subscription.class);
	}

	/**
	 * Assign a subscription to an organization, which Azure Marketplace subscriptions need:
	 * {@code PATCH /api/v2/subscriptions/{subscription_id}/assign-org/}.
	 * @param subscriptionId the subscription's id
	 * @param organizationId the organization's id
	 * @return the subscription, assigned
	 */
	public Subscription assignOrganization(String subscriptionId, String organizationId) {
		Arguments.uuid(organizationId, "organization_id");
		return this.transport.patch("/api/v2/subscriptions/{subscription_id}/assign-org/")
			.pathVariable("subscription_id", subscriptionId)
			.body(new OrganizationAssignment(organizationId))
			.retrieve(Subscription.class);
	}

	/**
	 * Where the console's deployment wizard for a subscription is:
	 * {@code GET /api/v2/subscriptions/{subscription_id}/wizard-redirect/}, which answers
	 * with a redirect that is returned, not followed.
	 * @param subscriptionId the subscription's id
	 * @return the wizard's address
	 */
	public URI wizardRedirect(String subscriptionId) {
		return this.transport.get("/api/v2/subscriptions/{subscription_id}/wizard-redirect/")
			.pathVariable("subscription_id", subscriptionId)
			.retrieveRedirect();
	}

}
