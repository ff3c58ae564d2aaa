package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the CrateDB Cloud client throws. Each carries the {@link ApiCall}
 * that failed, the HTTP status that came back ({@code 0} when no response arrived, or when the
 * failure is not a response's, such as a change that failed server-side) and the
 * server's {@code message}, if it sent one. Messages never contain the API secret.
 */
public class CrateCloudException extends RuntimeException {

	private final ApiCall call;

	private final int statusCode;

	private final @Nullable String serverMessage;

	/**
	 * Create an exception for a call that failed.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param statusCode the HTTP status, or {@code 0} when no response arrived
	 * @param serverMessage the server's {@code message}, if any
	 * @param cause the cause, if any
	 */
	public CrateCloudException(String message, ApiCall call, int statusCode, @Nullable String serverMessage,
			@Nullable Throwable cause) {
		super(message, cause);
		this.call = call;
		this.statusCode = statusCode;
		this.serverMessage = serverMessage;
	}

	/**
	 * The call that failed.
	 * @return the call
	 */
	public ApiCall getCall() {
		return this.call;
	}

	/**
	 * The HTTP status code of the response.
	 * @return the status code, or {@code 0} when no response arrived
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * The {@code message} of the service's error body.
	 * @return the server's message, or {@code null} when the body had none
	 */
	public @Nullable String getServerMessage() {
		return this.serverMessage;
	}

}
