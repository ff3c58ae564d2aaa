package io.cratecloud.client;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How idempotent requests ({@code GET}, {@code PUT}, {@code DELETE}) are retried after a
 * connection failure, a {@code 429} or a {@code 502}, {@code 503} or {@code 504}. {@code POST}
 * and {@code PATCH} are never retried.
 *
 * @param enabled whether failed idempotent requests are retried at all
 * @param maxAttempts the number of attempts, the first one included
 * @param initialDelay the delay before the first retry
 * @param multiplier the factor applied to the delay after each retry
 * @param maxDelay the longest delay between two attempts; a {@code Retry-After} longer than
 * this is not waited for
 */
public record RetrySettings(boolean enabled, int maxAttempts, Duration initialDelay, double multiplier,
		Duration maxDelay) {

	/**
	 * Create settings, checking that they make sense.
	 * @param enabled whether failed idempotent requests are retried at all
	 * @param maxAttempts the number of attempts, the first one included; at least 1
	 * @param initialDelay the delay before the first retry
	 * @param multiplier the factor applied to the delay after each retry; at least 1
	 * @param maxDelay the longest delay between two attempts; not shorter than
	 * {@code initialDelay}
	 */
	public RetrySettings {
		Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1");
		Assert.isTrue(!initialDelay.isNegative(), "initialDelay must not be negative");
		Assert.isTrue(multiplier >= 1, "multiplier must be at least 1");
		Assert.isTrue(maxDelay.compareTo(initialDelay) >= 0, "maxDelay must not be shorter than initialDelay");
	}

	/**
	 * Three attempts, 500 ms apart at first, doubling up to 10 s.
	 * @return the default settings
	 */
	public static RetrySettings defaults() {
		return new RetrySettings(true, 3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(10));
	}

	/**
	 * No retries: every request is made once.
	 * @return settings that disable retries
	 */
	public static RetrySettings disabled() {
		RetrySettings defaults = defaults();
		return new RetrySettings(false, 1, defaults.initialDelay(), defaults.multiplier(), defaults.maxDelay());
	}

}
