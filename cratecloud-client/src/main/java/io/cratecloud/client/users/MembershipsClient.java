package io.cratecloud.client.users;

import java.util.List;

/**
 * The members of organizations and projects, and their roles. Get it from
 * {@link UsersClient#memberships()}.
 */
public interface MembershipsClient {

	/**
	 * The members of an organization: {@code GET /api/v2/organizations/{organization_id}/users/}.
	 * @param organizationId the organization's id
	 * @return the organization's users, with their roles
	 */
	List<OrganizationUser> listOrganizationUsers(String organizationId);

	/**
	 * Give a user a role in an organization, adding the user if needed; a user without an
	 * account is invited: {@code POST /api/v2/organizations/{organization_id}/users/}.
	 * @param organizationId the organization's id
	 * @param user the user's id or e-mail address
	 * @param role the role, such as {@link RoleFqn#ORG_MEMBER}
	 * @return the user's role, and whether the user was added ({@code 201}) or only given a
	 * new role ({@code 200})
	 */
	OrganizationMembership addToOrganization(String organizationId, String user, RoleFqn role);

	/**
	 * Remove a user from an organization:
	 * {@code DELETE /api/v2/organizations/{organization_id}/users/{user_id_or_email}/}. The
	 * service refuses to remove the organization's last administrator.
	 * @param organizationId the organization's id
	 * @param user the user's id or e-mail address
	 */
	void removeFromOrganization(String organizationId, String user);

	/**
	 * The members of a project: {@code GET /api/v2/projects/{project_id}/users/}.
	 * @param projectId the project's id
	 * @return the project's users, with their roles
	 */
	List<ProjectUser> listProjectUsers(String projectId);

	/**
	 * Give a user a role in a project, adding the user if needed:
	 * {@code POST /api/v2/projects/{project_id}/users/}.
	 * @param projectId the project's id
	 * @param user the user's id or e-mail address
	 * @param role the role, such as {@link RoleFqn#PROJECT_MEMBER}
	 * @return the user's role, and whether the user was added ({@code 201}) or only given a
	 * new role ({@code 200})
	 */
	ProjectMembership addToProject(String projectId, String user, RoleFqn role);

	/**
	 * Remove a user from a project:
	 * {@code DELETE /api/v2/projects/{project_id}/users/{user_id_or_email}/}.
	 * @param projectId the project's id
	 * @param user the user's id or e-mail address
	 */
	void removeFromProject(String projectId, String user);

}
