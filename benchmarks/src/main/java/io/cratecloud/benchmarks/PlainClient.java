package io.cratecloud.benchmarks;

import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.users.CurrentUser;

/**
 * The client as a user without Spring Boot builds it: {@code CrateCloudClient.builder()}
 * with the credentials and the base URL, everything else its defaults.
 */
public final class PlainClient implements BenchmarkedClient {

	private final CrateCloudClient client;

	/**
	 * Build the client for the given server.
	 * @param api the server
	 */
	public PlainClient(LoopbackApi api) {
		this.client = CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(LoopbackApi.API_KEY, LoopbackApi.API_SECRET))
			.baseUrl(api.baseUrl())
			.build();
	}

	@Override
	public List<Cluster> clustersList() {
		return this.client.clusters().list();
	}

	@Override
	public CurrentUser usersMe() {
		return this.client.users().me();
	}

	@Override
	public List<AuditEvent> auditLogPage() {
		return this.client.auditLogs().list(ApiFixtures.ORGANIZATION_ID, AuditLogQuery.all());
	}

	@Override
	public void close() {
		// The client holds nothing that outlives the JVM's end.
	}

}
