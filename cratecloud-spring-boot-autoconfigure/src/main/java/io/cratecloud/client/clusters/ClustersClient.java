package io.cratecloud.client.clusters;

import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Clusters of CrateDB Cloud.
 */
public final class ClustersClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public ClustersClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

}
