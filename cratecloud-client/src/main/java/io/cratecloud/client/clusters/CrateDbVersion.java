package io.cratecloud.client.clusters;

import org.jspecify.annotations.Nullable;

/**
 * A CrateDB version of a release channel.
 *
 * @param version the version, such as {@code 5.10.3}
 * @param major the major version number
 * @param minor the minor version number
 * @param hotfix the hotfix version number
 */
public record CrateDbVersion(@Nullable String version, @Nullable Integer major, @Nullable Integer minor,
		@Nullable Integer hotfix) {
}
