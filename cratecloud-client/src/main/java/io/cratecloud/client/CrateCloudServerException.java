package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * The service or a gateway in front of it failed (HTTP 5xx).
 */
public class CrateCloudServerException extends CrateCloudException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param statusCode the HTTP status, or {@code 0} when no response arrived
	 * @param serverMessage the server's {@code message}, if any
	 * @param cause the cause, if any
	 */
	public CrateCloudServerException(String message, ApiCall call, int statusCode, @Nullable String serverMessage, @Nullable Throwable cause) {
		super(message, call, statusCode, serverMessage, cause);
	}

}
