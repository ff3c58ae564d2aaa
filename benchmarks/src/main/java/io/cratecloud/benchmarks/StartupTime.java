package io.cratecloud.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.regex.Pattern;

import io.cratecloud.benchmarks.app.BenchmarkApplication;

/**
 * How much the starter adds to the start-up of a web application, and whether it calls the
 * API while starting (it must not). {@link BenchmarkApplication} is started in new JVMs,
 * alternately with the full class path and without the starter's jars (the starter, its
 * auto-configuration and the {@code RestClient} support only it brings), against a
 * {@link LoopbackApi} that counts the requests it receives. Each start is timed twice: the
 * {@code SpringApplication.run} call until the context is refreshed and the web server
 * started, as the application measures it, and the whole launch, from before the JVM is
 * created until then.
 * <p>
 * A program that forks the JVMs itself rather than JMH's {@code SingleShotTime}: JMH forks
 * every JVM with its own class path, so "without the starter" could only mean excluding its
 * auto-configurations, while here the jars are really absent, as in an application that does
 * not depend on the starter; and the server that counts requests lives outside the JVMs
 * being measured.
 */
public final class StartupTime {

	/**
	 * The jars that only the starter brings to a web application with the actuator.
	 */
	static final Pattern STARTER_JARS = Pattern.compile("(cratecloud-spring-boot-starter"
			+ "|cratecloud-spring-boot-autoconfigure|cratecloud-client|spring-boot-starter-restclient"
			+ "|spring-boot-restclient|spring-boot-http-client|httpclient5|httpcore5|httpcore5-h2)-\\d[^/]*\\.jar");

	/**
	 * The jars that the other benchmarks bring and an application would not have: the other
	 * HTTP libraries and the generated client's Jackson 2. Neither start is given them.
	 */
	static final Pattern BENCHMARK_ONLY_JARS = Pattern.compile("((jetty-[a-z0-9-]+|reactor-netty-[a-z]+|reactor-core"
			+ "|reactive-streams|netty-[a-z0-9-]+)-\\d[^/]*|jackson-(core|databind|datatype-jsr310)-2\\.[^/]*)\\.jar");

	private StartupTime() {
	}

