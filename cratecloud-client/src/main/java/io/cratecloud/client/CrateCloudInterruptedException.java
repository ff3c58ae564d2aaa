package io.cratecloud.client;

/**
 * The thread was interrupted while the client waited for background work. The work goes on
 * server-side; the interrupt flag is set again.
 */
public class CrateCloudInterruptedException extends CrateCloudException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call the wait polled when it was interrupted
	 * @param cause the interruption
	 */
	public CrateCloudInterruptedException(String message, ApiCall call, InterruptedException cause) {
		super(message, call, 0, null, cause);
	}

}
