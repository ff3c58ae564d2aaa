package io.cratecloud.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The service refused the request's content (HTTP 400 or 422). The body's {@code errors}
 * object, which names the fields it refused, is available from {@link #getErrors()}.
 */
public class CrateCloudValidationException extends CrateCloudException {

	private final Map<String, Object> errors;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param statusCode the HTTP status
	 * @param serverMessage the server's {@code message}, if any
	 * @param errors the body's {@code errors}, by field name
	 */
	public CrateCloudValidationException(String message, ApiCall call, int statusCode, @Nullable String serverMessage,
			Map<String, Object> errors) {
		super(message, call, statusCode, serverMessage, null);
		this.errors = Map.copyOf(errors);
	}

	/**
	 * The errors the service reported, by field name.
	 * @return the errors, empty when the body named none
	 */
	public Map<String, Object> getErrors() {
		return this.errors;
	}

}
