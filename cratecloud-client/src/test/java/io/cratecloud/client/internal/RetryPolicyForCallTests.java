package io.cratecloud.client.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.RetrySettings;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyForCallTests {

	private static final ApiCall CALL = new ApiCall(HttpMethod.GET, "/api/v2/users/me/", "/api/v2/users/me/");

	private final RetrySettings settings = new RetrySettings(true, 6, Duration.ofMillis(100), 2.0,
			Duration.ofMillis(500));

	@RepeatedTest(20)
	void delaysGrowExponentiallyWithJitterWithinMaxDelayAndStopAfterMaxAttempts() {
		RetryPolicyForCall policy = new RetryPolicyForCall(this.settings);
		BackOffExecution execution = policy.getBackOff().start();
		List<Long> delays = new ArrayList<>();
		long delay;
		while ((delay = execution.nextBackOff()) != BackOffExecution.STOP) {
			delays.add(delay);
		}

		assertThat(delays).hasSize(5);
		// The first delay is the initial delay, give or take half of it as jitter.
		assertThat(delays.get(0)).isBetween(50L, 150L);
		assertThat(delays).allSatisfy((each) -> assertThat(each).isBetween(0L, 500L));
		// Without jitter the fourth retry would wait 800 ms: max-delay caps it.
		assertThat(delays.get(4)).isLessThanOrEqualTo(500L).isGreaterThanOrEqualTo(250L);
	}

	@Test
	void retryAfterReplacesTheExponentialDelay() {
		RetryPolicyForCall policy = new RetryPolicyForCall(this.settings);
		BackOffExecution execution = policy.getBackOff().start();

		assertThat(policy.shouldRetry(rateLimited(Duration.ofMillis(400)))).isTrue();
		assertThat(execution.nextBackOff()).isEqualTo(400L);
		assertThat(policy.shouldRetry(serverError(503))).isTrue();
		assertThat(execution.nextBackOff()).isLessThan(400L);
	}

	@Test
	void retryAfterBeyondMaxDelayIsNotWaitedFor() {
		RetryPolicyForCall policy = new RetryPolicyForCall(this.settings);

		assertThat(policy.shouldRetry(rateLimited(Duration.ofSeconds(2)))).isFalse();
		assertThat(policy.shouldRetry(rateLimited(null))).isTrue();
	}

	@Test
	void onlyTransientFailuresAreRetried() {
		RetryPolicyForCall policy = new RetryPolicyForCall(this.settings);

		assertThat(policy.shouldRetry(serverError(502))).isTrue();
		assertThat(policy.shouldRetry(serverError(503))).isTrue();
		assertThat(policy.shouldRetry(serverError(504))).isTrue();
		assertThat(policy.shouldRetry(serverError(500))).isFalse();
		assertThat(policy.shouldRetry(new CrateCloudTransportException("reset", CALL, 0, null, null))).isTrue();
		assertThat(policy.shouldRetry(new CrateCloudNotFoundException("gone", CALL, 404, null, null))).isFalse();
		assertThat(policy.shouldRetry(new IllegalStateException())).isFalse();
	}

	private static CrateCloudRateLimitedException rateLimited(Duration retryAfter) {
		return new CrateCloudRateLimitedException("slow down", CALL, null, retryAfter);
	}

	private static CrateCloudServerException serverError(int status) {
		return new CrateCloudServerException("failed", CALL, status, null, null);
	}

}
