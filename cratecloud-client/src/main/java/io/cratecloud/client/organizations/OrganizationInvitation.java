package io.cratecloud.client.organizations;

import java.time.Instant;
import java.util.List;

import io.cratecloud.client.users.OrganizationRole;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to join an organization.
 *
 * @param uid the invitation's id
 * @param email the e-mail address invited
 * @param status whether the invitation is pending or accepted
 * @param expirationDate when the invitation expires
 * @param organizationRoles the roles the invited user gets
 */
public record OrganizationInvitation(@Nullable String uid, @Nullable String email, @Nullable InvitationStatus status,
		@Nullable Instant expirationDate, @Nullable List<OrganizationRole> organizationRoles) {
}
