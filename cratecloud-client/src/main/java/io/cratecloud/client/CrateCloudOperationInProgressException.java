package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * The service refused a cluster change because another one is still running on the cluster
 * ("Another cluster operation is already in progress."). Wait for the running change, then
 * try again.
 */
public class CrateCloudOperationInProgressException extends CrateCloudConflictException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that was refused
	 * @param statusCode the HTTP status
	 * @param serverMessage the server's {@code message}
	 */
	public CrateCloudOperationInProgressException(String message, ApiCall call, int statusCode,
			@Nullable String serverMessage) {
		super(message, call, statusCode, serverMessage, null);
	}

}
