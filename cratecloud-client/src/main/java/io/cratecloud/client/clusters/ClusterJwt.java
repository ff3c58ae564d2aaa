package io.cratecloud.client.clusters;

import java.time.Instant;

/**
 * A JSON Web Token granting access to a cluster's Grand Central services.
 * {@link #toString()} never prints the tokens.
 *
 * @param token the access token
 * @param refresh the token that renews the access token
 * @param expiry when the access token expires
 */
public record ClusterJwt(String token, String refresh, Instant expiry) {

	@Override
	public String toString() {
		return "ClusterJwt[token=******, refresh=******, expiry=" + this.expiry + "]";
	}

}
