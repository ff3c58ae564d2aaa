package io.cratecloud.test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cratecloud.client.clusters.ClusterSpec;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
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

	private final AtomicBoolean clockRuns = new AtomicBoolean();

	private volatile @Nullable Thread clock;

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
	 * Moves the fake's clock on by a step every few milliseconds, until the test ends or
	 * {@link #stopClock()}, so that operations end while something awaits them.
	 */
	void runClock() {
		this.clockRuns.set(true);
		Thread thread = new Thread(() -> {
			while (this.clockRuns.get()) {
				this.fake.advance(STEP);
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "fake-clock");
		thread.setDaemon(true);
		thread.start();
		this.clock = thread;
	}

	/**
	 * Stops the clock {@link #runClock()} moves, and waits until it stands still.
	 */
	@AfterEach
	void stopClock() throws InterruptedException {
		this.clockRuns.set(false);
		Thread thread = this.clock;
		if (thread != null) {
			thread.join();
			this.clock = null;
		}
	}

	/**
	 * Moves the fake's clock by a number of operation steps.
	 */
	void steps(int steps) {
		this.fake.advance(STEP.multipliedBy(steps));
	}

}
