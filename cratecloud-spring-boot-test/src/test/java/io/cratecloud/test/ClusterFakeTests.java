package io.cratecloud.test;

import java.time.Duration;

import io.cratecloud.client.clusters.ClusterSpec;
import tools.jackson.databind.JsonNode;

/**
 * What the cluster and data job tests share beyond {@link FakeApiTests}: a fake on a manual
 * clock whose operations take {@link #STEP} a step (unless a test class asks for another
 * fake), a client that polls every second, and the refusal of a second change left
 * unchecked, as api-notes.md documents.
 */
abstract class ClusterFakeTests extends FakeApiTests {

	/** How long each step of an operation takes on the manual clock. */
	static final Duration STEP = Duration.ofSeconds(10);

	static final String PASSWORD = "correct-horse-battery-staple-1";

	ClusterFakeTests() {
		this(FakeCrateCloud.builder().manualClock().operationStep(STEP).start(), Duration.ofSeconds(1));
	}

	ClusterFakeTests(FakeCrateCloud fake, Duration pollInterval) {
		super(fake, pollInterval);
		// api-notes.md: the refusal of a second change has no known status; the fake answers
		// 409, which the document lists for none of the cluster changes.
		offDocument((exchange) -> exchange.status() == 409);
	}

	/**
	 * A cluster to deploy: one {@code cr1} node of the {@code default} tier, unless the
	 * caller sets more before it builds the spec.
	 */
	static ClusterSpec.Builder spec(String name) {
		return ClusterSpec.builder()
			.name(name)
			.product("cr1")
			.crateVersion("5.10.3")
			.username("admin")
			.password(PASSWORD);
	}

	/**
	 * The fake's answer to the last request of a method and path template, as JSON: what a
	 * change request was answered with, which the handle of the change does not keep.
	 */
	JsonNode lastAnswer(String method, String template) {
		RecordedExchange answer = this.fake.requests()
			.stream()
			.filter((exchange) -> method.equals(exchange.method()) && template.equals(exchange.template()))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no " + method + " " + template + " in " + this.fake.requests()));
		return ClusterLifecycleTests.json(answer.responseBody());
	}

	/**
	 * Moves the fake's clock by a number of operation steps.
	 */
	void steps(int steps) {
		this.fake.advance(STEP.multipliedBy(steps));
	}

}
