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
 * SQL over a cluster's HTTP endpoint against the {@link LoopbackApi}, which plays the cluster
 * too: a one-row query ({@code selectOne}), a 1,000-row query ({@code selectMany}) and the
 * same 1,000 rows mapped to records ({@code selectManyMapped}, the baselines by hand;
 * {@code selectManyConverted}, the baselines with Jackson's {@code convertValue} per row, as
 * the client maps), see {@link SqlFixtures}.
 * Variants: the hand-written baselines ({@link BaselineClient#sql}: one {@code POST /_sql?types}
 * with the token fetched once, Jackson on both sides, rows mapped to records by hand), the
 * starter on HttpClient 5 (the default) and on the JDK client, and the client without Boot.
 * Every variant fetches the token once, during the warm-up, and keeps it. The paired
 * measurement of the same calls is {@code PairedOverhead --calls=select1,select1000,select1000-mapped}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class SqlOverHttp {

	/** The client measured: a {@link ClientVariant#id()} of a client with SQL. */
	@Param({ "baseline-jdk", "baseline-httpclient5", "client-httpclient5", "starter-httpclient5", "starter-jdk" })
	public String variant;

	private LoopbackApi api;

	private BenchmarkedClient client;

	/**
	 * Start the server and the variant's client.
	 * @throws IOException if the server cannot start
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		this.api = LoopbackApi.start(1, LoopbackApi.AuditLog.fixedPage(0));
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
	 * The one-row query.
	 * @return the result
	 */
	@Benchmark
	public Object selectOne() {
		return this.client.sqlSelectOne();
	}

	/**
	 * The 1,000-row query.
	 * @return the result
	 */
	@Benchmark
	public Object selectMany() {
		return this.client.sqlSelectMany();
	}

	/**
	 * The 1,000-row query, its rows mapped to records (by the baselines: by hand).
	 * @return the readings
	 */
	@Benchmark
	public Object selectManyMapped() {
		return this.client.sqlSelectManyMapped();
	}

	/**
	 * The same, where the baselines map each row with Jackson's {@code convertValue}, as the
	 * client does.
	 * @return the readings
	 */
	@Benchmark
	public Object selectManyConverted() {
		return this.client.sqlSelectManyConverted();
	}

}
