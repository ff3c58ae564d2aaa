package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * The resource asked for does not exist, or is not visible to the API key (HTTP 404).
 */
public class CrateCloudNotFoundException extends CrateCloudException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param statusCode the HTTP status, or {@code 0} when no response arrived
	 * @param serverMessage the server's {@code message}, if any
	 * @param cause the cause, if any
	 */
	public CrateCloudNotFoundException(String message, ApiCall call, int statusCode, @Nullable String serverMessage, @Nullable Throwable cause) {
		super(message, call, statusCode, serverMessage, cause);
	}

}
