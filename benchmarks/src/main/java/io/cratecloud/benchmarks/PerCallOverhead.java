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
 * The cost of one call, against the {@link LoopbackApi}: a list of 50 clusters
 * ({@code clusters().list()}) and the current user ({@code users().me()}), through every
 * {@link ClientVariant}: the hand-written baselines on the JDK client and on HttpClient 5,
 * the starter on each HTTP library Boot supports, and the client openapi-generator
 * generates. Each fork creates only its own variant's client. The {@link Benchmarks}
 * launcher prints every variant's ratio to both baselines.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class PerCallOverhead {

	/** The client measured: a {@link ClientVariant#id()}. */
	@Param({ "baseline-jdk", "baseline-httpclient5", "client-httpclient5", "starter-httpclient5",
			"starter-httpclient5-observed", "starter-jdk", "starter-jetty", "starter-reactor-netty", "generated-jdk",
			"generated-httpclient5" })
	public String variant;

	private LoopbackApi api;

	private BenchmarkedClient client;

	/**
	 * Start the server and the variant's client.
	 * @throws IOException if the server cannot start
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		this.api = LoopbackApi.start(50, LoopbackApi.AuditLog.fixedPage(0));
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
	 * {@code GET /api/v2/clusters/}, 50 clusters.
	 * @return the clusters
	 */
	@Benchmark
	public Object clustersList() {
		return this.client.clustersList();
	}

	/**
	 * {@code GET /api/v2/users/me/}.
	 * @return the current user
	 */
	@Benchmark
	public Object usersMe() {
		return this.client.usersMe();
	}

}
