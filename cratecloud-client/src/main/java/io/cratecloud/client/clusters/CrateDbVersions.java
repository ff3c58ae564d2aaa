package io.cratecloud.client.clusters;

import org.jspecify.annotations.Nullable;

/**
 * CrateDB versions by release channel: those a cluster can be upgraded to directly, or those
 * CrateDB Cloud offers.
 *
 * @param crateVersions the version offered on each release channel
 */
public record CrateDbVersions(@Nullable CrateDbChannels crateVersions) {
}
