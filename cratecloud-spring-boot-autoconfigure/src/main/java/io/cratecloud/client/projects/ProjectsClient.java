package io.cratecloud.client.projects;

import io.cratecloud.client.http.CrateCloudTransport;

/**
 * Projects of CrateDB Cloud.
 */
public final class ProjectsClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public ProjectsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

}
