package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * The billing details of an organization. The address and tax fields are write-only in the
 * API and come back in {@link #address()} and {@link #tax()}.
 *
 * @param organizationId the id of the organization billed
 * @param name the name bills are made out to
 * @param email the e-mail address bills go to
 * @param phone the billing phone number
 * @param address the billing address
 * @param tax the tax id
 */
public record Customer(@Nullable String organizationId, String name, String email, String phone,
		@Nullable CustomerAddress address, @Nullable CustomerTax tax) {
}
