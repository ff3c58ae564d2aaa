package io.cratecloud.client;

/**
 * The thread was interrupted while the client waited for background work. The work goes on
 * server-side; the interrupt flag is set again.
 */
public class CrateCloudInterruptedException extends RuntimeException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param cause the interruption
	 */
	public CrateCloudInterruptedException(String message, InterruptedException cause) {
		super(message, cause);
	}

}
