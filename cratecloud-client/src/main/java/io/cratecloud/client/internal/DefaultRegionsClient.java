package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.projects.BackupLocationRequest;
import io.cratecloud.client.regions.BackupLocationVerification;
import io.cratecloud.client.regions.InstallToken;
import io.cratecloud.client.regions.Region;
import io.cratecloud.client.regions.RegionCreateRequest;
import io.cratecloud.client.regions.RegionsClient;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link RegionsClient} on the shared transport.
 */
public final class DefaultRegionsClient implements RegionsClient {

	private static final ParameterizedTypeReference<List<Region>> REGION_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultRegionsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<Region> list() {
		return this.transport.get("/api/v2/regions/").retrieve(REGION_LIST);
	}

	@Override
	public List<Region> list(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/regions/")
			.pathVariable("organization_id", organizationId)
			.retrieve(REGION_LIST);
	}

	@Override
	public Region create(RegionCreateRequest request) {
		Arguments.required(request, "request");
		Arguments.uuid(request.organizationId(), "organization_id");
		Arguments.length(request.description(), "description", 0, 512);
		if (request.provider() != null) {
			Arguments.words(request.provider(), "provider");
		}
		if (request.awsBucket() != null) {
			Arguments.length(request.awsBucket(), "aws_bucket", 1, 512);
		}
		if (request.awsRegion() != null) {
			Arguments.wordsAndDots(request.awsRegion(), "aws_region");
		}
		return this.transport.post("/api/v2/regions/").body(request).retrieve(Region.class);
	}

	@Override
	public void delete(String regionName) {
		this.transport.delete("/api/v2/regions/{region_name}/").pathVariable("region_name", regionName).execute();
	}

	@Override
	public InstallToken getInstallToken(String regionName) {
		return this.transport.get("/api/v2/regions/{region_name}/install-token/")
			.pathVariable("region_name", regionName)
			.retrieve(InstallToken.class);
	}

	@Override
	public BackupLocationVerification verifyBackupLocation(String regionName, BackupLocationRequest backupLocation) {
		Arguments.required(backupLocation, "backup_location");
		return this.transport.post("/api/v2/regions/{region_name}/verify-backup-location/")
			.pathVariable("region_name", regionName)
			.body(backupLocation)
			.retrieve(BackupLocationVerification.class);
	}

}
