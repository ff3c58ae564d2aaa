package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * No response arrived within the configured connect or read timeout.
 */
public class CrateCloudTimeoutException extends CrateCloudTransportException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that timed out
	 * @param cause the cause, if any
	 */
	public CrateCloudTimeoutException(String message, ApiCall call, @Nullable Throwable cause) {
		super(message, call, 0, null, cause);
	}

}
