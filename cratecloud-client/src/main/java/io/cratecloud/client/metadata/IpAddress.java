package io.cratecloud.client.metadata;

import org.jspecify.annotations.Nullable;

/**
 * The caller's IP address as CrateDB Cloud sees it, such as for a cluster's IP allowlist.
 *
 * @param ip the IP address
 */
public record IpAddress(@Nullable String ip) {
}
