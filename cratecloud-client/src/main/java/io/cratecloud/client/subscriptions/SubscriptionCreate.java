package io.cratecloud.client.subscriptions;

/**
 * The body that creates a subscription.
 *
 * @param organizationId the id of the organization the subscription pays for
 * @param type the kind of subscription
 */
record SubscriptionCreate(String organizationId, SubscriptionType type) {
}
