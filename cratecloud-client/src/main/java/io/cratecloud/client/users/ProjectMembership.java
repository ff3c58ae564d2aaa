package io.cratecloud.client.users;

import org.jspecify.annotations.Nullable;

/**
 * A user's role in a project after it was granted, as the answer to
 * {@link MembershipsClient#addToProject(String, String, RoleFqn)}.
 *
 * @param projectId the project's id
 * @param userId the user's id
 * @param roleFqn the user's role, such as {@link RoleFqn#PROJECT_MEMBER}
 * @param added {@code true} if the user was added to the project (the service answers
 * {@code 201}), {@code false} if the user was a member already and only the role changed
 * ({@code 200})
 */
public record ProjectMembership(@Nullable String projectId, @Nullable String userId, RoleFqn roleFqn,
		boolean added) {
}
