package io.cratecloud.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The benchmarks jar's entry point. The first argument names a measurement that is a plain
 * program ({@code PagingMemory}, {@code StartupTime}, {@code HealthProbes},
 * {@code PairedOverhead}, {@code HeaderCopies}, {@code EstatePlanScale}); anything else
 * goes to JMH as its command line, and after a JMH run every {@link ClientVariant} of a
 * benchmark is compared with each of its baselines.
 */
public final class Benchmarks {

	private static final String ALLOCATION = "gc.alloc.rate.norm";

	private static final String VARIANT = "variant";

	private Benchmarks() {
	}

	/**
	 * Run a measurement, or JMH.
	 * @param args the measurement's name and its arguments, or JMH's command line
	 * @throws Exception if the measurement fails
	 */
	public static void main(String[] args) throws Exception {
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		if (args.length > 0) {
			switch (args[0]) {
				case "PagingMemory" -> {
					PagingMemory.main(rest);
					return;
				}
				case "StartupTime" -> {
					StartupTime.main(rest);
					return;
				}
				case "HealthProbes" -> {
					HealthProbes.main(rest);
					return;
				}
				case "PairedOverhead" -> {
					PairedOverhead.main(rest);
					return;
				}
				case "HeaderCopies" -> {
					HeaderCopies.main(rest);
					return;
				}
				case "EstatePlanScale" -> {
					EstatePlanScale.main(rest);
					return;
				}
				default -> {
					// A JMH command line, such as "PerCallOverhead -prof gc".
				}
			}
		}
		CommandLineOptions options;
		try {
			options = new CommandLineOptions(args);
		}
		catch (CommandLineOptionException ex) {
			System.err.println("Error parsing command line: " + ex.getMessage());
			System.exit(1);
			return;
		}
		if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
				|| options.shouldListProfilers() || options.shouldListResultFormats()) {
			org.openjdk.jmh.Main.main(args);
			return;
		}
		try {
			printComparison(new Runner(options).run(), System.out);
		}
		catch (RunnerException ex) {
			System.err.println("ERROR: " + ex.getMessage());
			System.exit(1);
		}
	}

	/**
	 * Print, for each benchmark that has a {@code variant} parameter, every variant's time
	 * (and allocation, with {@code -prof gc}) and its ratio to each baseline variant's.
	 * @param results the results of a JMH run
	 * @param out where to print
	 */
	static void printComparison(Collection<RunResult> results, PrintStream out) {
		Map<String, Map<String, RunResult>> byBenchmark = new LinkedHashMap<>();
		for (RunResult result : results) {
			BenchmarkParams params = result.getParams();
			String variant = params.getParam(VARIANT);
			if (variant == null || params.getMode() == Mode.Throughput) {
				continue;
			}
			byBenchmark.computeIfAbsent(key(params), (key) -> new LinkedHashMap<>()).put(variant, result);
		}
		for (Map.Entry<String, Map<String, RunResult>> benchmark : byBenchmark.entrySet()) {
			Map<String, RunResult> variants = benchmark.getValue();
			List<String> baselines = variants.keySet()
				.stream()
				.filter((variant) -> ClientVariant.named(variant).isBaseline())
				.toList();
			out.println();
			out.println(benchmark.getKey() + " (lower is better; ratios to " + String.join(" and ", baselines) + "):");
			for (Map.Entry<String, RunResult> variant : variants.entrySet()) {
				RunResult result = variant.getValue();
				StringBuilder line = new StringBuilder(String.format("  %-22s %s", variant.getKey(),
						format(result.getPrimaryResult())));
				for (String baseline : baselines) {
					line.append(String.format("  %.2fx", ratio(result.getPrimaryResult(),
							variants.get(baseline).getPrimaryResult())));
				}
				Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
				if (allocation != null) {
					line.append(String.format("   allocation %.0f B", allocation.getScore()));
					for (String baseline : baselines) {
						Result<?> baselineAllocation = variants.get(baseline).getSecondaryResults().get(ALLOCATION);
						if (baselineAllocation != null) {
							line.append(String.format("  %.2fx", ratio(allocation, baselineAllocation)));
						}
					}
				}
				out.println(line);
			}
		}
	}

	private static String key(BenchmarkParams params) {
		String benchmark = params.getBenchmark();
		StringBuilder key = new StringBuilder(
				benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1));
		for (String param : params.getParamsKeys()) {
			if (!param.equals(VARIANT)) {
				key.append(' ').append(param).append('=').append(params.getParam(param));
			}
		}
		return key.toString();
	}

	private static double ratio(Result<?> measured, Result<?> baseline) {
		return measured.getScore() / baseline.getScore();
	}

	private static String format(Result<?> result) {
		return String.format("%.3f ± %.3f %s", result.getScore(), result.getScoreError(), result.getScoreUnit());
	}

}
