package io.cratecloud.client.metadata;

import org.jspecify.annotations.Nullable;

/**
 * The version of the CrateDB Cloud API.
 *
 * @param release the release, such as {@code 2026.7.2}
 * @param prerelease whether the release is a pre-release
 */
public record ApiVersion(@Nullable String release, @Nullable Boolean prerelease) {
}
