package io.cratecloud.client.auditlogs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AuditLogsStreamTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String PATH = "/api/v2/organizations/" + ORG_ID + "/auditlogs/";

	private static final String CLUSTER_ID = "8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b";

	private static final String E1 = "f0e1d2c3-b4a5-4968-8776-655443322110";

	private static final String E2 = "e1d2c3b4-a596-4877-8665-544332211009";

	private static final String E3 = "d2c3b4a5-9687-4766-9554-433221100998";

	private static final String E4 = "c3b4a596-8776-4655-a443-322110099887";

	private static final String E5 = "b4a59687-7665-4544-b332-211009988776";

	private static final String E6 = "a5968776-6554-4433-8221-100998877665";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final AuditLogsClient auditLogs = TestClients.client(api).auditLogs();

	@Test
	void readsEveryPageUntilAnEmptyOneAskingForEachWithTheOldestEventOfThePageBefore() {
		stubThreePagesThenAnEmptyOne();

		List<AuditEvent> events = this.auditLogs.stream(ORG_ID, AuditLogQuery.all()).toList();

		assertThat(events).extracting(AuditEvent::id).containsExactly(E1, E2, E3, E4, E5, E6);
		assertThat(events.get(0).created()).isEqualTo(Instant.parse("2026-07-10T10:41:02.983Z"));
		assertThat(events.get(5).action()).isEqualTo("cluster.scale");
		assertThat(cursors()).containsExactly(null, E3, E5, E6);
	}

	@Test
	void everyPageIsAskedForWithTheSameFilters() {
		stubThreePagesThenAnEmptyOne();
		AuditLogQuery query = AuditLogQuery.all()
			.withAction("cluster.scale")
			.withFrom(Instant.parse("2026-07-01T00:00:00Z"))
			.withTo(Instant.parse("2026-07-10T10:41:02.983Z"))
			.withClusterId(CLUSTER_ID);

		assertThat(this.auditLogs.stream(ORG_ID, query).count()).isEqualTo(6);

		List<LoggedRequest> requests = requests();
		assertThat(requests).hasSize(4).allSatisfy((request) -> {
			assertThat(request.queryParameter("action").values()).containsExactly("cluster.scale");
			assertThat(request.queryParameter("from").values()).containsExactly("2026-07-01T00:00:00Z");
			assertThat(request.queryParameter("to").values()).containsExactly("2026-07-10T10:41:03Z");
			assertThat(request.queryParameter("cluster_id").values()).containsExactly(CLUSTER_ID);
		});
		assertThat(cursors()).containsExactly(null, E3, E5, E6);
	}

	@Test
	void aQueryWithLastStartsAfterThatEvent() {
		stubThreePagesThenAnEmptyOne();

		List<AuditEvent> events = this.auditLogs.stream(ORG_ID, AuditLogQuery.all().withLast(E3)).toList();

		assertThat(events).extracting(AuditEvent::id).containsExactly(E4, E5, E6);
		assertThat(cursors()).containsExactly(E3, E5, E6);
	}

	@Test
	void nothingIsFetchedUntilTheStreamIsConsumed() {
		stubThreePagesThenAnEmptyOne();

		Stream<AuditEvent> events = this.auditLogs.stream(ORG_ID, AuditLogQuery.all());

		assertThat(api.server().getAllServeEvents()).isEmpty();
		events.close();
	}

	@Test
	void findFirstFetchesTheFirstPageOnly() {
		stubThreePagesThenAnEmptyOne();

		Optional<AuditEvent> newest = this.auditLogs.stream(ORG_ID, AuditLogQuery.all()).findFirst();

		assertThat(newest).map(AuditEvent::id).contains(E1);
		assertThat(cursors()).containsExactly((String) null);
	}

	@Test
	void limitToOnePageDoesNotReadTheNextPageAhead() {
		stubThreePagesThenAnEmptyOne();

		List<AuditEvent> events = this.auditLogs.stream(ORG_ID, AuditLogQuery.all()).limit(3).toList();

		assertThat(events).extracting(AuditEvent::id).containsExactly(E1, E2, E3);
		assertThat(cursors()).containsExactly((String) null);
	}

	@Test
	void limitFetchesOnlyThePagesItNeeds() {
		stubThreePagesThenAnEmptyOne();

		List<AuditEvent> events = this.auditLogs.stream(ORG_ID, AuditLogQuery.all()).limit(4).toList();

		assertThat(events).extracting(AuditEvent::id).containsExactly(E1, E2, E3, E4);
		assertThat(cursors()).containsExactly(null, E3);
	}

	@Test
	void anEmptyFirstPageIsAnEmptyStream() {
		api.server().stubFor(page(null));

		assertThat(this.auditLogs.stream(ORG_ID, AuditLogQuery.all().withAction("cluster.delete"))).isEmpty();

		assertThat(cursors()).containsExactly((String) null);
	}

	@Test
	void aFailureOnTheThirdPageIsThrownByTheTerminalOperationAfterTheEventsBeforeIt() {
		api.server().stubFor(page(null, E1, E2, E3));
		api.server().stubFor(page(E3, E4, E5));
		api.server()
			.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("last", equalTo(E5))
				.willReturn(aResponse().withStatus(500)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"message\": \"An error occured.\", \"success\": false}")));
		List<String> seen = new ArrayList<>();

		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> this.auditLogs.stream(ORG_ID, AuditLogQuery.all())
				.forEach((event) -> seen.add(event.id())))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(500);
				assertThat(ex.getServerMessage()).isEqualTo("An error occured.");
				assertThat(ex.getCall().path()).isEqualTo(PATH + "?last=" + E5);
			});
		assertThat(seen).containsExactly(E1, E2, E3, E4, E5);
		assertThat(cursors()).containsExactly(null, E3, E5);
	}

	@Test
	void closingTheStreamStopsFetching() {
		stubThreePagesThenAnEmptyOne();
		Iterator<AuditEvent> iterator;
		try (Stream<AuditEvent> events = this.auditLogs.stream(ORG_ID, AuditLogQuery.all())) {
			iterator = events.iterator();
			assertThat(iterator.next().id()).isEqualTo(E1);
			assertThat(iterator.next().id()).isEqualTo(E2);
			assertThat(iterator.next().id()).isEqualTo(E3);
		}

		assertThatIllegalStateException().isThrownBy(iterator::hasNext).withMessageContaining("closed");
		assertThat(cursors()).containsExactly((String) null);
	}

	@Test
	void closingTheStreamDropsTheRestOfTheCurrentPage() {
		stubThreePagesThenAnEmptyOne();
		Stream<AuditEvent> events = this.auditLogs.stream(ORG_ID, AuditLogQuery.all());
		Iterator<AuditEvent> iterator = events.iterator();
		assertThat(iterator.next().id()).isEqualTo(E1);

		events.close();

		assertThatIllegalStateException().isThrownBy(iterator::next);
		assertThat(cursors()).containsExactly((String) null);
	}

	@Test
	void aServiceThatIgnoresLastFailsTheStreamInsteadOfRepeatingThePageForever() {
		api.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(events(E1, E2))));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.auditLogs.stream(ORG_ID, AuditLogQuery.all()).toList())
			.withMessageContaining("'last' was ignored")
			.satisfies((ex) -> assertThat(ex.getCall().path()).isEqualTo(PATH + "?last=" + E2));
		assertThat(cursors()).containsExactly(null, E2);
	}

	@Test
	void aPageWhoseOldestEventHasNoIdFailsTheStreamInsteadOfEndingIt() {
		api.server().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("last", absent()).willReturn(okJson("""
				[{"id": "%s", "action": "cluster.create", "created": "2026-07-10T10:41:02.983000+00:00"},
				 {"action": "cluster.create", "created": "2026-07-01T08:00:00+00:00"}]
				""".formatted(E1))));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.auditLogs.stream(ORG_ID, AuditLogQuery.all()).toList())
			.withMessageContaining("no id");
		assertThat(cursors()).containsExactly((String) null);
	}

	@Test
	void aBlankOrganizationIdIsRejectedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.auditLogs.stream(" ", AuditLogQuery.all()))
			.withMessageContaining("organization_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.auditLogs.stream(ORG_ID, null))
			.withMessageContaining("query");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	// Pages of different sizes: the end is the empty page, not a short one.
	private static void stubThreePagesThenAnEmptyOne() {
		api.server().stubFor(page(null, E1, E2, E3));
		api.server().stubFor(page(E3, E4, E5));
		api.server().stubFor(page(E5, E6));
		api.server().stubFor(page(E6));
	}

	private static MappingBuilder page(@Nullable String last, String... ids) {
		return get(urlPathEqualTo(PATH)).withQueryParam("last", (last != null) ? equalTo(last) : absent())
			.willReturn(okJson(events(ids)));
	}

	private static String events(String... ids) {
		List<String> events = new ArrayList<>();
		for (String id : ids) {
			// Newest first, a day apart, counted back from the newest event of all.
			int index = List.of(E1, E2, E3, E4, E5, E6).indexOf(id);
			Instant created = Instant.parse("2026-07-10T10:41:02.983Z").minusSeconds(86_400L * index);
			events.add("""
					{"id": "%s", "action": "cluster.scale", "created": "%s",
					 "actor": {"id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com"},
					 "context": {"cluster_id": "%s", "from": 3, "to": 5}}""".formatted(id,
					created.toString().replace("Z", "000+00:00"), CLUSTER_ID));
		}
		return events.stream().collect(Collectors.joining(",\n", "[\n", "\n]"));
	}

	private static List<LoggedRequest> requests() {
		return api.server().findAll(getRequestedFor(urlPathEqualTo(PATH)));
	}

	private static List<@Nullable String> cursors() {
		assertThat(api.server().getAllServeEvents()).hasSize(requests().size());
		return requests().stream()
			.map((request) -> request.queryParameter("last").isPresent()
					? request.queryParameter("last").firstValue() : null)
			.toList();
	}

}
