package io.cratecloud.test;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;

/**
 * A {@link FakeCrateCloud} as a local server of its own, for any client: the official CLI
 * (croud), curl, a Terraform run, or an application started elsewhere. Its operations run in
 * real time. Started from this repository with
 * <pre>
 * ./mvnw -pl cratecloud-spring-boot-test -am spring-boot:run -Dfake-server -Dspring-boot.run.arguments=--seed=estate.json
 * </pre>
 * or with {@code java -cp <the module's class path> io.cratecloud.test.FakeCrateCloudServer}.
 * Options, each {@code --name=value}:
 * <ul>
 * <li>{@code --port}: the port on the loopback interface, {@value #DEFAULT_PORT} by default,
 * {@code 0} for a free one;</li>
 * <li>{@code --api-key} and {@code --api-secret}: the credentials it accepts,
 * {@value #DEFAULT_API_KEY} and {@value #DEFAULT_API_SECRET} by default (it is a fake: they
 * guard nothing, and are printed);</li>
 * <li>{@code --seed}: a JSON file of the estate to start with, as
 * {@link FakeCrateCloudSeed#fromJson(Path)} reads it; by default an organization {@code Acme}
 * with a project {@code analytics} holding a running cluster {@code sensors} and a suspended
 * cluster {@code archive};</li>
 * <li>{@code --operation-step}: how long each step of a cluster change takes, {@code 1s} by
 * default ({@code 250ms}, {@code 2s}, {@code PT1S});</li>
 * <li>{@code --croud-config}: the directory to write a croud configuration into, pointing
 * at the fake (a new temporary one by default); the user's own croud configuration is never
 * read nor written.</li>
 * </ul>
 * Once it listens it prints its address, the credentials, and how to point croud, curl and an
 * application at it; it runs until stopped (Ctrl-C).
 */
public final class FakeCrateCloudServer {

	/** The port the server listens on unless told otherwise. */
	public static final int DEFAULT_PORT = 4280;

	/** The API key the server accepts unless told otherwise. */
	public static final String DEFAULT_API_KEY = "fake-key";

	/** The secret the server accepts unless told otherwise. */
	public static final String DEFAULT_API_SECRET = "fake-secret";

	/** The first line the server prints once it listens, followed by its base URL. */
	static final String LISTENING = "Fake CrateDB Cloud listening on ";

	private static final Duration DEFAULT_OPERATION_STEP = Duration.ofSeconds(1);

	private FakeCrateCloudServer() {
	}

