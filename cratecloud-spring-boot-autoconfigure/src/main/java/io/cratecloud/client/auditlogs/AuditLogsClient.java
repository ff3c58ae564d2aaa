package io.cratecloud.client.auditlogs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.cratecloud.client.http.CrateCloudTransport;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.util.Assert;

/**
 * Audit logs: what the members of an organization did, and when.
 */
public final class AuditLogsClient {

	private static final ParameterizedTypeReference<List<AuditEvent>> AUDIT_EVENT_LIST = new ParameterizedTypeReference<>() {
	};

	// The document asks for YYYY-MM-DD[Thh:mm:ssZ]: no fraction of a second, no other offset.
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public AuditLogsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * One page of an organization's audit log, newest event first:
	 * {@code GET /api/v2/organizations/{organization_id}/auditlogs/}. The service decides
	 * how many events a page holds. To read the next page, call again with
	 * {@code query.withLast(page.get(page.size() - 1).id())}, the id of the oldest event of
	 * this page; an empty page means there are no older events.
	 * @param organizationId the organization's id
	 * @param query the filters and the page to read
	 * @return the page's events, newest first; empty after the last page
	 */
	public List<AuditEvent> page(String organizationId, AuditLogQuery query) {
		Assert.notNull(query, "query must not be null");
		return this.transport.get("/api/v2/organizations/{organization_id}/auditlogs/")
			.pathVariable("organization_id", organizationId)
			.query("action", query.action())
			.query("from", format(query.from(), false))
			.query("to", format(query.to(), true))
			.query("cluster_id", query.clusterId())
			.query("last", query.last())
			.retrieve(AUDIT_EVENT_LIST);
	}

	private static @Nullable String format(@Nullable Instant instant, boolean roundUp) {
		if (instant == null) {
			return null;
		}
		Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
		if (roundUp && seconds.isBefore(instant)) {
			seconds = seconds.plusSeconds(1);
		}
		return TIMESTAMP.format(seconds);
	}

}
