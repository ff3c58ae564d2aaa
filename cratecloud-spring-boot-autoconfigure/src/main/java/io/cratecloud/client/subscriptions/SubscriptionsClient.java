package io.cratecloud.client.subscriptions;

import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Subscriptions of CrateDB Cloud.
 */
public final class SubscriptionsClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public SubscriptionsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

}
