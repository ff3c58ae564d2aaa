package io.cratecloud.client.internal;

import io.cratecloud.client.subscriptions.SubscriptionType;

/**
 * The body that creates a subscription.
 *
 * @param organizationId the id of the organization the subscription pays for
 * @param type the kind of subscription
 */
record SubscriptionCreate(String organizationId, SubscriptionType type) {
}
