package io.cratecloud.client.clusters;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;

/**
 * A cluster change ended in {@code FAILED}. The message carries the region's feedback
 * message.
 */
public class ClusterChangeFailedException extends CrateCloudException {

	private final ClusterOperation operation;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that reported the failure
	 * @param operation the failed operation
	 */
	public ClusterChangeFailedException(String message, ApiCall call, ClusterOperation operation) {
		super(message, call, 0, operation.feedbackMessage(), null);
		this.operation = operation;
	}

	/**
	 * The operation that failed, with its feedback data.
	 * @return the operation
	 */
	public ClusterOperation getOperation() {
		return this.operation;
	}

}