	/**
	 * Start the application {@code --forks} times (10 unless given) with the starter and as
	 * many times without, after one discarded start of each.
	 * @param args {@code --forks <n>} optionally
	 * @throws Exception if a start fails
	 */
	public static void main(String[] args) throws Exception {
		int forks = (args.length == 2 && args[0].equals("--forks")) ? Integer.parseInt(args[1]) : 10;
		Path appClasses = copyApplicationClass();
		boolean met;
		try {
			met = measure(appClasses, forks);
		}
		finally {
			try (Stream<Path> paths = Files.walk(appClasses)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		if (!met) {
			System.exit(1);
		}
	}

	private static boolean measure(Path appClasses, int forks) throws Exception {
		List<Path> benchmarkLibraries = libraries();
		List<Path> libraries = withoutBenchmarkOnlyJars(benchmarkLibraries);
		System.out.println("Neither start has the benchmarks' own libraries: " + String.join(", ", benchmarkLibraries
			.stream()
			.filter((jar) -> !libraries.contains(jar))
			.map((jar) -> jar.getFileName().toString())
			.toList()));
		List<Path> withStarter = new ArrayList<>(List.of(appClasses));
		withStarter.addAll(libraries);
		List<Path> withoutStarter = new ArrayList<>(List.of(appClasses));
		withoutStarter.addAll(withoutStarterJars(libraries));
		List<String> removed = libraries.stream()
			.filter((jar) -> !withoutStarter.contains(jar))
			.map((jar) -> jar.getFileName().toString())
			.toList();
		if (removed.stream().noneMatch((name) -> name.startsWith("cratecloud-spring-boot-autoconfigure"))) {
			throw new IllegalStateException("The starter's jars were not found in " + libraries);
		}
		System.out.println("Without the starter, the class path lacks: " + String.join(", ", removed));
		Map<String, List<long[]>> times = new TreeMap<>();
		try (LoopbackApi api = LoopbackApi.start(50, LoopbackApi.AuditLog.fixedPage(0))) {
			List<String> arguments = List.of("--server.port=0", "--spring.main.banner-mode=off",
					"--logging.level.root=warn", "--management.endpoints.web.exposure.include=health",
					"--cratecloud.api-key=" + LoopbackApi.API_KEY, "--cratecloud.api-secret=" + LoopbackApi.API_SECRET,
					"--cratecloud.base-url=" + api.baseUrl());
			for (int round = 0; round <= forks; round++) {
				for (boolean starter : new boolean[] { true, false }) {
					long[] time = start(starter ? withStarter : withoutStarter, arguments, starter);
					if (round > 0) {
						times.computeIfAbsent(starter ? "with" : "without", (key) -> new ArrayList<>()).add(time);
					}
				}
			}
			long[][] with = times.get("with").toArray(long[][]::new);
			long[][] without = times.get("without").toArray(long[][]::new);
			System.out.printf("%nStart-up of a web application with the actuator, %d starts each (medians, min-max):%n",
					forks);
			System.out.printf("%-18s %28s %28s%n", "", "SpringApplication.run", "launch to ready");
			System.out.printf("%-18s %28s %28s%n", "with the starter", summary(with, 0), summary(with, 1));
			System.out.printf("%-18s %28s %28s%n", "without", summary(without, 0), summary(without, 1));
			System.out.printf("%-18s %25d ms %25d ms%n", "difference", median(with, 0) - median(without, 0),
					median(with, 1) - median(without, 1));
			System.out.printf("HTTP requests the API received during the %d starts, %d with the starter: %d (target: 0)%n",
					2 * (forks + 1), forks + 1, api.totalRequests());
			return api.totalRequests() == 0;
		}
	}

	private static long[] start(List<Path> classPath, List<String> arguments, boolean starter)
			throws IOException, InterruptedException {
		long launched = System.currentTimeMillis();
		List<String> lines = ForkedJvm.run(List.of(), classPath, BenchmarkApplication.class.getName(), arguments);
		for (String line : lines) {
			if (line.startsWith("started ")) {
				Map<String, String> values = new TreeMap<>();
				for (String pair : line.substring("started ".length()).split(" ")) {
					String[] keyAndValue = pair.split("=", 2);
					values.put(keyAndValue[0], keyAndValue[1]);
				}
				if (Boolean.parseBoolean(values.get("cratecloud")) != starter) {
					throw new IllegalStateException("Expected the client " + (starter ? "" : "not ")
							+ "to be configured: " + line);
				}
				return new long[] { Long.parseLong(values.get("runMicros")) / 1000,
						Long.parseLong(values.get("readyAtMillis")) - launched };
			}
		}
		throw new IllegalStateException("The application did not report its start: " + lines);
	}

	/**
	 * The jars of the class path this measurement runs from, without the benchmarks' own
	 * classes, so that the application finds nothing but itself to scan.
	 */
	private static List<Path> libraries() throws IOException, URISyntaxException {
		Path benchmarks = Path.of(StartupTime.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.toAbsolutePath()
			.normalize();
		return ForkedJvm.expandedClassPath().stream().filter((entry) -> !entry.equals(benchmarks)).toList();
	}

	static List<Path> withoutBenchmarkOnlyJars(List<Path> classPath) {
		return classPath.stream()
			.filter((entry) -> !BENCHMARK_ONLY_JARS.matcher(entry.getFileName().toString()).matches())
			.toList();
	}

	static List<Path> withoutStarterJars(List<Path> classPath) {
		return classPath.stream()
			.filter((entry) -> !STARTER_JARS.matcher(entry.getFileName().toString()).matches())
			.toList();
	}

	private static Path copyApplicationClass() throws IOException {
		String resource = BenchmarkApplication.class.getName().replace('.', '/') + ".class";
		Path directory = Files.createTempDirectory("cratecloud-startup-");
		Path target = directory.resolve(resource);
		Files.createDirectories(target.getParent());
		try (InputStream in = StartupTime.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " not found");
			}
			Files.copy(in, target);
		}
		return directory;
	}

	private static String summary(long[][] times, int column) {
		long[] values = column(times, column);
		return String.format("%d ms (%d-%d)", median(times, column), values[0], values[values.length - 1]);
	}

	private static long median(long[][] times, int column) {
		long[] values = column(times, column);
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private static long[] column(long[][] times, int column) {
		return Arrays.stream(times).mapToLong((time) -> time[column]).sorted().toArray();
	}

}
