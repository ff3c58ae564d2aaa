package io.cratecloud.autoconfigure.estate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstateClient;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.estate.DeclaredEstate;
import io.cratecloud.estate.EstateDriftCheck;
import io.cratecloud.estate.EstateDriftEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The drift check on its own: it plans every interval on its own daemon thread, publishes an
 * event only for a plan that is not empty, keeps the plan as the latest, outlives a failed check
 * and stops with its lifecycle.
 */
@ExtendWith(OutputCaptureExtension.class)
class EstateDriftCheckTests {

	private final Estate estate = Estate.builder(CrateCloudEstateAutoConfigurationTests.ORGANIZATION).build();

	private final EstateClient client = mock(EstateClient.class);

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@Test
	void aFailedCheckIsLoggedAndTheNextOneStillRunsAndPublishesTheDrift(CapturedOutput output) {
		EstatePlan drifted = CrateCloudEstateAutoConfigurationTests.plan();
		given(this.client.plan(any())).willThrow(new IllegalStateException("made-up outage"))
			.willReturn(new EstatePlan(this.estate.organizationId(), List.of(), List.of()))
			.willReturn(drifted);
		DeclaredEstate declared = new DeclaredEstate(this.estate, this.client, Duration.ofMillis(20));
		EstateDriftCheck check = new EstateDriftCheck(declared, Duration.ofMillis(20), this.events::add);

		check.start();
		try {
			awaitCondition(() -> !this.events.isEmpty());
		}
		finally {
			check.stop();
		}

		assertThat(this.events.get(0)).isInstanceOfSatisfying(EstateDriftEvent.class, (event) -> {
			assertThat(event.getPlan()).isSameAs(drifted);
			assertThat(event.getDeclaredEstate()).isSameAs(declared);
		});
		// The empty plan published nothing: the first event is the drift.
		assertThat(check.checks()).isGreaterThanOrEqualTo(2);
		assertThat(declared.latest()).isNotNull();
		assertThat(output).contains("Drift check of the CrateDB Cloud estate of organization "
				+ this.estate.organizationId() + " failed, next one in PT0.02S: made-up outage");
		assertThat(check.isRunning()).isFalse();
	}

	@Test
	void stoppingEndsTheChecks() throws InterruptedException {
		given(this.client.plan(any())).willReturn(new EstatePlan(this.estate.organizationId(), List.of(), List.of()));
		EstateDriftCheck check = new EstateDriftCheck(new DeclaredEstate(this.estate, this.client, Duration.ZERO),
				Duration.ofMillis(10), this.events::add);
		check.start();
		assertThat(check.isRunning()).isTrue();
		awaitCondition(() -> check.checks() > 0);

		check.stop();
		long checks = check.checks();
		Thread.sleep(50);

		assertThat(check.isRunning()).isFalse();
		assertThat(check.checks()).isEqualTo(checks);
		assertThat(this.events).isEmpty();
		verify(this.client, atLeast(1)).plan(any());
	}

	private static void awaitCondition(BooleanSupplier condition) {
		long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime() - end).as("condition within 20s").isNegative();
			Thread.onSpinWait();
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
