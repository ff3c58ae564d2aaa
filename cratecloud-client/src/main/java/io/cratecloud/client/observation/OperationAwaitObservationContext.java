package io.cratecloud.client.observation;

import io.cratecloud.client.Arguments;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * Context of an {@link OperationAwaitObservationDocumentation#OPERATION_AWAIT await
 * observation}: what is waited for, on which cluster, and, once the wait has ended, how.
 */
public class OperationAwaitObservationContext extends Observation.Context {

	/**
	 * The {@link #getOperation() operation} of waiting until a cluster is gone.
	 */
	public static final String DELETE = "DELETE";

	/**
	 * The {@link #getOperation() operation} of waiting until a cluster's health is GREEN.
	 */
	public static final String HEALTH = "HEALTH";

	/**
	 * The {@link #getOperation() operation} of waiting for an import job.
	 */
	public static final String IMPORT = "IMPORT";

	/**
	 * The {@link #getOperation() operation} of waiting for an export job.
	 */
	public static final String EXPORT = "EXPORT";

	private final String operation;

	private final String clusterId;

	private final @Nullable String jobId;

	private @Nullable Outcome outcome;

	/**
	 * Create a context.
	 * @param operation what is waited for: a cluster change's operation type, or
	 * {@link #DELETE}, {@link #HEALTH}, {@link #IMPORT}, {@link #EXPORT}
	 * @param clusterId the id of the cluster
	 * @param jobId the id of the data job, or {@code null} if the wait is not for one
	 */
	public OperationAwaitObservationContext(String operation, String clusterId, @Nullable String jobId) {
		Arguments.text(operation, "operation");
		this.operation = operation;
		this.clusterId = clusterId;
		this.jobId = jobId;
	}

	/**
	 * What is waited for, such as {@code SCALE} or {@link #IMPORT}.
	 * @return the operation
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * The id of the cluster the work is done on.
	 * @return the cluster's id
	 */
	public String getClusterId() {
		return this.clusterId;
	}

	/**
	 * The id of the data job waited for.
	 * @return the job's id, or {@code null} if the wait is for a cluster
	 */
	public @Nullable String getJobId() {
		return this.jobId;
	}

	/**
	 * How the wait ended.
	 * @return the outcome, or {@code null} while the wait goes on
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Record how the wait ended.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * How a wait ended.
	 */
	public enum Outcome {

		/**
		 * The work succeeded.
		 */
		SUCCEEDED,

		/**
		 * The work ended in failure.
		 */
		FAILED,

		/**
		 * The wait ran out of time; the work goes on server-side.
		 */
		TIMEOUT,

		/**
		 * The wait could not tell how the work ended, such as when a poll was answered
		 * {@code 404} or the thread was interrupted.
		 */
		ERROR

	}

}
