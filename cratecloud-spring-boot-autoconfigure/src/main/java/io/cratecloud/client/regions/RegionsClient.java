package io.cratecloud.client.regions;

import java.util.List;

import io.cratecloud.client.http.CrateCloudTransport;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Regions of CrateDB Cloud, which clusters are deployed to, and install tokens for edge
 * regions.
 */
public final class RegionsClient {

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

}
