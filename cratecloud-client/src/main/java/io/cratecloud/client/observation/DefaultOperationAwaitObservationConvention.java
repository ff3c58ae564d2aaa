package io.cratecloud.client.observation;

import java.util.Locale;

import io.cratecloud.client.observation.OperationAwaitObservationDocumentation.HighCardinalityKeyNames;
import io.cratecloud.client.observation.OperationAwaitObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default {@link OperationAwaitObservationConvention}: named
 * {@code cratecloud.operation.await}, tagged with the {@code operation} and the
 * {@code outcome}, with the cluster's and job's ids for spans only.
 */
public class DefaultOperationAwaitObservationConvention implements OperationAwaitObservationConvention {

	/**
	 * The default name of the observation.
	 */
	public static final String DEFAULT_NAME = "cratecloud.operation.await";

	private static final KeyValue OUTCOME_UNKNOWN = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "UNKNOWN");

	private static final KeyValue JOB_ID_NONE = KeyValue.of(HighCardinalityKeyNames.JOB_ID, KeyValue.NONE_VALUE);

	private final String name;

	/**
	 * Create a convention with the {@link #DEFAULT_NAME default name}.
	 */
	public DefaultOperationAwaitObservationConvention() {
		this(DEFAULT_NAME);
	}

	/**
	 * Create a convention with a custom name.
	 * @param name the name of the observation
	 */
	public DefaultOperationAwaitObservationConvention(String name) {
		this.name = name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(OperationAwaitObservationContext context) {
		return "cratecloud await " + context.getOperation().toLowerCase(Locale.ROOT);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(OperationAwaitObservationContext context) {
		return KeyValues.of(operation(context), outcome(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(OperationAwaitObservationContext context) {
		return KeyValues.of(clusterId(context), jobId(context));
	}

	/**
	 * The {@code operation} key value.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue operation(OperationAwaitObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.OPERATION, context.getOperation());
	}

	/**
	 * The {@code outcome} key value, {@code UNKNOWN} while the wait goes on.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue outcome(OperationAwaitObservationContext context) {
		OperationAwaitObservationContext.Outcome outcome = context.getOutcome();
		return (outcome != null) ? KeyValue.of(LowCardinalityKeyNames.OUTCOME, outcome.name()) : OUTCOME_UNKNOWN;
	}

	/**
	 * The {@code cratecloud.cluster.id} key value.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue clusterId(OperationAwaitObservationContext context) {
		return KeyValue.of(HighCardinalityKeyNames.CLUSTER_ID, context.getClusterId());
	}

	/**
	 * The {@code cratecloud.job.id} key value, {@code none} for a cluster.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue jobId(OperationAwaitObservationContext context) {
		String jobId = context.getJobId();
		return (jobId != null) ? KeyValue.of(HighCardinalityKeyNames.JOB_ID, jobId) : JOB_ID_NONE;
	}

}
