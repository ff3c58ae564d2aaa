package io.cratecloud.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Large answers: a page of 1,000 audit events ({@code auditLogs().list(...)}) and a list of
 * 500 clusters ({@code clusters().list()}), through every {@link ClientVariant}. Run it with
 * {@code -prof gc} for the bytes allocated per call ({@code gc.alloc.rate.norm}), which
 * counts every thread of the JVM: the client's, the HTTP library's and the loopback
 * server's (which only writes prepared bytes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class Decoding {

	/** The client measured: a {@link ClientVariant#id()}. */
	@Param({ "baseline-jdk", "baseline-httpclient5", "starter-httpclient5", "starter-jdk", "starter-jetty",
			"starter-reactor-netty", "generated-jdk", "generated-httpclient5" })
	public String variant;

	private LoopbackApi api;

	private BenchmarkedClient client;

	/**
	 * Start the server and the variant's client.
	 * @throws IOException if the server cannot start
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		this.api = LoopbackApi.start(500, LoopbackApi.AuditLog.fixedPage(1000));
		this.client = ClientVariant.named(this.variant).open(this.api);
	}

	/**
	 * Stop the client and the server.
	 * @throws IOException if the client cannot be closed
	 */
	@TearDown(Level.Trial)
	public void stop() throws IOException {
		this.client.close();
		this.api.close();
	}

	/**
	 * {@code GET /api/v2/organizations/{organization_id}/auditlogs/}, 1,000 events.
	 * @return the events
	 */
	@Benchmark
	public Object auditLogPage() {
		return this.client.auditLogPage();
	}

	/**
	 * {@code GET /api/v2/clusters/}, 500 clusters.
	 * @return the clusters
	 */
	@Benchmark
	public Object clustersList() {
		return this.client.clustersList();
	}

}
