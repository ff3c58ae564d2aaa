package io.cratecloud.client.internal;

/**
 * The body that changes the current user's e-mail address.
 *
 * @param email the new address
 */
record EmailEdit(String email) {
}
