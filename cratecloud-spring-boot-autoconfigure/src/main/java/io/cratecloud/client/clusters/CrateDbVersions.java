package io.cratecloud.client.clusters;

import org.jspecify.annotations.Nullable;

/**
 * The CrateDB versions a cluster can be upgraded to directly.
 *
 * @param crateVersions the version offered on each release channel
 */
public record CrateDbVersions(@Nullable CrateDbChannels crateVersions) {
}
