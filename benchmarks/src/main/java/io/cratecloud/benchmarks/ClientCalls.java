package io.cratecloud.benchmarks;

import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.benchmarks.SqlFixtures.Reading;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.sql.SqlResult;
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

	/**
	 * {@code client.clusters().sql(id).sql(SELECT_ONE).params(...).query()}: the token is
	 * fetched on the first call and kept until shortly before it expires.
	 * @return the result
	 */
	@Override
	public SqlResult sqlSelectOne() {
		return this.client.clusters()
			.sql(SqlFixtures.CLUSTER_ID)
			.sql(SqlFixtures.SELECT_ONE)
			.params(SqlFixtures.SELECT_ONE_ARGS)
			.query();
	}

	@Override
	public SqlResult sqlSelectMany() {
		return this.client.clusters()
			.sql(SqlFixtures.CLUSTER_ID)
			.sql(SqlFixtures.SELECT_MANY)
			.params(SqlFixtures.SELECT_MANY_ARGS)
			.query();
	}

	/**
	 * The 1,000-row query with {@code query(Reading.class).list()}: the client maps each row by
	 * its columns' names with Jackson.
	 * @return the readings
	 */
	@Override
	public List<Reading> sqlSelectManyMapped() {
		return this.client.clusters()
			.sql(SqlFixtures.CLUSTER_ID)
			.sql(SqlFixtures.SELECT_MANY)
			.params(SqlFixtures.SELECT_MANY_ARGS)
			.query(Reading.class)
			.list();
	}

	@Override
	public void close() {
		// The client holds nothing that outlives the JVM's end.
	}

}
