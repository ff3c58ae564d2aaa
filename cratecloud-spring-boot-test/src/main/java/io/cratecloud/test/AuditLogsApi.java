package io.cratecloud.test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Audit logs: the events {@link FakeState#audit} records for every change, one page at a time.
 * As api-notes.md describes the service: newest first, {@value #PAGE_SIZE} events a page (the
 * service takes no page size), the next page asked for with {@code last} set to the id of the
 * oldest event of the page before, until a page comes back empty. The filters {@code action},
 * {@code from}, {@code to} (both inclusive, {@code YYYY-MM-DD[Thh:mm:ssZ]}; a bare date covers
 * its whole day) and {@code cluster_id} (the event's {@code context.cluster_id}) apply before
 * paging. Event ids are zero-padded sequence numbers, so "older than {@code last}" is a string
 * comparison. A {@code from} or {@code to} that is no timestamp is a 400 naming the parameter.
 */
final class AuditLogsApi implements FakeApi {

	/** How many events a page holds: small, so that tests page through quickly. */
	static final int PAGE_SIZE = 20;

	private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

	private final FakeState state;

	AuditLogsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/organizations/{organization_id}/auditlogs/", this::list);
	}

	private FakeResponse list(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		BodyChecks checks = new BodyChecks();
		Instant from = instant(request.query("from"), false, "from", checks);
		Instant to = instant(request.query("to"), true, "to", checks);
		checks.throwIfInvalid();
		Predicate<ObjectNode> filter = matching(request.query("action"), from, to, request.query("cluster_id"));
		String last = request.query("last");
		List<ObjectNode> events = this.state.auditEvents.getOrDefault(organizationId, List.of());
		ArrayNode page = this.state.json.createArrayNode();
		// Stored oldest first; the page is read backwards, newest first.
		for (int i = events.size() - 1; i >= 0 && page.size() < PAGE_SIZE; i--) {
			ObjectNode event = events.get(i);
			if ((last == null || event.get("id").asString().compareTo(last) < 0) && filter.test(event)) {
				page.add(event.deepCopy());
			}
		}
		return FakeResponse.ok(page);
	}

	private static Predicate<ObjectNode> matching(@Nullable String action, @Nullable Instant from, @Nullable Instant to,
			@Nullable String clusterId) {
		return (event) -> {
			if (action != null && !action.equals(event.path("action").asString())) {
				return false;
			}
			JsonNode eventClusterId = event.path("context").path("cluster_id");
			if (clusterId != null && !(eventClusterId.isString() && clusterId.equals(eventClusterId.asString()))) {
				return false;
			}
			Instant created = OffsetDateTime.parse(event.get("created").asString()).toInstant();
			return (from == null || !created.isBefore(from)) && (to == null || !created.isAfter(to));
		};
	}

	/**
	 * A {@code from} or {@code to} parameter as an instant; a bare date is the start of its
	 * day for {@code from} and the last instant of its day for {@code to}, so both include
	 * the whole day. Offsets other than {@code Z} and timestamps without one (read as UTC)
	 * are accepted too, as a lenient ISO 8601 parser would.
	 */
	private static @Nullable Instant instant(@Nullable String value, boolean endOfDay, String name, BodyChecks checks) {
		if (value == null) {
			return null;
		}
		try {
			if (DATE.matcher(value).matches()) {
				LocalDate date = LocalDate.parse(value);
				return endOfDay ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
						: date.atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return FakeState.instant(value);
		}
		catch (DateTimeParseException ex) {
			checks.error(name, "Not a valid datetime.");
			return null;
		}
	}

}
