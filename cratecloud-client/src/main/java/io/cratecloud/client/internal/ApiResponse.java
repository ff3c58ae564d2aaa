package io.cratecloud.client.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A response body together with its status and date, for the operations whose status says
 * more than their body, such as {@code 201} (added) against {@code 200} (changed), and for
 * changes, whose operation the service created before it answered.
 *
 * @param <T> the body's type
 * @param statusCode the HTTP status code
 * @param body the body
 * @param date when the service answered, by its own clock ({@code Date}), or {@code null} if
 * it did not say in a form that can be read
 */
public record ApiResponse<T>(int statusCode, T body, @Nullable Instant date) {
}
