package io.cratecloud.client.internal;

import java.time.Duration;

import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.sql.CrateDbSqlException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The retry policy of one call: which failures are worth another attempt, and how long to
 * wait before it. It lives for one call because the wait depends on the last failure: the
 * {@code Retry-After} of a {@code 429} replaces the exponential delay.
 */
final class RetryPolicyForCall implements RetryPolicy, BackOff {

	private final RetrySettings settings;

	private final @Nullable Long deadlineNanos;

	private @Nullable Duration retryAfter;

	RetryPolicyForCall(RetrySettings settings) {
		this(settings, null);
	}

	/**
	 * Create the policy of one call.
	 * @param settings how to retry
	 * @param deadlineNanos the deadline no retry may start after, such as a wait's, or
	 * {@code null} for none
	 */
	RetryPolicyForCall(RetrySettings settings, @Nullable Long deadlineNanos) {
		this.settings = settings;
		this.deadlineNanos = deadlineNanos;
	}

	@Override
	public boolean shouldRetry(Throwable failure) {
		this.retryAfter = null;
		if (failure instanceof CrateCloudRateLimitedException rateLimited) {
			return acceptRetryAfter(rateLimited.getRetryAfter());
		}
		if (failure instanceof CrateDbSqlException sqlError) {
			// A statement CrateDB blames (4xxx) fails again; a gateway's or an overloaded
			// cluster's refusal may pass.
			int status = sqlError.getStatusCode();
			return !sqlError.isStatementError() && (status == 502 || status == 503 || status == 504);
		}
		if (failure instanceof CrateCloudServerException serverError) {
			int status = serverError.getStatusCode();
			return status == 502 || status == 503 || status == 504;
		}
		return failure instanceof CrateCloudTransportException;
	}

	private boolean acceptRetryAfter(@Nullable Duration wait) {
		if (wait == null) {
			return true;
		}
		// Waiting longer than max-delay would hold the caller's thread for longer than
		// configured: give up and let the caller see the Retry-After instead.
		if (wait.compareTo(this.settings.maxDelay()) > 0) {
			return false;
		}
		this.retryAfter = wait;
		return true;
	}

	@Override
	public BackOff getBackOff() {
		return this;
	}

	@Override
	public BackOffExecution start() {
		ExponentialBackOff exponential = new ExponentialBackOff(this.settings.initialDelay().toMillis(),
				this.settings.multiplier());
		exponential.setMaxInterval(this.settings.maxDelay().toMillis());
		exponential.setJitter(this.settings.initialDelay().toMillis() / 2);
		exponential.setMaxAttempts(this.settings.maxAttempts() - 1);
		BackOffExecution delays = exponential.start();
		return () -> {
			long delay = delays.nextBackOff();
			if (delay == BackOffExecution.STOP) {
				return delay;
			}
			Duration wait = this.retryAfter;
			long next = (wait != null) ? wait.toMillis() : Math.min(delay, this.settings.maxDelay().toMillis());
			// A retry that could not even start before the deadline is not made at all.
			Long deadline = this.deadlineNanos;
			if (deadline != null && System.nanoTime() + next * 1_000_000 >= deadline) {
				return BackOffExecution.STOP;
			}
			return next;
		};
	}

}
