package io.cratecloud.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documented {@link io.micrometer.common.KeyValue KeyValues} of the observations of retries:
 * one observation per retry of a request, from the moment the back-off has ended until the
 * retried attempt has an answer or has failed.
 * <p>
 * With Micrometer's meter handler this gives a {@code cratecloud.client.retries} timer whose
 * count is the number of retries, by {@code reason}; with tracing, a span that parents the
 * retried attempt's HTTP span.
 */
public enum RetryObservationDocumentation implements ObservationDocumentation {

	/**
	 * A retry of a request.
	 */
	CLIENT_RETRIES {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRetryObservationConvention.class;
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
		 * The HTTP method of the request.
		 */
		METHOD {
			@Override
			public String asString() {
				return "method";
			}
		},

		/**
		 * The path template of the request, such as {@code /api/v2/clusters/{cluster_id}/}.
		 */
		URI {
			@Override
			public String asString() {
				return "uri";
			}
		},

		/**
		 * Why the request is retried: {@code status_429}, {@code status_502},
		 * {@code status_503}, {@code status_504} (the status of the failed attempt),
		 * {@code connection} (no response: the connection failed or was reset),
		 * {@code timeout} (no response in time), or {@code other}.
		 */
		REASON {
			@Override
			public String asString() {
				return "reason";
			}
		},

		/**
		 * How the retried attempt ended: {@code SUCCESS}, {@code FAILURE} (it failed too, for
		 * any reason), or {@code UNKNOWN} while it goes on.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		}

	}

	/**
	 * Key names for spans, never for metric tags.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * Which retry of the request this is: {@code 1} for the second attempt.
		 */
		RETRY_NUMBER {
			@Override
			public String asString() {
				return "cratecloud.retry.number";
			}
		}

	}

}
