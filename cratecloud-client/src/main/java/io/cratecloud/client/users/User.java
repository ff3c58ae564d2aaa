package io.cratecloud.client.users;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A user of CrateDB Cloud, as superusers list them ({@code GET /api/v2/users/}).
 *
 * @param uid the user's id
 * @param email the user's e-mail address
 * @param name the user's display name
 * @param username the user's login name
 * @param picture the URL of the user's picture
 * @param idp the identity provider the user signs in with
 * @param organizationRoles the user's roles in organizations
 * @param projectRoles the user's roles in projects
 */
public record User(@Nullable String uid, String email, @Nullable String name, @Nullable String username,
		@Nullable String picture, @Nullable String idp, @Nullable List<OrganizationRole> organizationRoles,
		@Nullable List<ProjectRole> projectRoles) {
}
