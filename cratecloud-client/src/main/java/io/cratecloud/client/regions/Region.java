package io.cratecloud.client.regions;

import java.time.Instant;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A region clusters can be deployed to: one of CrateDB Cloud's own, or an edge region an
 * organization runs itself.
 *
 * @param name the region's name, such as {@code eks1.eu-west-1.aws}
 * @param description the region's display name
 * @param organizationId the id of the organization that owns an edge region
 * @param isEdgeRegion whether the region is an edge region
 * @param status whether the region is reachable
 * @param lastSeen when the region last reported in
 * @param deprecated whether the region no longer takes new clusters
 * @param upgradeAvailable whether a newer version of an edge region's software is available
 * @param dc when the region was created and last modified
 */
public record Region(@Nullable String name, @Nullable String description, @Nullable String organizationId,
		@Nullable Boolean isEdgeRegion, @Nullable RegionStatus status, @Nullable Instant lastSeen,
		@Nullable Boolean deprecated, @Nullable Boolean upgradeAvailable, @Nullable DublinCore dc) {
}
