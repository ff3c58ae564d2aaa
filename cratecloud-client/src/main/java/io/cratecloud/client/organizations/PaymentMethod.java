package io.cratecloud.client.organizations;

import io.cratecloud.client.subscriptions.Subscription;
import org.jspecify.annotations.Nullable;

/**
 * A way an organization can pay: a credit card or a subscription with a billing provider.
 *
 * @param type the kind of payment method
 * @param isAvailable whether the payment method can be used
 * @param isSetup whether the payment method is set up
 * @param subscriptionId the id of the subscription that pays
 * @param subscription the subscription that pays
 * @param card the credit card that pays
 */
public record PaymentMethod(@Nullable String type, @Nullable Boolean isAvailable, @Nullable Boolean isSetup,
		@Nullable String subscriptionId, @Nullable Subscription subscription, @Nullable CustomerCard card) {
}
