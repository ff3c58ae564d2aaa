package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * No usable response arrived: the connection failed, was reset, or a timeout expired.
 */
public class CrateCloudTransportException extends CrateCloudException {

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param statusCode the HTTP status, or {@code 0} when no response arrived
	 * @param serverMessage the server's {@code message}, if any
	 * @param cause the cause, if any
	 */
	public CrateCloudTransportException(String message, ApiCall call, int statusCode, @Nullable String serverMessage, @Nullable Throwable cause) {
		super(message, call, statusCode, serverMessage, cause);
	}

}
