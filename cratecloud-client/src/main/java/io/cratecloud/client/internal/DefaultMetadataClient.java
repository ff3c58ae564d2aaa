package io.cratecloud.client.internal;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.CrateDbVersions;
import io.cratecloud.client.metadata.CloudMetadata;
import io.cratecloud.client.metadata.IpAddress;
import io.cratecloud.client.metadata.JsonWebKeySet;
import io.cratecloud.client.metadata.MetadataClient;

/**
 * The {@link MetadataClient} on the shared transport.
 */
public final class DefaultMetadataClient implements MetadataClient {

	private final CrateCloudTransport transport;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultMetadataClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public CloudMetadata get() {
		return this.transport.get("/api/v2/meta/").retrieve(CloudMetadata.class);
	}

	@Override
	public CrateDbVersions getCrateDbVersions() {
		return this.transport.get("/api/v2/meta/cratedb-versions/").retrieve(CrateDbVersions.class);
	}

	@Override
	public IpAddress getIpAddress() {
		return this.transport.get("/api/v2/meta/ip-address/").retrieve(IpAddress.class);
	}

	@Override
	public JsonWebKeySet getJwks() {
		return this.transport.get("/api/v2/meta/jwk/").retrieve(JsonWebKeySet.class);
	}

	@Override
	public ClusterJwt refreshJwt(String refreshToken) {
		Arguments.text(refreshToken, "refresh_token");
		return this.transport.post("/api/v2/meta/jwt/refresh/")
			.body(new JwtRefresh(refreshToken))
			.retrieve(ClusterJwt.class);
	}

}
