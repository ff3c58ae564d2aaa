package io.cratecloud.client.internal;

/**
 * The body that hands in a token the service sent by e-mail. {@link #toString()} never
 * prints it.
 *
 * @param token the token
 */
record ConfirmationToken(String token) {

	@Override
	public String toString() {
		return "ConfirmationToken[token=******]";
	}

}
