package io.cratecloud.client.metadata;

import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.CrateDbVersions;

/**
 * Metadata of CrateDB Cloud: versions, the caller's IP address, keys for JWTs. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#metadata()}.
 */
public interface MetadataClient {

	/**
	 * The latest CrateDB version on each release channel and the API's own version:
	 * {@code GET /api/v2/meta/}.
	 * @return the metadata
	 */
	CloudMetadata get();

	/**
	 * The CrateDB versions new clusters can run, on each release channel:
	 * {@code GET /api/v2/meta/cratedb-versions/}.
	 * @return the versions
	 */
	CrateDbVersions getCrateDbVersions();

	/**
	 * The caller's IP address as CrateDB Cloud sees it: {@code GET /api/v2/meta/ip-address/}.
	 * @return the IP address
	 */
	IpAddress getIpAddress();

	/**
	 * The public keys that verify JSON Web Tokens CrateDB Cloud signs:
	 * {@code GET /api/v2/meta/jwk/}.
	 * @return the key set
	 */
	JsonWebKeySet getJwks();

	/**
	 * Renew a cluster's JSON Web Token for its Grand Central services with the refresh token
	 * it came with: {@code POST /api/v2/meta/jwt/refresh/}.
	 * @param refreshToken the refresh token, {@link ClusterJwt#refresh()}
	 * @return the new token, which {@link ClusterJwt#toString()} never prints
	 */
	ClusterJwt refreshJwt(String refreshToken);

}
