package io.cratecloud.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.users.CurrentUser;
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
 * The cost of one call through the starter's client against the same request made by hand
 * ({@link BaselineClient}), both against the {@link LoopbackApi}: a list of 50 clusters
 * ({@code clusters().list()}) and the current user ({@code users().me()}). The
 * {@link Benchmarks} launcher prints the ratio of each {@code starter} method to its
 * {@code baseline}. The {@code restClient} methods make the same request through Spring's
 * {@code RestClient} alone ({@link SpringRestClient}), to tell Spring's share of the
 * difference from the client's own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class PerCallOverhead {

	private LoopbackApi api;

	private CrateCloudClient starter;

	private BaselineClient baseline;

	private SpringRestClient restClient;

	/**
	 * Start the server and both clients.
	 * @throws IOException if the server cannot start
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		this.api = LoopbackApi.start(50, LoopbackApi.AuditLog.fixedPage(0));
		this.starter = CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(LoopbackApi.API_KEY, LoopbackApi.API_SECRET))
			.baseUrl(this.api.baseUrl())
			.build();
		this.baseline = new BaselineClient(this.api.baseUrl(), LoopbackApi.API_KEY, LoopbackApi.API_SECRET);
		this.restClient = new SpringRestClient(this.api.baseUrl(), LoopbackApi.API_KEY, LoopbackApi.API_SECRET);
	}

	/**
	 * Stop the server.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		this.api.close();
	}

	/**
	 * {@code clusters().list()}, 50 clusters.
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

	/**
	 * The same request through Spring's {@code RestClient} alone.
	 * @return the clusters
	 */
	@Benchmark
	public List<Cluster> restClientClustersList() {
		return this.restClient.clusters();
	}

	/**
	 * {@code users().me()}.
	 * @return the current user
	 */
	@Benchmark
	public CurrentUser starterUsersMe() {
		return this.starter.users().me();
	}

	/**
	 * The same request and decoding by hand.
	 * @return the current user
	 */
	@Benchmark
	public CurrentUser baselineUsersMe() {
		return this.baseline.me();
	}

	/**
	 * The same request through Spring's {@code RestClient} alone.
	 * @return the current user
	 */
	@Benchmark
	public CurrentUser restClientUsersMe() {
		return this.restClient.me();
	}

}
