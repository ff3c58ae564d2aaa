package io.cratecloud.client.subscriptions;

/**
 * A billing provider with its own subscription path in the API, such as
 * {@code /api/v2/aws/subscriptions/{subscription_id}/}. It selects a request path and is
 * never read from a response, so it can be closed: a {@link Subscription}'s provider is a
 * plain string that may name providers the API has no path for.
 */
public enum SubscriptionProvider {

	/** Subscriptions bought on the AWS Marketplace. */
	AWS("/api/v2/aws/subscriptions/{subscription_id}/"),

	/** Subscriptions bought on the Azure Marketplace. */
	AZURE("/api/v2/azure/subscriptions/{subscription_id}/"),

	/** Subscriptions bought on the Google Cloud Marketplace. */
	GCP("/api/v2/gcp/subscriptions/{subscription_id}/"),

	/** Subscriptions paid by credit card through Stripe. */
	STRIPE("/api/v2/stripe/subscriptions/{subscription_id}/");

	private final String subscriptionPath;

	SubscriptionProvider(String subscriptionPath) {
		this.subscriptionPath = subscriptionPath;
	}

	String subscriptionPath() {
		return this.subscriptionPath;
	}

}
