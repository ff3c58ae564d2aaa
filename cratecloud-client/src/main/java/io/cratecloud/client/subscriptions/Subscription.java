package io.cratecloud.client.subscriptions;

import java.util.Map;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A subscription that pays for an organization's clusters, held with a billing provider
 * such as a cloud marketplace or a credit card.
 *
 * @param id the subscription's id
 * @param name the subscription's name
 * @param organizationId the id of the organization the subscription pays for
 * @param provider the billing provider, such as {@code aws} or {@code stripe}
 * @param subscriptionProvider the billing provider, as a second field the API does not
 * explain beside {@code provider}
 * @param subscriptionId the id the billing provider knows the subscription by
 * @param reference the billing provider's reference for the subscription
 * @param state the subscription's state, such as {@code active}
 * @param active whether the subscription can pay for clusters
 * @param provisioned whether the billing provider has finished setting the subscription up
 * @param billingModel how usage is billed
 * @param offer the name of the marketplace offer
 * @param offerId the id of the marketplace offer
 * @param plan the name of the plan within the offer
 * @param planId the id of the plan within the offer
 * @param purchaser who bought the subscription
 * @param promotion the promotion applied to the subscription, such as free clusters for a
 * number of months; its keys are not documented
 * @param dc when the subscription was created and modified
 */
public record Subscription(@Nullable String id, @Nullable String name, @Nullable String organizationId,
		@Nullable String provider, @Nullable String subscriptionProvider, @Nullable String subscriptionId,
		@Nullable String reference, @Nullable String state, @Nullable Boolean active, @Nullable Boolean provisioned,
		@Nullable String billingModel, @Nullable String offer, @Nullable String offerId, @Nullable String plan,
		@Nullable String planId, @Nullable String purchaser, @Nullable Map<String, Object> promotion,
		@Nullable DublinCore dc) {
}
