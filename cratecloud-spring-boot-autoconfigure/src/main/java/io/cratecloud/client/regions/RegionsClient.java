package io.cratecloud.client.regions;

import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Regions of CrateDB Cloud.
 */
public final class RegionsClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public RegionsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

}
