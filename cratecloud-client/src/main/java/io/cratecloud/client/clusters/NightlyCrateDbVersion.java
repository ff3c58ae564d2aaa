package io.cratecloud.client.clusters;

import org.jspecify.annotations.Nullable;

/**
 * A nightly build of CrateDB.
 *
 * @param version the version, such as {@code 6.0.0}
 * @param major the major version number
 * @param minor the minor version number
 * @param hotfix the hotfix version number
 * @param date when the build was made, such as {@code 2026-07-10-00-02}
 */
public record NightlyCrateDbVersion(@Nullable String version, @Nullable Integer major, @Nullable Integer minor,
		@Nullable Integer hotfix, @Nullable String date) {
}