	/**
	 * Starts the server and runs until the JVM is stopped.
	 * @param args the options, {@code --name=value}
	 * @throws InterruptedException if interrupted while running
	 */
	public static void main(String[] args) throws InterruptedException {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		if (options.help) {
			System.out.println(USAGE);
			return;
		}
		FakeCrateCloud fake = start(options);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			fake.close();
			stopped.countDown();
		}, "fake-cratecloud-shutdown"));
		printInstructions(fake, options, writeCroudConfiguration(fake, options), System.out);
		stopped.await();
	}

	static FakeCrateCloud start(Options options) {
		FakeCrateCloudSeed seed = (options.seed != null) ? FakeCrateCloudSeed.fromJson(options.seed)
				: FakeCrateCloudServer::demoEstate;
		return FakeCrateCloud.builder()
			.port(options.port)
			.apiKey(options.apiKey)
			.apiSecret(options.apiSecret)
			.operationStep(options.operationStep)
			.seed(seed)
			.start();
	}

	static void demoEstate(Seeder seeder) {
		SeededProject analytics = seeder.organization("Acme").project("analytics");
		analytics.cluster("sensors").nodes(3).create();
		analytics.cluster("archive").suspended().create();
	}

	/**
	 * Writes the configuration of croud (the official CLI) that points it at the fake: a
	 * {@code Crate/croud.yaml} under a directory of its own, which croud reads with
	 * {@code XDG_CONFIG_HOME} set to that directory.
	 */
	static Path writeCroudConfiguration(FakeCrateCloud fake, Options options) {
		try {
			Path home = (options.croudConfig != null) ? options.croudConfig
					: Files.createTempDirectory("fake-cratecloud-croud-");
			Path file = home.resolve("Crate").resolve("croud.yaml");
			Files.createDirectories(file.getParent());
			String yaml = """
					current-profile: fake
					default-format: table
					profiles:
					  fake:
					    auth-token: null
					    endpoint: %s
					    key: %s
					    secret: %s
					    region: _any_
					""".formatted(fake.baseUrl(), quoted(fake.apiKey()), quoted(fake.apiSecret()));
			Files.writeString(file, yaml, StandardCharsets.UTF_8);
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write croud's configuration for the fake", ex);
		}
	}

	static void printInstructions(FakeCrateCloud fake, Options options, Path croudHome, PrintStream out) {
		String base = fake.baseUrl();
		String key = fake.apiKey();
		String secret = fake.apiSecret();
		out.println(LISTENING + base);
		out.println("  API key " + key + ", secret " + secret + " (a fake's: they guard nothing)");
		out.println("  Seeded from " + ((options.seed != null) ? options.seed : "the demo estate")
				+ "; each step of a cluster change takes " + options.operationStep.toMillis() + "ms.");
		out.println();
		out.println("curl:");
		out.println("  curl -u " + shell(key + ":" + secret) + " " + base + "/api/v2/clusters/");
		out.println("croud (the official CLI), with a configuration of its own written for the fake:");
		out.println("  export XDG_CONFIG_HOME=" + shell(croudHome.toString()));
		out.println("  croud clusters list");
		out.println("A Spring Boot application with the starter:");
		out.println("  CRATECLOUD_BASEURL=" + base + " CRATECLOUD_APIKEY=" + shell(key) + " CRATECLOUD_APISECRET="
				+ shell(secret) + " ./mvnw spring-boot:run");
		out.println();
		out.println("Stop it with Ctrl-C.");
		out.flush();
	}

	private static String quoted(String yamlValue) {
		return "'" + yamlValue.replace("'", "''") + "'";
	}

	private static String shell(String value) {
		return value.matches("[A-Za-z0-9_./:@%+=-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
	}

	private static final String USAGE = """
			Usage: FakeCrateCloudServer [--port=%d] [--api-key=%s] [--api-secret=%s] [--seed=estate.json]
			                            [--operation-step=1s] [--croud-config=DIR]
			A fake CrateDB Cloud API on http://127.0.0.1:<port>, for croud, curl and any other client."""
		.formatted(DEFAULT_PORT, DEFAULT_API_KEY, DEFAULT_API_SECRET);

	/** The command line's options. */
	static final class Options {

		int port = DEFAULT_PORT;

		String apiKey = DEFAULT_API_KEY;

		String apiSecret = DEFAULT_API_SECRET;

		@Nullable Path seed;

		Duration operationStep = DEFAULT_OPERATION_STEP;

		@Nullable Path croudConfig;

		boolean help;

		static Options parse(String... args) {
			Options options = new Options();
			for (String arg : args) {
				if (arg.equals("--help") || arg.equals("-h")) {
					options.help = true;
					continue;
				}
				int equals = arg.indexOf('=');
				if (!arg.startsWith("--") || equals < 0) {
					throw new IllegalArgumentException("Options are written --name=value; got '" + arg + "'.");
				}
				String name = arg.substring(2, equals);
				String value = arg.substring(equals + 1);
				switch (name) {
					case "port" -> options.port = port(value);
					case "api-key" -> options.apiKey = text(name, value);
					case "api-secret" -> options.apiSecret = text(name, value);
					case "seed" -> options.seed = existingFile(value);
					case "operation-step" -> options.operationStep = duration(value);
					case "croud-config" -> options.croudConfig = Path.of(text(name, value));
					default -> throw new IllegalArgumentException("Unknown option --" + name + ".");
				}
			}
			return options;
		}

		private static int port(String value) {
			try {
				int port = Integer.parseInt(value);
				if (port >= 0 && port <= 65535) {
					return port;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new IllegalArgumentException("--port must be 0 to 65535; got '" + value + "'.");
		}

		private static String text(String name, String value) {
			if (value.isBlank()) {
				throw new IllegalArgumentException("--" + name + " must not be blank.");
			}
			return value;
		}

		private static Path existingFile(String value) {
			Path file = Path.of(value);
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException("--seed names no file: " + file.toAbsolutePath() + ".");
			}
			return file;
		}

		private static Duration duration(String value) {
			return FakeDurations.parse(value, "--operation-step=" + value);
		}

	}

}
