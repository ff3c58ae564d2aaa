package io.cratecloud.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documented {@link io.micrometer.common.KeyValue KeyValues} of the observations of
 * {@code await}: the whole wait for a cluster change, a cluster deletion, a cluster's
 * health or a data job, from the first poll to the answer, the failure or the timeout.
 * <p>
 * With Micrometer's meter handler this gives a {@code cratecloud.operation.await} timer (and a
 * {@code cratecloud.operation.await.active} long task timer for the waits in progress); with
 * tracing, a span that parents the polls' HTTP spans.
 */
public enum OperationAwaitObservationDocumentation implements ObservationDocumentation {

	/**
	 * The wait for background work of CrateDB Cloud to end.
	 */
	OPERATION_AWAIT {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultOperationAwaitObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * Key names with a small, fixed set of values, fit for metric tags.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * What is waited for: the type of a cluster change ({@code CREATE}, {@code SCALE},
		 * {@code UPGRADE}, ...), {@code DELETE} for a cluster deletion, {@code HEALTH} for a
		 * cluster turning GREEN, {@code IMPORT} or {@code EXPORT} for a data job.
		 */
		OPERATION {
			@Override
			public String asString() {
				return "operation";
			}
		},

		/**
		 * How the wait ended: {@code SUCCEEDED}, {@code FAILED} (the work ended in failure),
		 * {@code TIMEOUT} (the work goes on server-side), {@code ERROR} (the wait itself
		 * failed, such as on a {@code 404} while polling), or {@code UNKNOWN} while it goes on.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		}

	}

	/**
	 * Key names whose values are ids: for spans, never for metric tags.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * The id of the cluster the work is done on.
		 */
		CLUSTER_ID {
			@Override
			public String asString() {
				return "cratecloud.cluster.id";
			}
		},

		/**
		 * The id of the data job waited for, or {@value io.micrometer.common.KeyValue#NONE_VALUE}
		 * for a cluster change.
		 */
		JOB_ID {
			@Override
			public String asString() {
				return "cratecloud.job.id";
			}
		}

	}

}
