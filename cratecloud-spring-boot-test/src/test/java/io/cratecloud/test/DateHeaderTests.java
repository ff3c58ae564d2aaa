package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterSnapshot;
import io.cratecloud.client.clusters.OperationType;
import io.cratecloud.client.clusters.SnapshotRestoreRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of the fake carries the {@code Date} of its own clock, as the service's carry
 * the service's time: the client takes it for the time the service accepted a change, and
 * finds the change's operation among those created since. On a manual clock a day behind the
 * machine's, changes are found and awaited as on any other.
 */
class DateHeaderTests extends ClusterFakeTests {

	/** A day ago, to the second, as a {@code Date} header has it. */
	private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

	private final FakeHttp http = new FakeHttp(this.fake);

	private final SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");

	private final String clusterId = this.analytics.cluster("sensors").create();

	DateHeaderTests() {
		super(FakeCrateCloud.builder().manualClock(YESTERDAY).operationStep(STEP).start(), Duration.ofMillis(10));
		// Off the document on purpose, to show their dates: a path it does not have, a request
		// without credentials, and an injected fault's 503.
		offDocument((exchange) -> exchange.template() == null || exchange.requestHeader("Authorization") == null
				|| exchange.status() == 503);
	}

	@Test
	void theDateHeaderIsTheFakesClock() {
		HttpResponse<String> answer = this.http.send("GET", "/api/v2/organizations/", null);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(date(answer)).isEqualTo(YESTERDAY);

		this.fake.advance(Duration.ofSeconds(90));
		assertThat(date(this.http.send("GET", "/api/v2/clusters/" + this.clusterId + "/", null)))
			.isEqualTo(YESTERDAY.plusSeconds(90));
		// Every answer: refusals of credentials, unknown paths and injected faults too.
		assertThat(date(this.http.send("GET", "/api/v2/organizations/", null, null, null)))
			.isEqualTo(YESTERDAY.plusSeconds(90));
		assertThat(date(this.http.send("GET", "/api/v2/nothing/", null))).isEqualTo(YESTERDAY.plusSeconds(90));
		this.fake.injectFault(Fault.status(503));
		assertThat(date(this.http.send("GET", "/api/v2/organizations/", null))).isEqualTo(YESTERDAY.plusSeconds(90));
		// And the journal shows the header as it was sent.
		assertThat(this.fake.requests()).extracting((exchange) -> exchange.responseHeader("Date"))
			.containsExactly(httpDate(YESTERDAY), httpDate(YESTERDAY.plusSeconds(90)),
					httpDate(YESTERDAY.plusSeconds(90)), httpDate(YESTERDAY.plusSeconds(90)),
					httpDate(YESTERDAY.plusSeconds(90)));
	}

	@Test
	void aChangeOnAClockADayBehindIsFoundAndAwaited() {
		PendingOperation<Cluster> scale = this.client.clusters().scale(this.clusterId, 2);
		RecordedExchange accepted = this.fake.requests("PUT", "/api/v2/clusters/{cluster_id}/scale/").get(0);
		assertThat(accepted.responseHeader("Date")).isEqualTo(httpDate(YESTERDAY));
		steps(3);

		Cluster scaled = scale.await(Duration.ofSeconds(30));

		assertThat(scaled.numNodes()).isEqualTo(3);
		assertThat(scale.id()).isEqualTo(this.client.clusters().listOperations(this.clusterId).get(0).id());
	}

	@Test
	void aChangeWhoseAnswerNamesNoOperationIsFoundByTheFakesDate() {
		ClusterSnapshot snapshot = this.client.clusters().listSnapshots(this.clusterId).get(0);
		this.fake.advance(Duration.ofHours(1));
		PendingOperation<Cluster> restore = this.client.clusters()
			.restoreSnapshot(this.clusterId,
					SnapshotRestoreRequest.tables(snapshot.repository(), snapshot.snapshot(), List.of("doc.devices")));
		// The answer is the snapshot: the handle has only the answer's Date to find the operation by.
		assertThat(restore.id()).isNull();
		steps(3);

		assertThat(restore.await(Duration.ofSeconds(30)).id()).isEqualTo(this.clusterId);
		assertThat(restore.id()).isNotNull();
		assertThat(this.client.clusters().listOperations(this.clusterId)).first().satisfies((operation) -> {
			assertThat(operation.id()).isEqualTo(restore.id());
			assertThat(operation.type()).isEqualTo(OperationType.RESTORE_SNAPSHOT);
			assertThat(operation.dc().created()).isEqualTo(YESTERDAY.plus(Duration.ofHours(1)));
		});
	}

	private static Instant date(HttpResponse<String> answer) {
		String date = answer.headers().firstValue("Date").orElseThrow();
		return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
	}

	private static String httpDate(Instant instant) {
		return LoopbackHttpServer.HTTP_DATE.format(instant);
	}

}
