package io.cratecloud.client.organizations;

import io.cratecloud.client.DublinCore;
import io.cratecloud.client.users.RoleFqn;
import org.jspecify.annotations.Nullable;

/**
 * An organization: the top-level owner of projects, clusters, users and subscriptions.
 *
 * @param id the organization's id
 * @param name the organization's name
 * @param email the e-mail address notifications for the organization go to
 * @param notificationsEnabled whether notifications are sent
 * @param planType the support plan, {@code 1} to {@code 6} in the document, which does not
 * name them
 * @param projectCount how many projects the organization has
 * @param roleFqn the current user's role in the organization
 * @param dc when the organization was created and modified
 */
public record Organization(@Nullable String id, String name, @Nullable String email,
		@Nullable Boolean notificationsEnabled, @Nullable Integer planType, @Nullable Integer projectCount,
		@Nullable RoleFqn roleFqn, @Nullable DublinCore dc) {
}
