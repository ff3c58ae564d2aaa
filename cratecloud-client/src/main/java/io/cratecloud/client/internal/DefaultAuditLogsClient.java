package io.cratecloud.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.auditlogs.AuditLogsClient;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.web.util.UriUtils;

/**
 * The {@link AuditLogsClient} on the shared transport.
 */
public final class DefaultAuditLogsClient implements AuditLogsClient {

	private static final String AUDIT_LOGS = "/api/v2/organizations/{organization_id}/auditlogs/";

	private static final ParameterizedTypeReference<List<AuditEvent>> AUDIT_EVENT_LIST = new ParameterizedTypeReference<>() {
	};

	// The document asks for YYYY-MM-DD[Thh:mm:ssZ]: no fraction of a second, no other offset.
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private final CrateCloudTransport transport;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultAuditLogsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<AuditEvent> list(String organizationId, AuditLogQuery query) {
		Arguments.required(query, "query");
		return this.transport.get(AUDIT_LOGS)
			.pathVariable("organization_id", organizationId)
			.query("action", query.action())
			.query("from", format(query.from(), false))
			.query("to", format(query.to(), true))
			.query("cluster_id", query.clusterId())
			.query("last", query.last())
			.retrieve(AUDIT_EVENT_LIST);
	}

	@Override
	public Stream<AuditEvent> stream(String organizationId, AuditLogQuery query) {
		Arguments.text(organizationId, "organization_id");
		Arguments.required(query, "query");
		AuditEventPages pages = new AuditEventPages(organizationId, query);
		return StreamSupport.stream(pages, false).onClose(pages::close);
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

	/**
	 * The events of one page after another, fetching the next page only once the current
	 * one is used up.
	 */
	private final class AuditEventPages implements Spliterator<AuditEvent> {

		private final String organizationId;

		private final AuditLogQuery query;

		private @Nullable String cursor;

		private Iterator<AuditEvent> page = Collections.emptyIterator();

		private boolean exhausted;

		private volatile boolean closed;

		AuditEventPages(String organizationId, AuditLogQuery query) {
			this.organizationId = organizationId;
			this.query = query;
			this.cursor = query.last();
		}

		@Override
		public boolean tryAdvance(Consumer<? super AuditEvent> action) {
			// Ending quietly after close would look like the end of the log to an iterator's user.
			Assert.state(!this.closed, "The audit log stream has been closed");
			while (!this.page.hasNext()) {
				if (this.exhausted) {
					return false;
				}
				fetchNextPage();
			}
			action.accept(this.page.next());
			return true;
		}

		private void fetchNextPage() {
			// Let go of the used-up page before the next one arrives: one page in memory at a time.
			this.page = Collections.emptyIterator();
			List<AuditEvent> events = list(this.organizationId, this.query.withLast(this.cursor));
			if (events.isEmpty()) {
				this.exhausted = true;
				return;
			}
			AuditEvent oldest = events.get(events.size() - 1);
			String oldestId = (oldest != null) ? oldest.id() : null;
			if (oldestId == null || oldestId.isEmpty()) {
				throw unreadablePage("its oldest event has no id to ask for the next page with");
			}
			if (oldestId.equals(this.cursor)) {
				throw unreadablePage("it ends with the event it was asked to continue after, so 'last' was ignored");
			}
			this.cursor = oldestId;
			this.page = events.iterator();
		}

		private CrateCloudUnexpectedResponseException unreadablePage(String reason) {
			String path = "/api/v2/organizations/"
					+ UriUtils.encodePathSegment(this.organizationId, StandardCharsets.UTF_8) + "/auditlogs/"
					+ ((this.cursor != null)
							? "?last=" + UriUtils.encodeQueryParam(this.cursor, StandardCharsets.UTF_8) : "");
			ApiCall call = new ApiCall(HttpMethod.GET, AUDIT_LOGS, path);
			return new CrateCloudUnexpectedResponseException(
					call + " (" + AUDIT_LOGS + ") answered a page of the audit log that cannot be followed: " + reason,
					call, 200, null, null);
		}

		void close() {
			this.closed = true;
			this.page = Collections.emptyIterator();
		}

		@Override
		public @Nullable Spliterator<AuditEvent> trySplit() {
			// Splitting would read pages ahead of their use; the pages come one after another.
			return null;
		}

		@Override
		public long estimateSize() {
			return Long.MAX_VALUE;
		}

		@Override
		public int characteristics() {
			return ORDERED;
		}

	}

}
