package io.cratecloud.client.auditlogs;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an organization's audit log: who did what, and when.
 *
 * @param id the event's id, which {@link AuditLogQuery#withLast(String)} takes to ask for
 * the page after the one the event is the oldest of
 * @param action what was done, as the service names the action
 * @param actor the user who did it
 * @param context details of the action, which differ from one action to another
 * @param created when it was done
 */
public record AuditEvent(@Nullable String id, @Nullable String action, @Nullable AuditUser actor,
		@Nullable Map<String, Object> context, @Nullable Instant created) {
}
