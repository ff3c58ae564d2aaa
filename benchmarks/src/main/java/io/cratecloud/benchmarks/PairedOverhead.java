package io.cratecloud.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The per-call cost of each client variant relative to a baseline, measured so that a 5%
 * difference shows on a noisy 2-core machine: paired and interleaved in one JVM. One loopback
 * server; every variant's client (baselines included) in the same JVM, each warmed up first;
 * then rounds in which every client runs one block of calls for a fixed time, in a new random
 * order each round. Per block: wall time, the calling thread's CPU time, the process's CPU time
 * and the bytes the calling thread allocated, each divided by the calls made. The result per
 * variant and measure is the median of the per-round ratios (variant / baseline of the same
 * round), with a bootstrap 95% interval, so that drift of the machine during the run (another
 * process, frequency changes) affects both sides of every ratio alike.
 * <p>
 * Options: {@code --variants=a,b,...} (default: both baselines, the starter on HttpClient 5 and
 * on the JDK client, the client without Boot, the generated HttpClient 5 client, which is left
 * out when a SQL call is measured, as it has no SQL),
 * {@code --calls=me,list} (also {@code select1}, {@code select1000}, {@code select1000-mapped}
 * and {@code select1000-converted}: SQL over the cluster's HTTP endpoint, see
 * {@link SqlOverHttp}),
 * {@code --warmup=15} (seconds per client and call),
 * {@code --rounds=30}, {@code --block=100} (milliseconds per block), {@code --seed=N}.
 */
public final class PairedOverhead {

	private static final List<String> DEFAULT_VARIANTS = List.of("baseline-httpclient5", "baseline-jdk",
			"starter-httpclient5", "starter-jdk", "client-httpclient5", "generated-httpclient5");

	private static final Map<String, Function<BenchmarkedClient, Object>> CALLS = new LinkedHashMap<>();

	static {
		CALLS.put("me", BenchmarkedClient::usersMe);
		CALLS.put("list", BenchmarkedClient::clustersList);
		CALLS.put("select1", BenchmarkedClient::sqlSelectOne);
		CALLS.put("select1000", BenchmarkedClient::sqlSelectMany);
		CALLS.put("select1000-mapped", BenchmarkedClient::sqlSelectManyMapped);
		CALLS.put("select1000-converted", BenchmarkedClient::sqlSelectManyConverted);
	}

	private static final String[] MEASURES = { "wall", "thread-cpu", "process-cpu", "alloc" };

	private PairedOverhead() {
	}

