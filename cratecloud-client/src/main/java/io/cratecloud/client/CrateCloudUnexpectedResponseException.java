package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * A successful response whose body is not JSON or cannot be read as the expected type.
 */
public class CrateCloudUnexpectedResponseException extends CrateCloudException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param statusCode the HTTP status, or {@code 0} when no response arrived
	 * @param serverMessage the server's {@code message}, if any
	 * @param cause the cause, if any
	 */
	public CrateCloudUnexpectedResponseException(String message, ApiCall call, int statusCode, @Nullable String serverMessage, @Nullable Throwable cause) {
		super(message, call, statusCode, serverMessage, cause);
	}

}
