package io.cratecloud.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import io.cratecloud.client.observation.DefaultOperationAwaitObservationConvention;
import io.cratecloud.client.observation.OperationAwaitObservationContext;
import io.cratecloud.client.observation.OperationAwaitObservationContext.Outcome;
import io.cratecloud.client.observation.OperationAwaitObservationConvention;
import io.cratecloud.client.observation.OperationAwaitObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.util.Assert;

/**
 * Waits for background work by asking again at a fixed interval until an answer arrives or
 * a timeout expires, and observes each whole wait. Shared by every {@code await} of the
 * client: cluster changes, deletions, health and data jobs.
 */
public final class Polling {

	private static final OperationAwaitObservationConvention DEFAULT_CONVENTION =
			new DefaultOperationAwaitObservationConvention();

	private final Duration interval;

	private final ObservationRegistry observationRegistry;

	/**
	 * Create a poller.
	 * @param interval how long to wait between two questions
	 * @param observationRegistry the registry to {@link #observe observe} waits with,
	 * {@link ObservationRegistry#NOOP} to observe nothing
	 */
	public Polling(Duration interval, ObservationRegistry observationRegistry) {
		Assert.isTrue(!interval.isNegative() && !interval.isZero(), "interval must be positive");
		Assert.notNull(observationRegistry, "observationRegistry must not be null");
		this.interval = interval;
		this.observationRegistry = observationRegistry;
	}

	/**
	 * How long the poller waits between two questions.
	 * @return the interval
	 */
	public Duration interval() {
		return this.interval;
	}

	/**
	 * Ask until there is an answer or the timeout expires. The question is asked at once,
	 * then after each interval; the last interval is shortened to end at the timeout, and a
	 * last question is asked then.
	 * @param <T> the answer's type
	 * @param timeout how long to keep asking
	 * @param question asked at each interval; an empty result means "not yet". A transient
	 * failure ({@link CrateCloudTransportException}, {@link CrateCloudServerException},
	 * {@link CrateCloudRateLimitedException}) counts as "not yet"; any other failure ends
	 * the wait
	 * @return the answer, or empty if the timeout expired first
	 * @throws CrateCloudInterruptedException if the thread is interrupted while waiting
	 */
	public <T> Optional<T> poll(Duration timeout, Supplier<Optional<T>> question) {
		Assert.isTrue(!timeout.isNegative(), "timeout must not be negative");
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<T> answer = askOnce(question);
			if (answer.isPresent()) {
				return answer;
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				return Optional.empty();
			}
			sleep(Math.min(remaining, this.interval.toNanos()));
		}
	}

	/**
	 * Run a whole wait as an
	 * {@link OperationAwaitObservationDocumentation#OPERATION_AWAIT cratecloud.operation.await}
	 * observation, in whose scope the polls' requests are observed. The wait records
	 * {@link Outcome#FAILED} or {@link Outcome#TIMEOUT} in the context before it throws for
	 * either; otherwise the outcome is {@link Outcome#SUCCEEDED} if it returns and
	 * {@link Outcome#ERROR} if it throws.
	 * @param <T> the wait's result
	 * @param context what is waited for
	 * @param wait the wait, which polls with {@link #poll(Duration, Supplier)}
	 * @return the wait's result
	 */
	public <T> T observe(OperationAwaitObservationContext context, Supplier<T> wait) {
		Observation observation = OperationAwaitObservationDocumentation.OPERATION_AWAIT
			.observation(null, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
			.start();
		try (Observation.Scope scope = observation.openScope()) {
			T result = wait.get();
			context.setOutcome(Outcome.SUCCEEDED);
			return result;
		}
		catch (RuntimeException | Error ex) {
			if (context.getOutcome() == null) {
				context.setOutcome(Outcome.ERROR);
			}
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	private static <T> Optional<T> askOnce(Supplier<Optional<T>> question) {
		try {
			return question.get();
		}
		catch (CrateCloudTransportException | CrateCloudServerException | CrateCloudRateLimitedException ex) {
			// The work goes on server-side whether or not one poll got through.
			return Optional.empty();
		}
	}

	private static void sleep(long nanos) {
		try {
			Thread.sleep(Duration.ofNanos(nanos).toMillis(), (int) (nanos % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CrateCloudInterruptedException("Interrupted while waiting for CrateDB Cloud", ex);
		}
	}

}
