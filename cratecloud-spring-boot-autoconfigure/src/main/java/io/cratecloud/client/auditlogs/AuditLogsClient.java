package io.cratecloud.client.auditlogs;

import io.cratecloud.client.http.CrateCloudTransport;

/**
 * AuditLogs of CrateDB Cloud.
 */
public final class AuditLogsClient {

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public AuditLogsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

}
