package io.cratecloud.client.organizations;

import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Organizations of CrateDB Cloud.
 */
public final class OrganizationsClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public OrganizationsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

}
