package io.cratecloud.client.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.testsupport.HostileServer;
import io.cratecloud.testsupport.HostileServer.RecordedRequest;
import io.cratecloud.testsupport.HostileServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code await(t)} ends at its deadline however the server answers its polls: a poll gets at
 * most the time the wait has left, and no retry of a poll starts after the wait's deadline.
 * <p>
 * The change itself (its one {@code PUT}, whose answer names the change's operation) is
 * answered as the service answers it; only the polls of the wait misbehave. No test measures
 * time: retries are on with a delay of an hour, so a retry that ignored the wait's deadline
 * would hold the test for that hour, and a stalled or dribbled poll that was not cut off
 * would be seen by the server as read to its end rather than dropped by the client.
 */
class WaiterTests {

	private static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String OPERATIONS_PATH = "/api/v2/clusters/" + CLUSTER_ID + "/operations/";

	private static final String NEW_OPERATION_ID = "99999999-8888-4777-8666-555555555555";

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

	private static final RetrySettings SLOW_RETRIES = new RetrySettings(true, 3, Duration.ofHours(1), 1.0,
			Duration.ofHours(1));

	private final HostileServer server = HostileServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	/** How the polls of the wait are answered. */
	enum Misbehaviour {

		STALL(Reply.json(200, operations(NEW_OPERATION_ID, "IN_PROGRESS")).afterStall(HostileServer.MAX_STALL)),

		RESET(Reply.reset()),

		SERVER_ERROR(Reply.status(503).withHeader("Content-Type", "text/html").withBody("<h1>Bad gateway</h1>")),

		DRIBBLE(Reply.json(200, operations(NEW_OPERATION_ID, "IN_PROGRESS")).dribbled(1, Duration.ofMillis(500))),

		RATE_LIMITED_FOR_EVER(Reply.json(429, "{\"message\": \"Slow down.\", \"success\": false}")
			.withHeader("Retry-After", "9223372036854775807"));

		private final Reply reply;

		Misbehaviour(Reply reply) {
			this.reply = reply;
		}

	}

	static Stream<Arguments> everyLibraryAndMisbehaviour() {
		return Stream.of(HttpLibrary.values())
			.flatMap((library) -> Stream.of(Misbehaviour.values()).map((misbehaviour) -> Arguments.of(library,
					misbehaviour)));
	}

	@ParameterizedTest(name = "{0}, polls: {1}")
	@MethodSource("everyLibraryAndMisbehaviour")
	void awaitEndsAtItsDeadlineWhateverThePollsMeet(HttpLibrary library,
			Misbehaviour misbehaviour) {
		AtomicInteger operationLists = new AtomicInteger();
		this.server.answer((request) -> answer(request, operationLists, misbehaviour.reply));
		CrateCloudClient client = library.builder(this.server.baseUrl())
			.operationPollInterval(POLL_INTERVAL)
			.retry(SLOW_RETRIES)
			.build();
		PendingOperation<Cluster> change = client.clusters().scale(CLUSTER_ID, 2);
		assertThat(change.id()).isEqualTo(NEW_OPERATION_ID);

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class).isThrownBy(() -> change.await(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo(NEW_OPERATION_ID));
		assertThat(operationLists.get()).as("the wait polled").isGreaterThanOrEqualTo(1);
		if (misbehaviour == Misbehaviour.STALL || misbehaviour == Misbehaviour.DRIBBLE) {
			assertThat(this.server.awaitConnectionsClosed(Duration.ofSeconds(5)))
				.as("the last poll was cut off at the deadline, its connection dropped").isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void anAbsurdRetryAfterOnTheChangeItselfIsARateLimitAsItSays(HttpLibrary library) {
		AtomicInteger operationLists = new AtomicInteger();
		this.server.answer((request) -> request.method().equals("PUT")
				? Misbehaviour.RATE_LIMITED_FOR_EVER.reply : answer(request, operationLists, Reply.status(500)));
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(SLOW_RETRIES).build();

		assertThatExceptionOfType(CrateCloudRateLimitedException.class)
			.isThrownBy(() -> client.clusters().scale(CLUSTER_ID, 2))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofDays(1)));
		assertThat(this.server.count((request) -> request.method().equals("PUT"))).as("no retry a day away")
			.isEqualTo(1);
	}

	private static Reply answer(RecordedRequest request, AtomicInteger operationLists, Reply misbehaviour) {
		if (request.method().equals("PUT") && request.path().equals("/api/v2/clusters/" + CLUSTER_ID + "/scale/")) {
			return Reply.json(200, cluster());
		}
		if (request.method().equals("GET") && request.path().equals(OPERATIONS_PATH)) {
			operationLists.incrementAndGet();
			return misbehaviour;
		}
		return Reply.json(404, "{\"message\": \"Not found.\", \"success\": false}");
	}

	private static String operations(String id, String status) {
		return """
				{"operations": [{"id": "%s", "type": "SCALE", "status": "%s", "entity": "CLUSTER", "entity_id": "%s",
				 "feedback_data": {}, "non_sensitive_data": {},
				 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:42:02.983000+00:00"}}]}
				""".formatted(id, status, CLUSTER_ID);
	}

	private static String cluster() {
		return """
				{"id": "%s", "name": "sensor-data", "crate_version": "5.10.3", "num_nodes": 3,
				 "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "product_name": "cr1", "product_tier": "default",
				 "product_unit": 2, "channel": "stable", "username": "admin", "suspended": false,
				 "deletion_protected": false,
				 "health": {"status": "GREEN", "running_operation": "SCALE", "last_seen": "2026-07-10T10:41:02.983000"},
				 "last_async_operation": {"id": "%s", "type": "SCALE", "status": "REGISTERED",
				  "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}}
				""".formatted(CLUSTER_ID, NEW_OPERATION_ID);
	}

}
