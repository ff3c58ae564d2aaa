package io.cratecloud.client.organizations;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * The billing details to set for an organization, for
 * {@link BillingClient#updateCustomer(String, CustomerUpdateRequest)}. Start with
 * {@link #of(String, String, String, CustomerAddress)}. The API takes the address and the
 * tax id as top-level fields, so they are sent unwrapped.
 *
 * @param name the name bills are made out to, 1 to 512 characters
 * @param email the e-mail address bills go to
 * @param phone the billing phone number
 * @param address the billing address; its first line, postal code, city and country are
 * required
 * @param tax the tax id, if the organization has one
 */
public record CustomerUpdateRequest(String name, String email, String phone, @JsonUnwrapped CustomerAddress address,
		@JsonUnwrapped @Nullable CustomerTax tax) {

	/**
	 * Billing details without a tax id.
	 * @param name the name bills are made out to, 1 to 512 characters
	 * @param email the e-mail address bills go to
	 * @param phone the billing phone number
	 * @param address the billing address; its first line, postal code, city and country are
	 * required
	 * @return the billing details
	 */
	public static CustomerUpdateRequest of(String name, String email, String phone, CustomerAddress address) {
		return new CustomerUpdateRequest(name, email, phone, address, null);
	}

	/**
	 * A copy of these billing details with a tax id.
	 * @param tax the tax id and its kind, such as {@code eu_vat}
	 * @return the copy
	 */
	public CustomerUpdateRequest withTax(CustomerTax tax) {
		return new CustomerUpdateRequest(this.name, this.email, this.phone, this.address, tax);
	}

}
