package io.cratecloud.client.roles;

import org.jspecify.annotations.Nullable;

/**
 * A role users can be given in an organization or a project.
 *
 * @param id the role's id, such as {@code org_admin}
 * @param name the role's display name
 */
public record Role(@Nullable String id, @Nullable String name) {
}
