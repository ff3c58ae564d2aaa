package io.cratecloud.client.roles;

import java.util.List;

/**
 * Roles that can be given to users in organizations and projects. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#roles()}.
 */
public interface RolesClient {

	/**
	 * Every role that can be given to a user: {@code GET /api/v2/roles/}.
	 * @return the roles
	 */
	List<Role> list();

}
