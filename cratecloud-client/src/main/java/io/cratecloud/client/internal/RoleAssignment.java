package io.cratecloud.client.internal;

import io.cratecloud.client.users.RoleFqn;

/**
 * The body that gives a user a role in an organization or a project.
 *
 * @param user the user's id or e-mail address
 * @param roleFqn the role
 */
record RoleAssignment(String user, RoleFqn roleFqn) {
}
