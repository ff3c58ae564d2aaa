package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * Changes to an organization, for
 * {@link OrganizationsClient#update(String, OrganizationUpdateRequest)}. Start with
 * {@link #none()} and add what changes; what is left {@code null} stays as it is.
 *
 * @param name the new name, 1 to 512 characters
 * @param email the new e-mail address for the organization's notifications
 * @param notificationsEnabled whether notifications are sent
 * @param planType the new support plan, {@code 1} to {@code 6}
 */
public record OrganizationUpdateRequest(@Nullable String name, @Nullable String email, @Nullable Boolean notificationsEnabled,
		@Nullable Integer planType) {

	/**
	 * No changes yet.
	 * @return changes that change nothing
	 */
	public static OrganizationUpdateRequest none() {
		return new OrganizationUpdateRequest(null, null, null, null);
	}

	/**
	 * A copy of these changes that also renames the organization.
	 * @param name the new name, 1 to 512 characters
	 * @return the copy
	 */
	public OrganizationUpdateRequest withName(String name) {
		return new OrganizationUpdateRequest(name, this.email, this.notificationsEnabled, this.planType);
	}

	/**
	 * A copy of these changes that also sets the e-mail address notifications go to.
	 * @param email the e-mail address
	 * @return the copy
	 */
	public OrganizationUpdateRequest withEmail(String email) {
		return new OrganizationUpdateRequest(this.name, email, this.notificationsEnabled, this.planType);
	}

	/**
	 * A copy of these changes that also turns notifications on or off.
	 * @param notificationsEnabled whether notifications are sent
	 * @return the copy
	 */
	public OrganizationUpdateRequest withNotificationsEnabled(boolean notificationsEnabled) {
		return new OrganizationUpdateRequest(this.name, this.email, notificationsEnabled, this.planType);
	}

	/**
	 * A copy of these changes that also changes the support plan.
	 * @param planType the support plan, {@code 1} to {@code 6}
	 * @return the copy
	 */
	public OrganizationUpdateRequest withPlanType(int planType) {
		return new OrganizationUpdateRequest(this.name, this.email, this.notificationsEnabled, planType);
	}

}
