package io.cratecloud.client.metadata;

import org.jspecify.annotations.Nullable;

/**
 * The latest CrateDB versions and the version of the API itself.
 *
 * @param crateVersions the latest CrateDB version on each release channel
 * @param version the version of the API that answered
 */
public record CloudMetadata(@Nullable LatestCrateDbVersions crateVersions, @Nullable ApiVersion version) {
}
