package io.cratecloud.benchmarks;

import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.users.CurrentUser;

/**
 * The benchmarked calls on a {@link CrateCloudClient}: the starter's bean
 * ({@link StarterClient}) or the client as a user without Spring Boot builds it
 * ({@link #withoutBoot}).
 */
public class ClientCalls implements BenchmarkedClient {

	private final CrateCloudClient client;

	ClientCalls(CrateCloudClient client) {
		this.client = client;
	}

	/**
	 * {@code CrateCloudClient.builder()} with the credentials and the base URL, everything
	 * else its defaults.
	 * @param api the server
	 * @return the calls on that client
	 */
	public static ClientCalls withoutBoot(LoopbackApi api) {
		return new ClientCalls(CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(LoopbackApi.API_KEY, LoopbackApi.API_SECRET))
			.baseUrl(api.baseUrl())
			.build());
	}

	/**
	 * The client the calls are made on.
	 * @return the client
	 */
	public CrateCloudClient client() {
		return this.client;
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
