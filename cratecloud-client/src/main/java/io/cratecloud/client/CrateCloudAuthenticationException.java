package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * The service did not accept the API key and secret: a {@code 401}, or a redirect to the
 * console's login page, which the gateway in front of the API sends instead.
 */
public class CrateCloudAuthenticationException extends CrateCloudException {

	private final @Nullable String location;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param statusCode the HTTP status ({@code 401} or a {@code 3xx})
	 * @param serverMessage the server's {@code message}, if any
	 * @param location the {@code Location} of a redirect, if any
	 */
	public CrateCloudAuthenticationException(String message, ApiCall call, int statusCode,
			@Nullable String serverMessage, @Nullable String location) {
		super(message, call, statusCode, serverMessage, null);
		this.location = location;
	}

	/**
	 * The {@code Location} the service redirected to, for a redirect.
	 * @return the location, or {@code null} for a {@code 401}
	 */
	public @Nullable String getLocation() {
		return this.location;
	}

}
