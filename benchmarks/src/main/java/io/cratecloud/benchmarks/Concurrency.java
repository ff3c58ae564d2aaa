package io.cratecloud.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.users.CurrentUser;
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 64 threads sharing one starter client for 10 s, calling {@code users().me()} against the
 * {@link LoopbackApi}: the throughput, the failed calls (there must be none) and the
 * connections the server saw (the client must reuse its connections, so there should be no
 * more than one per thread, not one per call).
 * <p>
 * The threads are JMH's platform threads, since Java 17 has no virtual threads; on JDK 21
 * and later, {@code -jvmArgsAppend -Djmh.executor=VIRTUAL} runs the same 64 workers as
 * virtual threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 1, time = 10)
@Fork(1)
@Threads(64)
@State(Scope.Benchmark)
public class Concurrency {

	private final LongAdder failures = new LongAdder();

	private volatile @Nullable RuntimeException firstFailure;

	private LoopbackApi api;

	private CrateCloudClient client;

	/**
	 * Start the server and the client the threads share.
	 * @throws IOException if the server cannot start
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		this.api = LoopbackApi.start(50, LoopbackApi.AuditLog.fixedPage(0));
		this.client = CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(LoopbackApi.API_KEY, LoopbackApi.API_SECRET))
			.baseUrl(this.api.baseUrl())
			.build();
	}

	/**
	 * Report what the server saw during the run, and fail the run if a call failed.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		try {
			long requests = this.api.totalRequests();
			int connections = this.api.connections();
			System.out.printf("%nconcurrency: %d requests on %d connections (%.0f requests per connection), "
					+ "%d failed calls, worker threads: %s%n", requests, connections,
					(double) requests / Math.max(1, connections), this.failures.sum(),
					System.getProperty("jmh.executor", "platform"));
			RuntimeException failure = this.firstFailure;
			if (failure != null) {
				throw new IllegalStateException(this.failures.sum() + " calls failed; the first with: " + failure,
						failure);
			}
		}
		finally {
			this.api.close();
		}
	}

	/**
	 * {@code users().me()}, from 64 threads at once.
	 * @return the current user, or {@code null} if the call failed
	 */
	@Benchmark
	public @Nullable CurrentUser usersMe() {
		try {
			return this.client.users().me();
		}
		catch (RuntimeException ex) {
			// Counted rather than thrown so that one failure does not hide how many there were.
			this.failures.increment();
			if (this.firstFailure == null) {
				this.firstFailure = ex;
			}
			return null;
		}
	}

}
