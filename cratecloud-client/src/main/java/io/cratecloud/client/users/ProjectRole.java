package io.cratecloud.client.users;

import org.jspecify.annotations.Nullable;

/**
 * A user's role in one project.
 *
 * @param projectId the project's id
 * @param roleFqn the role, such as {@link RoleFqn#PROJECT_ADMIN}
 */
public record ProjectRole(@Nullable String projectId, RoleFqn roleFqn) {
}
