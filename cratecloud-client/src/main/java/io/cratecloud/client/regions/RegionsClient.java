package io.cratecloud.client.regions;

import java.util.List;

import io.cratecloud.client.projects.BackupLocationRequest;

/**
 * Regions of CrateDB Cloud, which clusters are deployed to, and edge regions, which an
 * organization runs on its own infrastructure. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#regions()}.
 */
public interface RegionsClient {

	/**
	 * Every region the current user can see: {@code GET /api/v2/regions/}.
	 * @return the regions
	 */
	List<Region> list();

	/**
	 * The regions of an organization, its edge regions included:
	 * {@code GET /api/v2/organizations/{organization_id}/regions/}. The document describes
	 * {@code GET /api/v2/regions/?organization_id=} the same way; this client asks the
	 * organization's own list, which names the organization in its path.
	 * @param organizationId the organization's id
	 * @return the regions
	 */
	List<Region> list(String organizationId);

	/**
	 * Create an edge region: {@code POST /api/v2/regions/}. Install it with a token from
	 * {@link #getInstallToken(String)}.
	 * @param request the new region
	 * @return the region created, with the name the service gave it
	 */
	Region create(RegionCreateRequest request);

	/**
	 * Delete an edge region: {@code DELETE /api/v2/regions/{region_name}/}. The service
	 * refuses while the region is still connected or has projects or clusters.
	 * @param regionName the edge region's name
	 */
	void delete(String regionName);

	/**
	 * A new token to install an edge region:
	 * {@code GET /api/v2/regions/{region_name}/install-token/}.
	 * @param regionName the edge region's name
	 * @return the token
	 */
	InstallToken getInstallToken(String regionName);

	/**
	 * Check that an edge region can write backups to a custom location, before a project
	 * uses it: {@code POST /api/v2/regions/{region_name}/verify-backup-location/}.
	 * @param regionName the edge region's name
	 * @param backupLocation the backup location to check, with its credentials
	 * @return what the check found
	 */
	BackupLocationVerification verifyBackupLocation(String regionName, BackupLocationRequest backupLocation);

}
