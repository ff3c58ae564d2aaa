package io.cratecloud.client.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudInterruptedException;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationProgressListener;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.observation.DefaultOperationAwaitObservationConvention;
import io.cratecloud.client.observation.OperationAwaitObservationContext;
import io.cratecloud.client.observation.OperationAwaitObservationContext.Outcome;
import io.cratecloud.client.observation.OperationAwaitObservationConvention;
import io.cratecloud.client.observation.OperationAwaitObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The one way the client waits for background work: it looks at the work at once, then
 * every poll interval until the work has ended or the timeout expires, tells the listener of
 * each change it sees, and observes the whole wait as {@code cratecloud.operation.await}. It
 * is also the one place that decides the wait's outcome.
 */
public final class Waiter {

	private static final OperationAwaitObservationConvention DEFAULT_CONVENTION =
			new DefaultOperationAwaitObservationConvention();

	private final Duration interval;

	private final ObservationRegistry observationRegistry;

	private final @Nullable OperationAwaitObservationConvention customConvention;

	/**
	 * Create a waiter.
	 * @param interval how long to wait between two looks
	 * @param observationRegistry the registry to observe waits with
	 * @param customConvention the convention to observe waits with instead of the default
	 * one, if any
	 */
	public Waiter(Duration interval, ObservationRegistry observationRegistry,
			@Nullable OperationAwaitObservationConvention customConvention) {
		this.interval = Arguments.positive(interval, "interval");
		this.observationRegistry = Arguments.required(observationRegistry, "observationRegistry");
		this.customConvention = customConvention;
	}

	/**
	 * How long the waiter waits between two looks.
	 * @return the poll interval
	 */
	public Duration interval() {
		return this.interval;
	}

	<T> T await(DefaultPendingOperation<T> pending, Duration timeout, OperationProgressListener listener) {
		Arguments.notNegative(timeout, "timeout");
		Arguments.required(listener, "listener");
		OperationAwaitObservationContext context = new OperationAwaitObservationContext(pending.kind().value(),
				pending.clusterId(), pending.kind().isDataJob() ? pending.id() : null);
		return observe(context, () -> poll(pending, timeout, listener));
	}

	private <T> T observe(OperationAwaitObservationContext context, Supplier<T> wait) {
		Observation observation = OperationAwaitObservationDocumentation.OPERATION_AWAIT
			.observation(this.customConvention, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
			.start();
		try (Observation.Scope scope = observation.openScope()) {
			T result = wait.get();
			context.setOutcome(Outcome.SUCCEEDED);
			return result;
		}
		catch (CrateCloudOperationFailedException ex) {
			context.setOutcome(Outcome.FAILED);
			observation.error(ex);
			throw ex;
		}
		catch (CrateCloudOperationTimeoutException ex) {
			context.setOutcome(Outcome.TIMEOUT);
			observation.error(ex);
			throw ex;
		}
		catch (RuntimeException | Error ex) {
			context.setOutcome(Outcome.ERROR);
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	private <T> T poll(DefaultPendingOperation<T> pending, Duration timeout, OperationProgressListener listener) {
		long deadline = System.nanoTime() + timeout.toNanos();
		ProgressTracker tracker = new ProgressTracker(listener);
		while (true) {
			Sighting<T> sighting = lookOnce(pending, deadline);
			if (sighting != null) {
				OperationProgress progress = sighting.progress();
				pending.learn(progress);
				tracker.seen(progress);
				if (OperationStatus.SUCCEEDED.equals(progress.status())) {
					return sighting.result();
				}
				if (OperationStatus.FAILED.equals(progress.status())) {
					throw new CrateCloudOperationFailedException(pending.subject() + " ended " + progress.describe()
							+ " (" + pending.pollCall() + ")", pending.pollCall(), progress);
				}
				// Any other status, known or not, is not an end: the work is followed until the timeout.
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				OperationProgress last = tracker.last();
				throw new CrateCloudOperationTimeoutException(pending.subject() + " had not ended after " + timeout
						+ " (" + ((last != null) ? "last seen " + last.describe() : pending.notSeenYet())
						+ "). It goes on server-side: " + pending.howToFollow(), pending.pollCall(), pending.kind(),
						pending.clusterId(), pending.id(), pending.token(), last, timeout);
			}
			sleep(Math.min(remaining, this.interval.toNanos()), pending);
		}
	}

	private static <T> @Nullable Sighting<T> lookOnce(DefaultPendingOperation<T> pending, long deadline) {
		try {
			// No call of a look, nor a retry of one, may outlast the wait.
			return Deadlines.within(deadline, () -> pending.probe().look());
		}
		catch (CrateCloudTransportException | CrateCloudServerException | CrateCloudRateLimitedException ex) {
			// The work goes on server-side whether or not one look got through.
			return null;
		}
	}

	private static void sleep(long nanos, DefaultPendingOperation<?> pending) {
		try {
			Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CrateCloudInterruptedException("Interrupted while waiting for " + pending.subject()
					+ ". It goes on server-side: " + pending.howToFollow(), pending.pollCall(), ex);
		}
	}

	/**
	 * Tells the listener of each progress that differs from the one before.
	 */
	private static final class ProgressTracker {

		private final OperationProgressListener listener;

		private @Nullable OperationProgress last;

		ProgressTracker(OperationProgressListener listener) {
			this.listener = listener;
		}

		void seen(OperationProgress progress) {
			OperationProgress previous = this.last;
			this.last = progress;
			if (previous == null || !Objects.equals(previous.status(), progress.status())
					|| !Objects.equals(previous.message(), progress.message())
					|| !Objects.equals(previous.percent(), progress.percent())
					|| !Objects.equals(previous.records(), progress.records())) {
				this.listener.onProgress(progress);
			}
		}

		@Nullable OperationProgress last() {
			return this.last;
		}

	}

}
