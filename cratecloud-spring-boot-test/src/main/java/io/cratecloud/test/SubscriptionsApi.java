package io.cratecloud.test;

import tools.jackson.databind.node.ObjectNode;

// Placeholder: filled in by the work on subscriptions.
final class SubscriptionsApi implements FakeApi {

	private final FakeState state;

	SubscriptionsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
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
			.put("state", "SUBSCRIBED")
			.put("active", true)
			.put("provisioned", true);
		subscription.putObject("promotion");
		subscription.set("dc", state.dc());
		state.subscriptions.put(id, subscription);
		return subscription;
	}

}
