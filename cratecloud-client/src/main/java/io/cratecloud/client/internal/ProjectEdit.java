package io.cratecloud.client.internal;

/**
 * The body that renames a project.
 *
 * @param name the new name
 */
record ProjectEdit(String name) {
}
