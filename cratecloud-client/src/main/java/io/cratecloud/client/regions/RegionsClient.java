package io.cratecloud.client.regions;

import java.util.List;
import java.util.regex.Pattern;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.http.CrateCloudTransport;
import io.cratecloud.client.projects.BackupLocationCreate;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Regions of CrateDB Cloud, which clusters are deployed to, and install tokens for edge
 * regions.
 */
public final class RegionsClient {

	// The document's patterns, read as JSON Schema reads them (ECMA 262): \w is ASCII only.
	private static final Pattern PROVIDER = Pattern.compile("^\\w[\\w\\- ]*$");

	private static final Pattern AWS_REGION = Pattern.compile("^\\w[\\w\\-. ]*$");

	private static final ParameterizedTypeReference<List<Region>> REGION_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public RegionsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every region the current user can see: {@code GET /api/v2/regions/}.
	 * @return the regions
	 */
	public List<Region> list() {
		return list(null);
	}

	/**
	 * The regions the current user can see in an organization, its edge regions included:
	 * {@code GET /api/v2/regions/?organization_id=}.
	 * @param organizationId the organization's id, or {@code null} for every region
	 * @return the regions
	 */
	public List<Region> list(@Nullable String organizationId) {
		return this.transport.get("/api/v2/regions/").query("organization_id", organizationId).retrieve(REGION_LIST);
	}

	/**
	 * The regions of an organization, its edge regions included:
	 * {@code GET /api/v2/organizations/{organization_id}/regions/}.
	 * @param organizationId the organization's id
	 * @return the regions
	 */
	public List<Region> listForOrganization(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/regions/")
			.pathVariable("organization_id", organizationId)
			.retrieve(REGION_LIST);
	}

	/**
	 * A new token to install an edge region:
	 * {@code GET /api/v2/regions/{region_name}/install-token/}.
	 * @param regionName the edge region's name
	 * @return the token
	 */
	public InstallToken installToken(String regionName) {
		return this.transport.get("/api/v2/regions/{region_name}/install-token/")
			.pathVariable("region_name", regionName)
			.retrieve(InstallToken.class);
	}

	/**
	 * Create an edge region, which an organization runs on its own infrastructure:
	 * {@code POST /api/v2/regions/}. Install it with a token from
	 * {@link #installToken(String)}.
	 * @param region the new region
	 * @return the region created, with the name the service gave it
	 */
	public Region create(RegionCreate region) {
		Arguments.required(region, "region");
		Arguments.uuid(region.organizationId(), "organization_id");
		Arguments.length(region.description(), "description", 0, 512);
		if (region.provider() != null) {
			Arguments.length(region.provider(), "provider", 1, 512);
			Arguments.matches(region.provider(), "provider", PROVIDER,
					"letters, digits, underscores, hyphens and spaces, starting with a letter, digit or underscore");
		}
		if (region.awsBucket() != null) {
			Arguments.length(region.awsBucket(), "aws_bucket", 1, 512);
		}
		if (region.awsRegion() != null) {
			Arguments.length(region.awsRegion(), "aws_region", 1, 512);
			Arguments.matches(region.awsRegion(), "aws_region", AWS_REGION,
					"letters, digits, underscores, hyphens, dots and spaces, starting with a letter, digit or underscore");
		}
		return this.transport.post("/api/v2/regions/").body(region).retrieve(Region.class);
	}

	/**
	 * Delete an edge region: {@code DELETE /api/v2/regions/{region_name}/}. The service
	 * refuses while the region is still connected or has projects or clusters.
	 * @param regionName the edge region's name
	 */
	public void delete(String regionName) {
		this.transport.delete("/api/v2/regions/{region_name}/").pathVariable("region_name", regionName).execute();
	}

	/**
	 * Check that an edge region can write backups to a custom location, before a project
	 * uses it: {@code POST /api/v2/regions/{region_name}/verify-backup-location/}.
	 * @param regionName the edge region's name
	 * @param backupLocation the backup location to check
	 * @return what the check found
	 */
	public BackupLocationVerification verifyBackupLocation(String regionName, BackupLocationCreate backupLocation) {
		Arguments.required(backupLocation, "backup_location");
		Arguments.required(backupLocation.locationType(), "location_type");
		Arguments.length(backupLocation.location(), "location", 1, 512);
		Arguments.required(backupLocation.credentials(), "credentials");
		return this.transport.post("/api/v2/regions/{region_name}/verify-backup-location/")
			.pathVariable("region_name", regionName)
			.body(backupLocation)
			.retrieve(BackupLocationVerification.class);
	}

}
