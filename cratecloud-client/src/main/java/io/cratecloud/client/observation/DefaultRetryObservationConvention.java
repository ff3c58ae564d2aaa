package io.cratecloud.client.observation;

import java.util.Locale;

import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.observation.RetryObservationDocumentation.HighCardinalityKeyNames;
import io.cratecloud.client.observation.RetryObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default {@link RetryObservationConvention}: named {@code cratecloud.client.retries},
 * tagged with the request's {@code method} and {@code uri} template, the {@code reason} of the
 * retry and the {@code outcome} of the retried attempt.
 */
public class DefaultRetryObservationConvention implements RetryObservationConvention {

	/**
	 * The default name of the observation.
	 */
	public static final String DEFAULT_NAME = "cratecloud.client.retries";

	private static final KeyValue OUTCOME_UNKNOWN = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "UNKNOWN");

	private static final KeyValue REASON_TIMEOUT = KeyValue.of(LowCardinalityKeyNames.REASON, "timeout");

	private static final KeyValue REASON_CONNECTION = KeyValue.of(LowCardinalityKeyNames.REASON, "connection");

	private static final KeyValue REASON_OTHER = KeyValue.of(LowCardinalityKeyNames.REASON, "other");

	private final String name;

	/**
	 * Create a convention with the {@link #DEFAULT_NAME default name}.
	 */
	public DefaultRetryObservationConvention() {
		this(DEFAULT_NAME);
	}

	/**
	 * Create a convention with a custom name.
	 * @param name the name of the observation
	 */
	public DefaultRetryObservationConvention(String name) {
		this.name = name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(RetryObservationContext context) {
		return "cratecloud retry " + context.getMethod().name().toLowerCase(Locale.ROOT);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RetryObservationContext context) {
		return KeyValues.of(method(context), outcome(context), reason(context), uri(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(RetryObservationContext context) {
		return KeyValues.of(retryNumber(context));
	}

	/**
	 * The {@code method} key value.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue method(RetryObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.METHOD, context.getMethod().name());
	}

	/**
	 * The {@code uri} key value: the path template, never the concrete path.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue uri(RetryObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.URI, context.getPathTemplate());
	}

	/**
	 * The {@code reason} key value, named after the failure of the previous attempt.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue reason(RetryObservationContext context) {
		Throwable cause = context.getCause();
		// Timeouts first: a timeout is a transport failure too, but one worth telling apart.
		if (cause instanceof CrateCloudTimeoutException) {
			return REASON_TIMEOUT;
		}
		if (cause instanceof CrateCloudTransportException) {
			return REASON_CONNECTION;
		}
		if (cause instanceof CrateCloudException failure && failure.getStatusCode() > 0) {
			return KeyValue.of(LowCardinalityKeyNames.REASON, "status_" + failure.getStatusCode());
		}
		return REASON_OTHER;
	}

	/**
	 * The {@code outcome} key value, {@code UNKNOWN} while the attempt goes on.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue outcome(RetryObservationContext context) {
		RetryObservationContext.Outcome outcome = context.getOutcome();
		return (outcome != null) ? KeyValue.of(LowCardinalityKeyNames.OUTCOME, outcome.name()) : OUTCOME_UNKNOWN;
	}

	/**
	 * The {@code cratecloud.retry.number} key value.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue retryNumber(RetryObservationContext context) {
		return KeyValue.of(HighCardinalityKeyNames.RETRY_NUMBER, Integer.toString(context.getRetryNumber()));
	}

}
