package io.cratecloud.client;

import java.time.Duration;


/**
 * How idempotent requests ({@code GET}, {@code PUT}, {@code DELETE}) are retried after a
 * connection failure, a {@code 429} or a {@code 502}, {@code 503} or {@code 504}. {@code POST}
 * and {@code PATCH} are never retried. Start from {@link #defaults()} or {@link #builder()}.
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

	/** The default number of attempts, the first one included. */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	/** The default delay before the first retry. */
	public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMillis(500);

	/** The default factor applied to the delay after each retry. */
	public static final double DEFAULT_MULTIPLIER = 2.0;

	/** The default longest delay between two attempts. */
	public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(10);

	/**
	 * Check that the settings make sense.
	 * @param enabled whether failed idempotent requests are retried at all
	 * @param maxAttempts the number of attempts, the first one included; at least 1
	 * @param initialDelay the delay before the first retry; not negative
	 * @param multiplier the factor applied to the delay after each retry; at least 1
	 * @param maxDelay the longest delay between two attempts; not shorter than
	 * {@code initialDelay}
	 * @throws IllegalArgumentException naming the first setting that does not
	 */
	public RetrySettings {
		Arguments.between(maxAttempts, "maxAttempts", 1, Integer.MAX_VALUE);
		Arguments.notNegative(initialDelay, "initialDelay");
		Arguments.check(multiplier >= 1, "multiplier", "at least 1, not " + multiplier);
		Arguments.required(maxDelay, "maxDelay");
		Arguments.check(maxDelay.compareTo(initialDelay) >= 0, "maxDelay",
				"at least initialDelay (" + initialDelay + "), not " + maxDelay);
	}

	/**
	 * Three attempts, 500 ms apart at first, doubling up to 10 s.
	 * @return the default settings
	 */
	public static RetrySettings defaults() {
		return new RetrySettings(true, DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_DELAY, DEFAULT_MULTIPLIER,
				DEFAULT_MAX_DELAY);
	}

	/**
	 * No retries: every request is made once.
	 * @return settings that disable retries
	 */
	public static RetrySettings disabled() {
		return new RetrySettings(false, 1, DEFAULT_INITIAL_DELAY, DEFAULT_MULTIPLIER, DEFAULT_MAX_DELAY);
	}

	/**
	 * Start building settings from the {@link #defaults()}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link RetrySettings}, checking each setting as it is set.
	 */
	public static final class Builder {

		private boolean enabled = true;

		private int maxAttempts = DEFAULT_MAX_ATTEMPTS;

		private Duration initialDelay = DEFAULT_INITIAL_DELAY;

		private double multiplier = DEFAULT_MULTIPLIER;

		private Duration maxDelay = DEFAULT_MAX_DELAY;

		private Builder() {
		}

		/**
		 * Set whether failed idempotent requests are retried at all; {@code true} unless set.
		 * @param enabled whether to retry
		 * @return this builder
		 */
		public Builder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * Set the number of attempts, the first one included; 3 unless set.
		 * @param maxAttempts the number of attempts, at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if it is less than 1
		 */
		public Builder maxAttempts(int maxAttempts) {
			this.maxAttempts = (int) Arguments.between(maxAttempts, "maxAttempts", 1, Integer.MAX_VALUE);
			return this;
		}

		/**
		 * Set the delay before the first retry; 500 ms unless set.
		 * @param initialDelay the delay, not negative
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null} or negative
		 */
		public Builder initialDelay(Duration initialDelay) {
			this.initialDelay = Arguments.notNegative(initialDelay, "initialDelay");
			return this;
		}

		/**
		 * Set the factor applied to the delay after each retry; 2 unless set.
		 * @param multiplier the factor, at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if it is less than 1
		 */
		public Builder multiplier(double multiplier) {
			Arguments.check(multiplier >= 1, "multiplier", "at least 1, not " + multiplier);
			this.multiplier = multiplier;
			return this;
		}

		/**
		 * Set the longest delay between two attempts; 10 s unless set. A {@code Retry-After}
		 * longer than this is not waited for: the request fails instead.
		 * @param maxDelay the delay, not negative
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null} or negative
		 */
		public Builder maxDelay(Duration maxDelay) {
			this.maxDelay = Arguments.notNegative(maxDelay, "maxDelay");
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 * @throws IllegalArgumentException if the longest delay is shorter than the initial
		 * one
		 */
		public RetrySettings build() {
			return new RetrySettings(this.enabled, this.maxAttempts, this.initialDelay, this.multiplier,
					this.maxDelay);
		}

	}

}
