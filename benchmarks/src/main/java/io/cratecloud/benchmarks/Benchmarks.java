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
 * program ({@code PagingMemory}, {@code StartupTime}, {@code HealthProbes}); anything else
 * goes to JMH as its command line, and after a JMH run every {@code starter...} (and
 * {@code restClient...}) benchmark is compared with its {@code baseline...} twin.
 */
public final class Benchmarks {

	private static final String ALLOCATION = "gc.alloc.rate.norm";

	private static final List<String> COMPARED = List.of("starter", "restClient");

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
	 * Print, for each {@code starter...} or {@code restClient...} benchmark with a
	 * {@code baseline...} twin in the same class, how many times the baseline's time and
	 * allocation it takes.
	 * @param results the results of a JMH run
	 * @param out where to print
	 */
	static void printComparison(Collection<RunResult> results, PrintStream out) {
		Map<String, RunResult> byName = new LinkedHashMap<>();
		for (RunResult result : results) {
			byName.put(key(result.getParams().getBenchmark(), result.getParams()), result);
		}
		boolean header = false;
		for (RunResult candidate : byName.values()) {
			String name = candidate.getParams().getBenchmark();
			int dot = name.lastIndexOf('.');
			String method = name.substring(dot + 1);
			String prefix = COMPARED.stream().filter(method::startsWith).findFirst().orElse(null);
			if (prefix == null || candidate.getParams().getMode() == Mode.Throughput) {
				continue;
			}
			String operation = method.substring(prefix.length());
			RunResult baseline = byName.get(key(name.substring(0, dot + 1) + "baseline" + operation,
					candidate.getParams()));
			if (baseline == null) {
				continue;
			}
			if (!header) {
				out.println();
				out.println("Against the hand-written baseline (JDK HttpClient + Jackson), lower is better:");
				header = true;
			}
			String label = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot) + "."
					+ Character.toLowerCase(operation.charAt(0)) + operation.substring(1) + " (" + prefix + ")";
			out.println("  " + label + ": " + compare(candidate.getPrimaryResult(), baseline.getPrimaryResult()));
			Result<?> allocation = candidate.getSecondaryResults().get(ALLOCATION);
			Result<?> baselineAllocation = baseline.getSecondaryResults().get(ALLOCATION);
			if (allocation != null && baselineAllocation != null) {
				out.println("  " + " ".repeat(label.length()) + "  allocation " + compare(allocation, baselineAllocation));
			}
		}
	}

	private static String key(String benchmark, BenchmarkParams params) {
		StringBuilder key = new StringBuilder(benchmark);
		for (String param : params.getParamsKeys()) {
			key.append(' ').append(param).append('=').append(params.getParam(param));
		}
		return key.toString();
	}

	private static String compare(Result<?> measured, Result<?> baseline) {
		return String.format("%s against %s: %.2fx", format(measured), format(baseline),
				measured.getScore() / baseline.getScore());
	}

	private static String format(Result<?> result) {
		return String.format("%.3f ± %.3f %s", result.getScore(), result.getScoreError(), result.getScoreUnit());
	}

}
