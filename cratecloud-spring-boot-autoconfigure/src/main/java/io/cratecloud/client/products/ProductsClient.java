package io.cratecloud.client.products;

import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Products of CrateDB Cloud.
 */
public final class ProductsClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public ProductsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

}
