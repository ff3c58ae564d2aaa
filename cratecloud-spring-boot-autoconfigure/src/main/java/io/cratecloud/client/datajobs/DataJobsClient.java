package io.cratecloud.client.datajobs;

import io.cratecloud.client.Polling;
import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Import and export jobs of clusters.
 */
public final class DataJobsClient {

	private final CrateCloudTransport transport;

	private final Polling polling;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 * @param polling how {@code await} polls for the end of a job
	 */
	public DataJobsClient(CrateCloudTransport transport, Polling polling) {
		this.transport = transport;
		this.polling = polling;
	}

}
