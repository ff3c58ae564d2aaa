package io.cratecloud.client.clusters;

import org.jspecify.annotations.Nullable;

/**
 * The CrateDB version offered on each release channel.
 *
 * @param stable the version of the stable channel
 * @param testing the version of the testing channel
 * @param nightly the build of the nightly channel
 */
public record CrateDbChannels(@Nullable CrateDbVersion stable, @Nullable CrateDbVersion testing,
		@Nullable NightlyCrateDbVersion nightly) {
}
