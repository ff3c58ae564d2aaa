package io.cratecloud.client.metadata;

import org.jspecify.annotations.Nullable;

/**
 * The latest CrateDB version on each release channel.
 *
 * @param stable the latest stable version, which new clusters get by default
 * @param testing the latest testing version, for clusters on the testing channel
 * @param nightly the latest nightly build, for clusters on the nightly channel
 */
public record LatestCrateDbVersions(@Nullable String stable, @Nullable String testing, @Nullable String nightly) {
}
