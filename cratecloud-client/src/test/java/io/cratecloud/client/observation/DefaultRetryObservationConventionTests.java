package io.cratecloud.client.observation;

import java.time.Duration;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;
import io.micrometer.common.KeyValue;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DefaultRetryObservationConvention}: the tags of a retry, above all its
 * reason.
 */
class DefaultRetryObservationConventionTests {

	private static final String TEMPLATE = "/api/v2/clusters/{cluster_id}/";

	private static final ApiCall CALL = new ApiCall(HttpMethod.GET, TEMPLATE,
			"/api/v2/clusters/8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37/");

	private final DefaultRetryObservationConvention convention = new DefaultRetryObservationConvention();

	@Test
	void theReasonNamesTheStatusOfTheFailedAttempt() {
		assertThat(reason(new CrateCloudServerException("bad gateway", CALL, 502, null, null))).isEqualTo("status_502");
		assertThat(reason(new CrateCloudServerException("unavailable", CALL, 503, null, null)))
			.isEqualTo("status_503");
		assertThat(reason(new CrateCloudRateLimitedException("slow down", CALL, null, Duration.ofSeconds(1))))
			.isEqualTo("status_429");
	}

	@Test
	void theReasonOfAnAttemptWithoutResponseTellsTimeoutsFromConnectionFailures() {
		assertThat(reason(new CrateCloudTimeoutException("timed out", CALL, null))).isEqualTo("timeout");
		assertThat(reason(new CrateCloudTransportException("reset", CALL, 0, null, null))).isEqualTo("connection");
		assertThat(reason(new IllegalStateException("unexpected"))).isEqualTo("other");
	}

	@Test
	void theUriIsTheTemplateAndTheOutcomeIsUnknownUntilTheAttemptHasEnded() {
		RetryObservationContext context = new RetryObservationContext(HttpMethod.PUT, TEMPLATE,
				new CrateCloudTransportException("reset", CALL, 0, null, null), 2);

		assertThat(this.convention.getName()).isEqualTo("cratecloud.client.retries");
		assertThat(this.convention.getLowCardinalityKeyValues(context)).containsExactly(KeyValue.of("method", "PUT"),
				KeyValue.of("outcome", "UNKNOWN"), KeyValue.of("reason", "connection"), KeyValue.of("uri", TEMPLATE));
		assertThat(this.convention.getHighCardinalityKeyValues(context))
			.containsExactly(KeyValue.of("cratecloud.retry.number", "2"));
		context.setOutcome(RetryObservationContext.Outcome.FAILURE);
		assertThat(this.convention.getLowCardinalityKeyValues(context)).contains(KeyValue.of("outcome", "FAILURE"));
	}

	private String reason(Throwable cause) {
		RetryObservationContext context = new RetryObservationContext(HttpMethod.GET, TEMPLATE, cause, 1);
		return this.convention.getLowCardinalityKeyValues(context)
			.stream()
			.filter((keyValue) -> keyValue.getKey().equals("reason"))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

}
