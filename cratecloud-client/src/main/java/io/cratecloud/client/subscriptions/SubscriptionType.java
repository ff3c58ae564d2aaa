package io.cratecloud.client.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The kind of subscription to create, such as {@code stripe}. The document lists no values;
 * the constants name the kinds known to exist, and any other value is sent as it is.
 *
 * @param value the kind as the API writes it
 */
public record SubscriptionType(@JsonValue String value) {

	/** Paid by credit card through Stripe; created pending until a card is added. */
	public static final SubscriptionType STRIPE = new SubscriptionType("stripe");

	/** Billed by contract; only superusers create these. */
	public static final SubscriptionType CONTRACT = new SubscriptionType("contract");

	/**
	 * Create a subscription kind.
	 * @param value the kind as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public SubscriptionType {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
