package io.cratecloud.client.users;

/**
 * The body that changes the current user's e-mail address.
 *
 * @param email the new address
 */
record EmailEdit(String email) {
}
