package io.cratecloud.client;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a resource was created and last modified, as the API reports them in {@code dc}.
 *
 * @param created when the resource was created
 * @param modified when the resource was last modified
 */
public record DublinCore(@Nullable Instant created, @Nullable Instant modified) {
}
