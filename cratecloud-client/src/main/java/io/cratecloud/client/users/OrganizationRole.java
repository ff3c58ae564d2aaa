package io.cratecloud.client.users;

import org.jspecify.annotations.Nullable;

/**
 * A user's role in one organization.
 *
 * @param organizationId the organization's id
 * @param roleFqn the role, such as {@link RoleFqn#ORG_ADMIN}
 */
public record OrganizationRole(@Nullable String organizationId, RoleFqn roleFqn) {
}
