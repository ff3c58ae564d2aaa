package io.cratecloud.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The service asked the client to slow down (HTTP 429).
 */
public class CrateCloudRateLimitedException extends CrateCloudException {

	private final @Nullable Duration retryAfter;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed
	 * @param serverMessage the server's {@code message}, if any
	 * @param retryAfter how long the service asked to wait, from {@code Retry-After}
	 */
	public CrateCloudRateLimitedException(String message, ApiCall call, @Nullable String serverMessage,
			@Nullable Duration retryAfter) {
		super(message, call, 429, serverMessage, null);
		this.retryAfter = retryAfter;
	}

	/**
	 * How long the service asked the client to wait before trying again.
	 * @return the wait from the {@code Retry-After} header, or {@code null} when it sent none
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

}