	/**
	 * Runs the measurement and prints, per call, each variant's cost per call and its ratios to
	 * each baseline.
	 * @param args the options
	 * @throws Exception if the server or a client cannot start
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		List<String> calls = List.of(options.getOrDefault("calls", "me,list").split(","));
		for (String call : calls) {
			if (!CALLS.containsKey(call)) {
				throw new IllegalArgumentException("Unknown call '" + call + "'; known: " + CALLS.keySet());
			}
		}
		boolean sql = calls.stream().anyMatch((call) -> call.startsWith("select"));
		List<String> defaultVariants = DEFAULT_VARIANTS.stream()
			.filter((variant) -> !sql || !variant.startsWith("generated-"))
			.toList();
		List<String> variants = List.of(options.getOrDefault("variants", String.join(",", defaultVariants)).split(","));
		long warmupNanos = Long.parseLong(options.getOrDefault("warmup", "15")) * 1_000_000_000L;
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "30"));
		long blockNanos = Long.parseLong(options.getOrDefault("block", "100")) * 1_000_000L;
		Random random = new Random(Long.parseLong(options.getOrDefault("seed", String.valueOf(System.nanoTime()))));
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		threads.setThreadAllocatedMemoryEnabled(true);
		threads.setThreadCpuTimeEnabled(true);
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		System.out.printf(Locale.ROOT, "PairedOverhead: %d rounds of %d ms blocks, %d s warm-up, load average %.2f, %d cpus%n",
				rounds, blockNanos / 1_000_000, warmupNanos / 1_000_000_000L, os.getSystemLoadAverage(),
				os.getAvailableProcessors());
		try (LoopbackApi api = LoopbackApi.start(50, LoopbackApi.AuditLog.fixedPage(0))) {
			Map<String, BenchmarkedClient> clients = new LinkedHashMap<>();
			for (String variant : variants) {
				clients.put(variant, ClientVariant.named(variant).open(api));
			}
			try {
				for (String call : calls) {
					Function<BenchmarkedClient, Object> invocation = CALLS.get(call);
					for (BenchmarkedClient client : clients.values()) {
						block(client, invocation, warmupNanos, threads);
					}
					// Per variant, per measure, one cost per call per round.
					Map<String, double[][]> costs = new LinkedHashMap<>();
					variants.forEach((variant) -> costs.put(variant, new double[MEASURES.length][rounds]));
					List<String> order = new ArrayList<>(variants);
					for (int round = 0; round < rounds; round++) {
						Collections.shuffle(order, random);
						for (String variant : order) {
							double[] cost = block(clients.get(variant), invocation, blockNanos, threads);
							for (int measure = 0; measure < MEASURES.length; measure++) {
								costs.get(variant)[measure][round] = cost[measure];
							}
						}
					}
					print(call, costs, random);
				}
			}
			finally {
				for (BenchmarkedClient client : clients.values()) {
					client.close();
				}
			}
		}
	}

	/**
	 * Calls the client for the given time; returns per call: wall ns, thread CPU ns, process
	 * CPU ns and bytes allocated by this thread.
	 */
	private static double[] block(BenchmarkedClient client, Function<BenchmarkedClient, Object> call, long nanos,
			com.sun.management.ThreadMXBean threads) {
		long thread = Thread.currentThread().getId();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		long allocatedBefore = threads.getThreadAllocatedBytes(thread);
		long cpuBefore = threads.getCurrentThreadCpuTime();
		long processBefore = os.getProcessCpuTime();
		long start = System.nanoTime();
		long end = start + nanos;
		long count = 0;
		long now;
		do {
			if (call.apply(client) == null) {
				throw new IllegalStateException("A call answered nothing");
			}
			count++;
			now = System.nanoTime();
		}
		while (now < end);
		long wall = now - start;
		long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
		long process = os.getProcessCpuTime() - processBefore;
		long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
		return new double[] { (double) wall / count, (double) cpu / count, (double) process / count,
				(double) allocated / count };
	}

	private static void print(String call, Map<String, double[][]> costs, Random random) {
		List<String> baselines = costs.keySet().stream().filter((variant) -> variant.startsWith("baseline-")).toList();
		System.out.println();
		System.out.println("call " + call + " (per call: median of rounds; ratio: median of per-round ratios [95% CI])");
		StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-30s %9s %9s %9s %10s", "variant",
				"wall µs", "cpu µs", "proc µs", "alloc KB"));
		for (String baseline : baselines) {
			for (String measure : MEASURES) {
				header.append(String.format(Locale.ROOT, "  %-26s", measure + "/" + baseline.substring(9)));
			}
		}
		System.out.println(header);
		for (Map.Entry<String, double[][]> entry : costs.entrySet()) {
			double[][] cost = entry.getValue();
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-30s %9.1f %9.1f %9.1f %10.2f",
					entry.getKey(), median(cost[0]) / 1000, median(cost[1]) / 1000, median(cost[2]) / 1000,
					median(cost[3]) / 1024));
			for (String baseline : baselines) {
				double[][] base = costs.get(baseline);
				for (int measure = 0; measure < MEASURES.length; measure++) {
					double[] ratios = new double[cost[measure].length];
					for (int round = 0; round < ratios.length; round++) {
						ratios[round] = cost[measure][round] / base[measure][round];
					}
					double[] interval = bootstrap(ratios, random);
					line.append(String.format(Locale.ROOT, "  %.3f [%.3f-%.3f]%8s", median(ratios), interval[0],
							interval[1], ""));
				}
			}
			System.out.println(line);
		}
	}

	/** A 95% interval of the median, from 2,000 resamples. */
	static double[] bootstrap(double[] values, Random random) {
		int resamples = 2000;
		double[] medians = new double[resamples];
		double[] sample = new double[values.length];
		for (int i = 0; i < resamples; i++) {
			for (int j = 0; j < values.length; j++) {
				sample[j] = values[random.nextInt(values.length)];
			}
			medians[i] = median(sample);
		}
		Arrays.sort(medians);
		return new double[] { medians[(int) (resamples * 0.025)], medians[(int) (resamples * 0.975) - 1] };
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Options are written --name=value; got '" + arg + "'");
			}
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return options;
	}

}
