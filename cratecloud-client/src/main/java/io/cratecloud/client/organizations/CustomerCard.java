package io.cratecloud.client.organizations;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A credit card an organization pays with. Only the last four digits of its number are
 * ever shown.
 *
 * @param id the card's id
 * @param brand the card's brand, such as {@code visa}
 * @param last4 the last four digits of the card's number
 * @param expMonth the month the card expires, {@code 1} to {@code 12}
 * @param expYear the year the card expires
 * @param country the country the card was issued in
 * @param isDefault whether the card is the default payment method, {@code default} in the
 * API
 */
public record CustomerCard(@Nullable String id, @Nullable String brand, @Nullable String last4,
		@Nullable Integer expMonth, @Nullable Integer expYear, @Nullable String country,
		@JsonProperty("default") @Nullable Boolean isDefault) {
}
