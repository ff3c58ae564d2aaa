package io.cratecloud.client.internal;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.cratecloud.client.observation.DefaultRetryObservationConvention;
import io.cratecloud.client.observation.RetryObservationContext;
import io.cratecloud.client.observation.RetryObservationConvention;
import io.cratecloud.client.observation.RetryObservationDocumentation;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;
import org.springframework.http.HttpMethod;

/**
 * A {@link RetryListener} that observes each retry of one request as
 * {@link RetryObservationDocumentation#CLIENT_RETRIES cratecloud.client.retries}: the
 * observation starts when the back-off has ended and stops when the retried attempt has
 * ended, with the attempt's observation in its scope, so the retried request's
 * {@code http.client.requests} span is its child.
 * <p>
 * A retry is an observation rather than an event of one: an event needs an observation in
 * progress to belong to, and the failed attempt's has already stopped when the retry is
 * decided. Its own observation also carries the reason as a tag, which an event cannot.
 * <p>
 * Not thread-safe: create one for each call, as {@link org.springframework.core.retry.RetryTemplate}
 * runs its attempts one after the other on the calling thread.
 */
public final class RetryObservationListener implements RetryListener {

	private static final RetryObservationConvention DEFAULT_CONVENTION = new DefaultRetryObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable RetryObservationConvention customConvention;

	private final HttpMethod method;

	private final String pathTemplate;

	private @Nullable RetryObservationContext context;

	private @Nullable Observation retry;

	private Observation.@Nullable Scope scope;

	/**
	 * Create a listener for the retries of one request.
	 * @param registry the registry to observe retries with
	 * @param customConvention the convention to use instead of the default one, if any
	 * @param method the request's HTTP method
	 * @param pathTemplate the request's path template
	 */
	public RetryObservationListener(ObservationRegistry registry, @Nullable RetryObservationConvention customConvention,
			HttpMethod method, String pathTemplate) {
		this.registry = registry;
		this.customConvention = customConvention;
		this.method = method;
		this.pathTemplate = pathTemplate;
	}

	@Override
	public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable, RetryState retryState) {
		RetryObservationContext context = new RetryObservationContext(this.method, this.pathTemplate,
				retryState.getLastException(), retryState.getRetryCount());
		Observation observation = RetryObservationDocumentation.CLIENT_RETRIES
			.observation(this.customConvention, DEFAULT_CONVENTION, () -> context, this.registry)
			.start();
		this.context = context;
		this.retry = observation;
		this.scope = observation.openScope();
	}

	@Override
	public void onRetrySuccess(RetryPolicy retryPolicy, Retryable<?> retryable, @Nullable Object result) {
		stop(RetryObservationContext.Outcome.SUCCESS, null);
	}

	@Override
	public void onRetryFailure(RetryPolicy retryPolicy, Retryable<?> retryable, Throwable throwable) {
		stop(RetryObservationContext.Outcome.FAILURE, throwable);
	}

	private void stop(RetryObservationContext.Outcome outcome, @Nullable Throwable failure) {
		RetryObservationContext context = this.context;
		Observation observation = this.retry;
		Observation.Scope openScope = this.scope;
		this.context = null;
		this.retry = null;
		this.scope = null;
		if (context == null || observation == null || openScope == null) {
			return;
		}
		openScope.close();
		context.setOutcome(outcome);
		if (failure != null) {
			observation.error(failure);
		}
		observation.stop();
	}

}
