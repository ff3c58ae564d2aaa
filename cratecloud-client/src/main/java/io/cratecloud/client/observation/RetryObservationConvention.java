package io.cratecloud.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for {@link RetryObservationContext retries} of requests.
 * Declare one as a {@link io.micrometer.observation.GlobalObservationConvention} on the
 * {@link io.micrometer.observation.ObservationRegistry} to replace
 * {@link DefaultRetryObservationConvention}.
 */
public interface RetryObservationConvention extends ObservationConvention<RetryObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof RetryObservationContext;
	}

}
