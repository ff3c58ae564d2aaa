package io.cratecloud.client.users;

/**
 * The body that gives a user a role in an organization or a project.
 *
 * @param user the user's id or e-mail address
 * @param roleFqn the role
 */
record RoleAssignment(String user, RoleFqn roleFqn) {
}
