package io.cratecloud.client.subscriptions;

import java.net.URI;
import java.util.List;

/**
 * Subscriptions: how organizations pay for their clusters. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#subscriptions()}.
 */
public interface SubscriptionsClient {

	/**
	 * The subscriptions of every organization the current user belongs to:
	 * {@code GET /api/v2/subscriptions/}.
	 * @return the subscriptions
	 */
	List<Subscription> list();

	/**
	 * The subscriptions of one organization:
	 * {@code GET /api/v2/organizations/{organization_id}/subscriptions/}. The document
	 * describes {@code GET /api/v2/subscriptions/?organization_id=} the same way; this client
	 * asks the organization's own list, which names the organization in its path.
	 * @param organizationId the organization's id
	 * @return the organization's subscriptions
	 */
	List<Subscription> list(String organizationId);

	/**
	 * One subscription: {@code GET /api/v2/subscriptions/{subscription_id}/}. The document
	 * also has a path for each billing provider ({@code /api/v2/aws/...}, {@code azure},
	 * {@code gcp}, {@code stripe}) and says they all answer the same; this client asks the
	 * general one.
	 * @param subscriptionId the subscription's id
	 * @return the subscription
	 */
	Subscription get(String subscriptionId);

	/**
	 * Create a subscription for an organization: {@code POST /api/v2/subscriptions/}. A
	 * {@link SubscriptionType#STRIPE Stripe} subscription is created pending, before a
	 * credit card is added or a cluster deployed.
	 * @param organizationId the id of the organization the subscription pays for
	 * @param type the kind of subscription, such as {@link SubscriptionType#STRIPE}
	 * @return the subscription created
	 */
	Subscription create(String organizationId, SubscriptionType type);

	/**
	 * Cancel a subscription: {@code DELETE /api/v2/subscriptions/{subscription_id}/}. This
	 * deletes every cluster the subscription pays for and bills what is due at once; only
	 * {@code contract} and {@code stripe} subscriptions can be cancelled this way.
	 * @param subscriptionId the subscription's id
	 * @return the subscription as cancelled
	 */
	Subscription cancel(String subscriptionId);

	/**
	 * Assign a subscription to an organization, which Azure Marketplace subscriptions need:
	 * {@code PATCH /api/v2/subscriptions/{subscription_id}/assign-org/}.
	 * @param subscriptionId the subscription's id
	 * @param organizationId the organization's id
	 * @return the subscription, assigned
	 */
	Subscription assignOrganization(String subscriptionId, String organizationId);

	/**
	 * Where the console's deployment wizard for a subscription is:
	 * {@code GET /api/v2/subscriptions/{subscription_id}/wizard-redirect/}, which answers
	 * with a redirect that is returned, not followed.
	 * @param subscriptionId the subscription's id
	 * @return the wizard's address
	 */
	URI getWizardRedirect(String subscriptionId);

}
