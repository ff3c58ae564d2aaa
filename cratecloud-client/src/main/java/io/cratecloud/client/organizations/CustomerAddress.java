package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * The billing address of an organization.
 *
 * @param line1 the first line of the street address
 * @param line2 the second line of the street address
 * @param postalCode the postal code
 * @param city the city
 * @param country the country
 */
public record CustomerAddress(@Nullable String line1, @Nullable String line2, @Nullable String postalCode,
		@Nullable String city, @Nullable String country) {
}
