package io.cratecloud.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.util.Assert;

/**
 * Waits for background work by asking again at a fixed interval until an answer arrives or
 * a timeout expires. Shared by every {@code await} of the client: cluster changes,
 * deletions and data jobs.
 */
public final class Polling {

	private final Duration interval;

	/**
	 * Create a poller.
	 * @param interval how long to wait between two questions
	 */
	public Polling(Duration interval) {
		Assert.isTrue(!interval.isNegative() && !interval.isZero(), "interval must be positive");
		this.interval = interval;
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
