package io.cratecloud.client.regions;

/**
 * A token that installs CrateDB Cloud's software in an edge region.
 * {@link #toString()} never prints it.
 *
 * @param token the token
 */
public record InstallToken(String token) {

	@Override
	public String toString() {
		return "InstallToken[token=******]";
	}

}
