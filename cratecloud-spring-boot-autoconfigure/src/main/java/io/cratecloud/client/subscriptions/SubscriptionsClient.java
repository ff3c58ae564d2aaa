package io.cratecloud.client.subscriptions;

import java.util.List;

import io.cratecloud.client.http.CrateCloudTransport;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.util.Assert;

/**
 * Subscriptions: how organizations pay for their clusters.
 */
public final class SubscriptionsClient {

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

}
