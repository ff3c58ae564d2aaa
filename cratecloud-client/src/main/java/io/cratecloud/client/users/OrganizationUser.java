package io.cratecloud.client.users;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A member of an organization ({@code GET /api/v2/organizations/{organization_id}/users/}).
 *
 * @param uid the user's id
 * @param email the user's e-mail address
 * @param name the user's display name
 * @param username the user's login name
 * @param picture the URL of the user's picture
 * @param idp the identity provider the user signs in with
 * @param organizationRoles the user's roles in organizations
 */
public record OrganizationUser(@Nullable String uid, String email, @Nullable String name, @Nullable String username,
		@Nullable String picture, @Nullable String idp, @Nullable List<OrganizationRole> organizationRoles) {
}
