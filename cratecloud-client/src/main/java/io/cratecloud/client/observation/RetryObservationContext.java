package io.cratecloud.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Context of a {@link RetryObservationDocumentation#CLIENT_RETRIES retry observation}: which
 * request is retried, after which failure, and, once the retried attempt has ended, how.
 */
public class RetryObservationContext extends Observation.Context {

	private final HttpMethod method;

	private final String pathTemplate;

	private final Throwable cause;

	private final int retryNumber;

	private @Nullable Outcome outcome;

	/**
	 * Create a context.
	 * @param method the HTTP method of the request
	 * @param pathTemplate the path template of the request
	 * @param cause the failure of the previous attempt, which made this retry
	 * @param retryNumber which retry this is, {@code 1} for the second attempt
	 */
	public RetryObservationContext(HttpMethod method, String pathTemplate, Throwable cause, int retryNumber) {
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.cause = cause;
		this.retryNumber = retryNumber;
	}

	/**
	 * The HTTP method of the request.
	 * @return the method
	 */
	public HttpMethod getMethod() {
		return this.method;
	}

	/**
	 * The path template of the request, such as {@code /api/v2/clusters/{cluster_id}/}.
	 * @return the path template
	 */
	public String getPathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * The failure of the previous attempt, which made this retry.
	 * @return the failure
	 */
	public Throwable getCause() {
		return this.cause;
	}

	/**
	 * Which retry this is.
	 * @return {@code 1} for the second attempt, {@code 2} for the third, ...
	 */
	public int getRetryNumber() {
		return this.retryNumber;
	}

	/**
	 * How the retried attempt ended.
	 * @return the outcome, or {@code null} while the attempt goes on
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Record how the retried attempt ended.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * How a retried attempt ended.
	 */
	public enum Outcome {

		/**
		 * The retried attempt succeeded.
		 */
		SUCCESS,

		/**
		 * The retried attempt failed too, for the same reason or another one, such as a
		 * {@code 404}; another retry may follow.
		 */
		FAILURE

	}

}
