package io.cratecloud.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for the {@link OperationAwaitObservationContext await}
 * of CrateDB Cloud work. Declare one as a
 * {@link io.micrometer.observation.GlobalObservationConvention} on the
 * {@link io.micrometer.observation.ObservationRegistry} to replace
 * {@link DefaultOperationAwaitObservationConvention}.
 */
public interface OperationAwaitObservationConvention extends ObservationConvention<OperationAwaitObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof OperationAwaitObservationContext;
	}

}
