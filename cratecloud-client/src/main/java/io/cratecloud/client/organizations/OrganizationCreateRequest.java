package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * A new organization, for {@link OrganizationsClient#create(OrganizationCreateRequest)}. Start with
 * {@link #named(String)}.
 *
 * @param name the organization's name, 1 to 512 characters
 * @param planType the support plan, {@code 1} to {@code 6}, or {@code null} for the
 * service's default, {@code 3}
 */
public record OrganizationCreateRequest(String name, @Nullable Integer planType) {

	/**
	 * A new organization with the given name and the default support plan.
	 * @param name the organization's name, 1 to 512 characters
	 * @return the new organization
	 */
	public static OrganizationCreateRequest named(String name) {
		return new OrganizationCreateRequest(name, null);
	}

	/**
	 * A copy of this new organization with the given support plan.
	 * @param planType the support plan, {@code 1} to {@code 6}
	 * @return the copy
	 */
	public OrganizationCreateRequest withPlanType(int planType) {
		return new OrganizationCreateRequest(this.name, planType);
	}

}
