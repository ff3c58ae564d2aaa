package io.cratecloud.client.users;

import org.jspecify.annotations.Nullable;

/**
 * A user's role in an organization after it was granted, as the answer to
 * {@link MembershipsClient#addToOrganization(String, String, RoleFqn)} or
 * {@link UsersClient#acceptInvite(String)}.
 *
 * @param organizationId the organization's id
 * @param userId the user's id
 * @param roleFqn the user's role, such as {@link RoleFqn#ORG_MEMBER}
 * @param added {@code true} if the user was added to the organization (the service answers
 * {@code 201}), {@code false} if the user was a member already and only the role changed
 * ({@code 200})
 * @param invited whether the user has no account yet and was sent an invitation instead
 */
public record OrganizationMembership(@Nullable String organizationId, @Nullable String userId, RoleFqn roleFqn,
		boolean added, @Nullable Boolean invited) {
}
