package io.cratecloud.client.metadata;

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

}
