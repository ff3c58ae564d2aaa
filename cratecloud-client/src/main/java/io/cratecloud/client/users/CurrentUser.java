package io.cratecloud.client.users;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The user the API key belongs to ({@code GET /api/v2/users/me/}).
 *
 * @param uid the user's id
 * @param email the user's e-mail address
 * @param name the user's display name
 * @param username the user's login name
 * @param picture the URL of the user's picture
 * @param idp the identity provider the user signs in with
 * @param status the user's account status
 * @param isSuperuser whether the user is a CrateDB Cloud staff superuser
 * @param hmac a signature of the user's id, used by the console's support chat
 * @param organizationId the user's first organization; deprecated by the API
 * @param organizationRoles the user's roles in organizations
 * @param projectRoles the user's roles in projects
 */
public record CurrentUser(@Nullable String uid, String email, @Nullable String name, @Nullable String username,
		@Nullable String picture, @Nullable String idp, @Nullable String status, @Nullable Boolean isSuperuser,
		@Nullable String hmac, @Nullable String organizationId, @Nullable List<OrganizationRole> organizationRoles,
		@Nullable List<ProjectRole> projectRoles) {
}
