package io.cratecloud.client.metadata;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.CrateDbVersions;
import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Metadata of CrateDB Cloud: versions, the caller's IP address, keys for JWTs.
 */
public final class MetadataClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public MetadataClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * The latest CrateDB version on each release channel and the API's own version:
	 * {@code GET /api/v2/meta/}.
	 * @return the metadata
	 */
	public CloudMetadata meta() {
		return this.transport.get("/api/v2/meta/").retrieve(CloudMetadata.class);
	}

	/**
	 * The CrateDB versions new clusters can run, on each release channel:
	 * {@code GET /api/v2/meta/cratedb-versions/}.
	 * @return the versions
	 */
	public CrateDbVersions crateDbVersions() {
		return this.transport.get("/api/v2/meta/cratedb-versions/").retrieve(CrateDbVersions.class);
	}

	/**
	 * The caller's IP address as CrateDB Cloud sees it: {@code GET /api/v2/meta/ip-address/}.
	 * @return the IP address
	 */
	public IpAddress ipAddress() {
		return this.transport.get("/api/v2/meta/ip-address/").retrieve(IpAddress.class);
	}

	/**
	 * The public keys that verify JSON Web Tokens CrateDB Cloud signs:
	 * {@code GET /api/v2/meta/jwk/}.
	 * @return the key set
	 */
	public JsonWebKeySet jwks() {
		return this.transport.get("/api/v2/meta/jwk/").retrieve(JsonWebKeySet.class);
	}

	/**
	 * Renew a cluster's JSON Web Token for its Grand Central services with the refresh token
	 * it came with: {@code POST /api/v2/meta/jwt/refresh/}.
	 * @param refreshToken the refresh token, {@link ClusterJwt#refresh()}
	 * @return the new token, which {@link ClusterJwt#toString()} never prints
	 */
	public ClusterJwt refreshJwt(String refreshToken) {
		Arguments.text(refreshToken, "refresh_token");
		return this.transport.post("/api/v2/meta/jwt/refresh/")
			.body(new JwtRefresh(refreshToken))
			.retrieve(ClusterJwt.class);
	}

}
