package io.cratecloud.client;

/**
 * Background work that was awaited ended in {@link OperationStatus#FAILED}: a cluster change
 * or a data job. The message carries the service's reason; the {@link #getCall() call} is the
 * poll that saw the failure.
 */
public class CrateCloudOperationFailedException extends CrateCloudException {

	private final OperationProgress progress;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the poll that saw the failure
	 * @param progress the work as that poll saw it
	 */
	public CrateCloudOperationFailedException(String message, ApiCall call, OperationProgress progress) {
		super(message, call, 0, progress.message(), null);
		this.progress = progress;
	}

	/**
	 * The failed work as the last poll saw it: its kind, cluster, id, status and the
	 * service's message.
	 * @return the progress
	 */
	public OperationProgress getProgress() {
		return this.progress;
	}

}
