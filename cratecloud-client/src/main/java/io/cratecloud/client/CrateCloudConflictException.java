package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * The request conflicts with the resource's current state (HTTP 409).
 */
public class CrateCloudConflictException extends CrateCloudException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param statusCode the HTTP status, or {@code 0} when no response arrived
	 * @param serverMessage the server's {@code message}, if any
	 * @param cause the cause, if any
	 */
	public CrateCloudConflictException(String message, ApiCall call, int statusCode, @Nullable String serverMessage, @Nullable Throwable cause) {
		super(message, call, statusCode, serverMessage, cause);
	}

}
