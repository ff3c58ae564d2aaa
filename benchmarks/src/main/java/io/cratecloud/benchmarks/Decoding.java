package io.cratecloud.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.clusters.Cluster;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Large answers: a page of 1,000 audit events ({@code auditLogs().list(...)}) and a list of
 * 500 clusters ({@code clusters().list()}), through the starter and by hand. Run it with
 * {@code -prof gc} for the bytes allocated per call ({@code gc.alloc.rate.norm}), which
 * counts every thread of the JVM: the client's, the JDK HTTP client's and the loopback
 * server's (which only writes prepared bytes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class Decoding {

	private LoopbackApi api;

	private CrateCloudClient starter;

	private BaselineClient baseline;

	/**
	 * Start the server and both clients.
	 * @throws IOException if the server cannot start
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		this.api = LoopbackApi.start(500, LoopbackApi.AuditLog.fixedPage(1000));
		this.starter = CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(LoopbackApi.API_KEY, LoopbackApi.API_SECRET))
			.baseUrl(this.api.baseUrl())
			.build();
		this.baseline = new BaselineClient(this.api.baseUrl(), LoopbackApi.API_KEY, LoopbackApi.API_SECRET);
	}

	/**
	 * Stop the server.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		this.api.close();
	}

	/**
	 * {@code auditLogs().list(orgId, AuditLogQuery.all())}, 1,000 events.
	 * @return the events
	 */
	@Benchmark
	public List<AuditEvent> starterAuditLogPage() {
		return this.starter.auditLogs().list(ApiFixtures.ORGANIZATION_ID, AuditLogQuery.all());
	}

	/**
	 * The same request and decoding by hand.
	 * @return the events
	 */
	@Benchmark
	public List<AuditEvent> baselineAuditLogPage() {
		return this.baseline.auditLogPage();
	}

	/**
	 * {@code clusters().list()}, 500 clusters.
	 * @return the clusters
	 */
	@Benchmark
	public List<Cluster> starterClustersList() {
		return this.starter.clusters().list();
	}

	/**
	 * The same request and decoding by hand.
	 * @return the clusters
	 */
	@Benchmark
	public List<Cluster> baselineClustersList() {
		return this.baseline.clusters();
	}

}
