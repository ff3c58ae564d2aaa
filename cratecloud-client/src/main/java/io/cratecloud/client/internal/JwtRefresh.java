package io.cratecloud.client.internal;

/**
 * The body that renews a JSON Web Token. {@link #toString()} never prints the token.
 *
 * @param refreshToken the refresh token
 */
record JwtRefresh(String refreshToken) {

	@Override
	public String toString() {
		return "JwtRefresh[refreshToken=******]";
	}

}
