package io.cratecloud.client.auditlogs;

import java.util.List;
import java.util.stream.Stream;

/**
 * Audit logs: what the members of an organization did, and when. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#auditLogs()}.
 */
public interface AuditLogsClient {

	/**
	 * One page of an organization's audit log, newest event first:
	 * {@code GET /api/v2/organizations/{organization_id}/auditlogs/}. The service decides
	 * how many events a page holds. To read the next page, call again with
	 * {@code query.withLast(page.get(page.size() - 1).id())}, the id of the oldest event of
	 * this page; an empty page means there are no older events. {@link #stream} does that.
	 * @param organizationId the organization's id
	 * @param query the filters and the page to read
	 * @return the page's events, newest first; empty after the last page
	 */
	List<AuditEvent> list(String organizationId, AuditLogQuery query);

	/**
	 * Every event of an organization's audit log, newest first, read page by page:
	 * {@code GET /api/v2/organizations/{organization_id}/auditlogs/} once per page, each page
	 * after the first asked for with {@code last} set to the id of the oldest event of the
	 * page before, until a page comes back empty.
	 * <p>
	 * The stream is lazy: a page is asked for only when the events before it have been
	 * consumed, and only one page is held at a time, so a short-circuiting operation such as
	 * {@code limit} or {@code findFirst} reads no more pages than it needs. A failure while
	 * reading a page is thrown by the terminal operation; the stream never ends early
	 * without one. Closing the stream, best with try-with-resources, stops it reading: an
	 * iterator taken from it fails from then on.
	 * @param organizationId the organization's id
	 * @param query the filters, sent with every page; when it has a {@code last}, the stream
	 * starts with the events older than that one
	 * @return the events, newest first
	 * @throws IllegalArgumentException if the organization's id is blank or the query is
	 * {@code null}
	 * @throws io.cratecloud.client.CrateCloudUnexpectedResponseException from the terminal
	 * operation, if a page's oldest event has no id or the service answers the page it was
	 * just asked to continue after, which would make the stream never end
	 */
	Stream<AuditEvent> stream(String organizationId, AuditLogQuery query);

}
