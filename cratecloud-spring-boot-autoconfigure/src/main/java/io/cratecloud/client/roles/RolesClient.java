package io.cratecloud.client.roles;

import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Roles of CrateDB Cloud.
 */
public final class RolesClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public RolesClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

}
