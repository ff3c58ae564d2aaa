package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectCreateRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuditLogApiTests extends FakeApiTests {

	private static final String AUDIT_LOGS = "/api/v2/organizations/{organization_id}/auditlogs/";

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	/** More than two pages, the last one part full. */
	private static final int RENAMES = 2 * AuditLogsApi.PAGE_SIZE + 9;

	AuditLogApiTests() {
		super(FakeCrateCloud.builder().manualClock(START).start());
		// The document lists no 400 for the audit log; the fake refuses a 'from' or 'to'
		// that is no timestamp, as the service does.
		offDocument((exchange) -> exchange.status() == 400);
	}

	@Test
	void theStreamReadsEveryPageNewestFirstEachEventOnce() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		Project project = this.client.projects().create(ProjectCreateRequest.of(acme.id(), "name-0"));
		for (int i = 1; i <= RENAMES; i++) {
			this.client.projects().update(project.id(), "name-" + i);
		}
		this.fake.clearRequests();

		List<AuditEvent> events;
		try (Stream<AuditEvent> stream = this.client.auditLogs().stream(acme.id(), AuditLogQuery.all())) {
			events = stream.toList();
		}

		assertThat(events).hasSize(RENAMES + 1);
		assertThat(events).extracting(AuditEvent::id).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(events).extracting((event) -> event.context().get("name"))
			.containsExactlyElementsOf(IntStream.rangeClosed(0, RENAMES).mapToObj((i) -> "name-" + (RENAMES - i)).toList());
		assertThat(events.get(events.size() - 1).action()).isEqualTo("project.create");
		assertThat(events.get(0).actor().email()).isEqualTo("fake.user@example.com");
		List<RecordedExchange> pages = auditLogRequests();
		assertThat(pages).extracting(RecordedExchange::query)
			.containsExactly(null, "last=" + events.get(AuditLogsApi.PAGE_SIZE - 1).id(),
					"last=" + events.get(2 * AuditLogsApi.PAGE_SIZE - 1).id(), "last=" + events.get(RENAMES).id());
		assertThat(pages.get(pages.size() - 1).responseBody()).isEqualTo("[]");
	}

	@Test
	void theStreamReadsNoMorePagesThanItNeeds() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		Project project = this.client.projects().create(ProjectCreateRequest.of(acme.id(), "name-0"));
		for (int i = 1; i <= RENAMES; i++) {
			this.client.projects().update(project.id(), "name-" + i);
		}
		this.fake.clearRequests();

		try (Stream<AuditEvent> stream = this.client.auditLogs().stream(acme.id(), AuditLogQuery.all())) {
			assertThat(stream.limit(AuditLogsApi.PAGE_SIZE + 1).toList()).hasSize(AuditLogsApi.PAGE_SIZE + 1);
		}

		assertThat(auditLogRequests()).hasSize(2);
	}

	@Test
	void eachOrganizationHasItsOwnLog() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededOrganization other = this.fake.seed().organization("Other");
		this.client.projects().create(ProjectCreateRequest.of(acme.id(), "analytics"));
		this.client.projects().create(ProjectCreateRequest.of(other.id(), "reporting"));

		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all()))
			.extracting((event) -> event.context().get("name"))
			.containsExactly("analytics");
	}

	@Test
	void filtersApplyToEveryPage() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		for (int i = 0; i < RENAMES; i++) {
			this.client.projects().create(ProjectCreateRequest.of(acme.id(), "project-" + i));
		}
		List<Project> projects = this.client.projects().list(acme.id());
		this.client.projects().update(projects.get(0).id(), "renamed");
		this.fake.clearRequests();

		List<AuditEvent> created;
		try (Stream<AuditEvent> stream = this.client.auditLogs()
			.stream(acme.id(), AuditLogQuery.all().withAction("project.create"))) {
			created = stream.toList();
		}

		assertThat(created).hasSize(RENAMES).allSatisfy((event) -> assertThat(event.action()).isEqualTo("project.create"));
		assertThat(auditLogRequests()).hasSize(4)
			.allSatisfy((exchange) -> assertThat(exchange.query()).contains("action=project.create"));
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all().withAction("project.update")))
			.extracting((event) -> event.context().get("name"))
			.containsExactly("renamed");
	}

	@Test
	void fromAndToIncludeTheirBounds() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		for (int i = 0; i < 4; i++) {
			this.client.projects().create(ProjectCreateRequest.of(acme.id(), "project-" + i));
			this.fake.advance(Duration.ofSeconds(10));
		}

		List<AuditEvent> between = this.client.auditLogs()
			.list(acme.id(), AuditLogQuery.all().withFrom(START.plusSeconds(10)).withTo(START.plusSeconds(20)));

		assertThat(between).extracting((event) -> event.context().get("name")).containsExactly("project-2", "project-1");
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all().withFrom(START.plusSeconds(21))))
			.extracting((event) -> event.context().get("name"))
			.containsExactly("project-3");
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all().withTo(START.plusSeconds(9))))
			.extracting((event) -> event.context().get("name"))
			.containsExactly("project-0");
	}

	@Test
	void aDateAloneCoversItsWholeDay() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		this.client.projects().create(ProjectCreateRequest.of(acme.id(), "today"));
		this.fake.advance(Duration.ofDays(1));
		this.client.projects().create(ProjectCreateRequest.of(acme.id(), "tomorrow"));
		FakeHttp http = new FakeHttp(this.fake);
		String path = "/api/v2/organizations/" + acme.id() + "/auditlogs/";

		assertThat(http.send("GET", path + "?from=2026-07-10&to=2026-07-10", null).body()).contains("\"today\"")
			.doesNotContain("\"tomorrow\"");
		assertThat(http.send("GET", path + "?from=2026-07-11", null).body()).contains("\"tomorrow\"")
			.doesNotContain("\"today\"");
		// Offsets other than Z and timestamps without any (UTC) are read too.
		assertThat(http.send("GET", path + "?to=2026-07-10T12:30:00%2B02:00", null).body()).contains("\"today\"");
		assertThat(http.send("GET", path + "?to=2026-07-10T09:59:59", null).body()).isEqualTo("[]");
	}

	@Test
	void aTimestampThatIsNoneIsABadRequest() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		HttpResponse<String> response = new FakeHttp(this.fake).send("GET",
				"/api/v2/organizations/" + acme.id() + "/auditlogs/?from=yesterday&to=2026-13-01", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"from\":[\"Not a valid datetime.\"]")
			.contains("\"to\":[\"Not a valid datetime.\"]");
	}

	@Test
	void eventsAreFilteredByTheClusterOfTheirContext() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		String sensors = analytics.cluster("sensors").create();
		String metrics = analytics.cluster("metrics").create();
		this.client.clusters().scale(sensors, 1);
		this.client.clusters().scale(metrics, 1);
		this.fake.advance(Duration.ofMinutes(1));
		this.client.clusters().suspend(sensors);
		this.client.projects().update(analytics.id(), "reporting");

		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all().withClusterId(sensors)))
			.extracting(AuditEvent::action)
			.containsExactly("cluster.suspend", "cluster.scale");
		assertThat(this.client.auditLogs()
			.list(acme.id(), AuditLogQuery.all().withClusterId(metrics).withAction("cluster.scale")))
			.singleElement()
			.satisfies((event) -> assertThat(event.context()).containsEntry("cluster_id", metrics));
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all())).hasSize(4);
	}

	@Test
	void anUnknownOrganizationIsNotFound() {
		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(
				() -> this.client.auditLogs().list("00000000-0000-4000-8000-000000000000", AuditLogQuery.all()));
	}

	private List<RecordedExchange> auditLogRequests() {
		return this.fake.requests().stream().filter((exchange) -> AUDIT_LOGS.equals(exchange.template())).toList();
	}

}
