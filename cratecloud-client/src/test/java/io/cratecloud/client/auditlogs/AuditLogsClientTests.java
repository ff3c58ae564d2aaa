package io.cratecloud.client.auditlogs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditLogsClientTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String PATH = "/api/v2/organizations/" + ORG_ID + "/auditlogs/";

	private static final String CLUSTER_ID = "8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final AuditLogsClient auditLogs = TestClients.client(api).auditLogs();

	@Test
	void pageWithoutFiltersReadsTheNewestEvents() {
		api.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("""
				[
				  {"id": "f0e1d2c3-b4a5-4968-8776-655443322110", "action": "cluster.scale",
				   "created": "2026-07-10T10:41:02.983000+00:00",
				   "actor": {"id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com",
				     "name": "Ada Lovelace", "username": "ada", "picture": "https://example.com/ada.png"},
				   "context": {"cluster_id": "8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b", "from": 3, "to": 5,
				     "product": {"name": "cr1", "tier": "default"}}},
				  {"id": "e1d2c3b4-a596-4877-8665-544332211009", "action": "cluster.create",
				   "created": "2026-07-01T08:00:00Z",
				   "actor": {"id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com"},
				   "context": {}}
				]
				""")));

		List<AuditEvent> page = this.auditLogs.list(ORG_ID, AuditLogQuery.all());

		assertThat(page).extracting(AuditEvent::action).containsExactly("cluster.scale", "cluster.create");
		AuditEvent newest = page.get(0);
		assertThat(newest.id()).isEqualTo("f0e1d2c3-b4a5-4968-8776-655443322110");
		assertThat(newest.created()).isEqualTo(Instant.parse("2026-07-10T10:41:02.983Z"));
		assertThat(newest.actor()).isEqualTo(new AuditUser("6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "ada@example.com",
				"Ada Lovelace", "ada", "https://example.com/ada.png"));
		assertThat(newest.context()).containsEntry("cluster_id", CLUSTER_ID)
			.containsEntry("from", 3)
			.containsEntry("product", Map.of("name", "cr1", "tier", "default"));
		assertThat(page.get(1).context()).isEmpty();
		assertThat(page.get(1).actor().name()).isNull();
		assertOnlyRequest(Map.of());
	}

	@Test
	void pageSendsEveryFilterWithTimestampsInWholeSecondsCoveringTheRange() {
		api.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[]")));
		AuditLogQuery query = AuditLogQuery.all()
			.withAction("cluster.scale")
			.withFrom(Instant.parse("2026-07-01T00:00:00.750Z"))
			.withTo(Instant.parse("2026-07-10T10:41:02.983Z"))
			.withClusterId(CLUSTER_ID)
			.withLast("f0e1d2c3-b4a5-4968-8776-655443322110");

		assertThat(this.auditLogs.list(ORG_ID, query)).isEmpty();

		assertOnlyRequest(Map.of("action", "cluster.scale", "from", "2026-07-01T00:00:00Z", "to",
				"2026-07-10T10:41:03Z", "cluster_id", CLUSTER_ID, "last", "f0e1d2c3-b4a5-4968-8776-655443322110"));
	}

	@Test
	void wholeSecondTimestampsAreSentAsTheyAre() {
		api.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[]")));
		AuditLogQuery query = AuditLogQuery.all()
			.withFrom(Instant.parse("2026-06-30T22:00:00Z"))
			.withTo(Instant.parse("2026-07-10T10:41:02Z"));

		this.auditLogs.list(ORG_ID, query);

		assertOnlyRequest(Map.of("from", "2026-06-30T22:00:00Z", "to", "2026-07-10T10:41:02Z"));
	}

	@Test
	void theNextPageIsAskedForWithTheIdOfTheOldestEventOfThePreviousOne() {
		api.server().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("last", absent()).willReturn(okJson("""
				[{"id": "f0e1d2c3-b4a5-4968-8776-655443322110", "action": "cluster.create",
				  "created": "2026-07-10T10:41:02.983000+00:00"},
				 {"id": "e1d2c3b4-a596-4877-8665-544332211009", "action": "cluster.create",
				  "created": "2026-07-01T08:00:00+00:00"}]
				""")));
		api.server()
			.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("last", equalTo("e1d2c3b4-a596-4877-8665-544332211009"))
				.willReturn(okJson("[]")));
		AuditLogQuery query = AuditLogQuery.all().withAction("cluster.create");

		List<AuditEvent> first = this.auditLogs.list(ORG_ID, query);
		List<AuditEvent> second = this.auditLogs.list(ORG_ID, query.withLast(first.get(first.size() - 1).id()));

		assertThat(first).hasSize(2);
		assertThat(second).isEmpty();
		List<LoggedRequest> requests = api.server().findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).queryParameter("action").values()).containsExactly("cluster.create");
		assertThat(requests.get(1).queryParameter("last").values())
			.containsExactly("e1d2c3b4-a596-4877-8665-544332211009");
	}

	@Test
	void aQueryWhoseFromIsAfterItsToIsRejected() {
		AuditLogQuery query = AuditLogQuery.all().withTo(Instant.parse("2026-07-01T00:00:00Z"));
		assertThatIllegalArgumentException().isThrownBy(() -> query.withFrom(Instant.parse("2026-07-02T00:00:00Z")));
	}

	private static void assertOnlyRequest(Map<String, String> query) {
		List<LoggedRequest> requests = api.server().findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).singleElement().satisfies((request) -> {
			assertThat(request.getMethod().getName()).isEqualTo("GET");
			if (query.isEmpty()) {
				assertThat(request.getUrl()).isEqualTo(PATH);
			}
			else {
				assertThat(request.getUrl()).startsWith(PATH + "?");
			}
			assertThat(request.getQueryParams()).containsOnlyKeys(query.keySet());
			query.forEach((name, value) -> assertThat(request.queryParameter(name).values()).containsExactly(value));
		});
	}

}
