package io.cratecloud.client.auditlogs;

import org.jspecify.annotations.Nullable;

/**
 * The user who caused an {@link AuditEvent}.
 *
 * @param id the user's id
 * @param email the user's e-mail address
 * @param name the user's display name
 * @param username the user's login name
 * @param picture the URL of the user's picture
 */
public record AuditUser(@Nullable String id, @Nullable String email, @Nullable String name,
		@Nullable String username, @Nullable String picture) {
}
