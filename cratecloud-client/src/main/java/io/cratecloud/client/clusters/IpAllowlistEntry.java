package io.cratecloud.client.clusters;

import org.jspecify.annotations.Nullable;

/**
 * A range of IP addresses allowed to connect to a cluster.
 *
 * @param cidr the range, such as {@code 203.0.113.0/24}
 * @param description what the range is for
 */
public record IpAllowlistEntry(String cidr, @Nullable String description) {
}
