package io.cratecloud.client.internal;

import java.net.URI;
import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.subscriptions.Subscription;
import io.cratecloud.client.subscriptions.SubscriptionType;
import io.cratecloud.client.subscriptions.SubscriptionsClient;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link SubscriptionsClient} on the shared transport.
 */
public final class DefaultSubscriptionsClient implements SubscriptionsClient {

	private static final String SUBSCRIPTION = "/api/v2/subscriptions/{subscription_id}/";

	private static final ParameterizedTypeReference<List<Subscription>> SUBSCRIPTION_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultSubscriptionsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<Subscription> list() {
		return this.transport.get("/api/v2/subscriptions/").retrieve(SUBSCRIPTION_LIST);
	}

	@Override
	public List<Subscription> list(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/subscriptions/")
			.pathVariable("organization_id", organizationId)
			.retrieve(SUBSCRIPTION_LIST);
	}

	@Override
	public Subscription get(String subscriptionId) {
		return this.transport.get(SUBSCRIPTION).pathVariable("subscription_id", subscriptionId)
			.retrieve(Subscription.class);
	}

	@Override
	public Subscription create(String organizationId, SubscriptionType type) {
		Arguments.uuid(organizationId, "organization_id");
		Arguments.required(type, "type");
		Arguments.words(type.value(), "type");
		return this.transport.post("/api/v2/subscriptions/")
			.body(new SubscriptionCreate(organizationId, type))
			.retrieve(Subscription.class);
	}

	@Override
	public Subscription cancel(String subscriptionId) {
		return this.transport.delete(SUBSCRIPTION).pathVariable("subscription_id", subscriptionId)
			.retrieve(Subscription.class);
	}

	@Override
	public Subscription assignOrganization(String subscriptionId, String organizationId) {
		Arguments.uuid(organizationId, "organization_id");
		return this.transport.patch("/api/v2/subscriptions/{subscription_id}/assign-org/")
			.pathVariable("subscription_id", subscriptionId)
			.body(new OrganizationAssignment(organizationId))
			.retrieve(Subscription.class);
	}

	@Override
	public URI getWizardRedirect(String subscriptionId) {
		return this.transport.get("/api/v2/subscriptions/{subscription_id}/wizard-redirect/")
			.pathVariable("subscription_id", subscriptionId)
			.retrieveRedirect();
	}

}
