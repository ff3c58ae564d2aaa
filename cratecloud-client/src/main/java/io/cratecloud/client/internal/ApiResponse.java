package io.cratecloud.client.internal;

/**
 * A response body together with its status, for the operations whose status says more than
 * their body, such as {@code 201} (added) against {@code 200} (changed).
 *
 * @param <T> the body's type
 * @param statusCode the HTTP status code
 * @param body the body
 */
public record ApiResponse<T>(int statusCode, T body) {
}
