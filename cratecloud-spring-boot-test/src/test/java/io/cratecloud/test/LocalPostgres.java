package io.cratecloud.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests of a class, from Debian's {@code postgresql} package:
 * a throw-away cluster initialized with {@code initdb} in a temporary directory, listening on
 * {@value #HOST} on a free port, with a made-up user and password (SCRAM-SHA-256) and the
 * database {@value #DATABASE}, CrateDB's default schema, which the starter's JDBC URL names.
 * <pre class="code">
 * &#64;RegisterExtension
 * static final LocalPostgres postgres = new LocalPostgres();
 * </pre>
 * Started before the class's tests and stopped ({@code pg_ctl stop -m fast}), its directory
 * deleted, after them. The newest {@code /usr/lib/postgresql/<version>/bin} is used. PostgreSQL
 * refuses to run as root, as sessions and CI do: then every PostgreSQL command runs through
 * {@code runuser -u postgres --}, on directories owned by {@code postgres}. Every command and
 * wait is bounded; a command that fails throws with its output (and the server's log).
 * <p>
 * Where PostgreSQL is not installed the class is skipped with one line saying so, unless the
 * environment variable (or system property) {@value #REQUIRE} is {@code true}, as
 * {@code .ci/run} sets it: then it fails with that line.
 */
final class LocalPostgres implements BeforeAllCallback, AfterAllCallback {

	/**
	 * Environment variable, or system property, that makes a missing PostgreSQL a failure
	 * rather than a reason to skip: {@code CRATECLOUD_REQUIRE_POSTGRES=true}.
	 */
	static final String REQUIRE = "CRATECLOUD_REQUIRE_POSTGRES";

	static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");

	static final String NOT_FOUND = "PostgreSQL not found under /usr/lib/postgresql: apt-get install postgresql, "
			+ "as .ci/run does";

	/** The address the server listens on, and the cluster's SQL endpoint in the fake. */
	static final String HOST = "127.0.0.1";

	/** The server's only user, its superuser, also the seeded cluster's user. */
	static final String USER = "sensors_app";

	/** The database the tests connect to: the schema segment of the starter's JDBC URL. */
	static final String DATABASE = "doc";

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

	private static final int START_ATTEMPTS = 3;

	private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

	private final String password = "pw-" + randomHex(12);

	private @Nullable Path bin;

	private @Nullable Path base;

	private @Nullable Path data;

	private @Nullable Path socket;

	private int port;

	private boolean asPostgres;

	private boolean running;

	private @Nullable String startedBy;

	private @Nullable Thread shutdownHook;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.startedBy == null) {
			// An enclosing class started it already for a @Nested one.
			start();
			this.startedBy = context.getUniqueId();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (context.getUniqueId().equals(this.startedBy)) {
			this.startedBy = null;
			stop();
		}
	}

	/**
	 * The port the server listens on.
	 * @return the port
	 */
	int port() {
		requireRunning();
		return this.port;
	}

	/**
	 * The password of {@link #USER}.
	 * @return the password
	 */
	String password() {
		return this.password;
	}

	/**
	 * The JDBC URL of {@link #DATABASE}, without TLS.
	 * @return the URL
	 */
	String jdbcUrl() {
		return "jdbc:postgresql://" + HOST + ":" + port() + "/" + DATABASE + "?sslmode=disable";
	}

	/**
	 * The directory the server's files are in, deleted by {@link #stop()}.
	 * @return the directory
	 */
	Path directory() {
		requireRunning();
		return this.base;
	}

	/**
	 * The {@code bin} directory of the installation in use.
	 * @return the directory
	 */
	Path bin() {
		requireRunning();
		return this.bin;
	}

	/**
	 * Skips the calling test (or fails it, with {@value #REQUIRE}) when PostgreSQL is not
	 * installed under {@link #INSTALLATIONS}, saying so once on the console.
	 * @return the {@code bin} directory of the newest installation
	 */
	static Path requireInstallation() {
		boolean required = required();
		if (!required && newestInstallation(INSTALLATIONS).isEmpty() && SKIP_REPORTED.compareAndSet(false, true)) {
			// Once on the build's console, which shows a skipped test only as a count.
			System.err.println(NOT_FOUND);
		}
		return requireInstallation(INSTALLATIONS, required);
	}

	/**
	 * The newest installation under a directory, or the test skipped (failed, if required)
	 * with {@link #NOT_FOUND}.
	 */
	static Path requireInstallation(Path installations, boolean required) {
		Optional<Path> bin = newestInstallation(installations);
		if (bin.isPresent()) {
			return bin.get();
		}
		if (required) {
			return Assertions.fail(NOT_FOUND);
		}
		return Assumptions.abort(NOT_FOUND);
	}

	/**
	 * Initializes and starts the server, and creates {@link #DATABASE}.
	 */
	synchronized void start() {
		if (this.running) {
			throw new IllegalStateException("already running on port " + this.port);
		}
		this.bin = requireInstallation();
		this.asPostgres = "0".equals(run("id -u", List.of("id", "-u"), Map.of(), false).trim());
		try {
			this.base = Files.createTempDirectory("cratecloud-postgres-");
			this.data = this.base.resolve("data");
			this.socket = Files.createDirectory(this.base.resolve("socket"));
			Path passwordFile = this.base.resolve("password");
			Files.writeString(passwordFile, this.password + "\n", StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
			if (this.asPostgres) {
				ownedByPostgres(this.base, this.socket, passwordFile);
			}
			this.shutdownHook = new Thread(this::stopQuietly, "stop LocalPostgres");
			Runtime.getRuntime().addShutdownHook(this.shutdownHook);
			pg("initdb", List.of(tool("initdb"), "-D", this.data.toString(), "-U", USER, "--pwfile=" + passwordFile,
					"--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync"), Map.of());
			startServer();
			this.running = true;
			pg("createdb", List.of(tool("createdb"), "-h", this.socket.toString(), "-p", String.valueOf(this.port),
					"-U", USER, "-w", DATABASE), Map.of("PGPASSWORD", this.password));
		}
		catch (IOException ex) {
			stopQuietly();
			throw new UncheckedIOException("Could not prepare a PostgreSQL directory", ex);
		}
		catch (RuntimeException | Error ex) {
			stopQuietly();
			throw ex;
		}
	}

	/**
	 * Stops the server and deletes its directory. Idempotent.
	 */
	synchronized void stop() {
		List<String> problems = new ArrayList<>();
		// Also a server whose start was not confirmed in time, but which may be up.
		if (this.running || (this.base != null && this.data != null
				&& Files.exists(this.data.resolve("postmaster.pid")))) {
			try {
				pg("pg_ctl stop", List.of(tool("pg_ctl"), "-D", this.data.toString(), "-m", "fast", "-w", "-t", "30",
						"stop"), Map.of());
			}
			catch (RuntimeException ex) {
				problems.add(ex.getMessage());
				try {
					pg("pg_ctl stop -m immediate", List.of(tool("pg_ctl"), "-D", this.data.toString(), "-m",
							"immediate", "-w", "-t", "30", "stop"), Map.of());
				}
				catch (RuntimeException again) {
					problems.add(again.getMessage());
				}
			}
			this.running = false;
		}
		if (this.base != null) {
			try {
				delete(this.base);
			}
			catch (IOException | UncheckedIOException ex) {
				problems.add("Could not delete " + this.base + ": " + ex);
			}
			this.base = null;
		}
		if (this.shutdownHook != null && Thread.currentThread() != this.shutdownHook) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// The JVM is shutting down already.
			}
			this.shutdownHook = null;
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Stopping PostgreSQL failed:\n" + String.join("\n", problems));
		}
	}

	private void stopQuietly() {
		try {
			stop();
		}
		catch (RuntimeException ex) {
			System.err.println(ex.getMessage());
		}
	}

	/**
	 * Starts the server on a free port, trying another should the port have been taken
	 * between looking for it and binding it.
	 */
	private void startServer() {
		Path log = this.base.resolve("postgres.log");
		for (int attempt = 1;; attempt++) {
			this.port = freePort();
			String options = "-k " + this.socket + " -c listen_addresses=" + HOST + " -p " + this.port;
			try {
				pg("pg_ctl start", List.of(tool("pg_ctl"), "-D", this.data.toString(), "-l", log.toString(), "-o",
						options, "-w", "-t", "60", "start"), Map.of());
				return;
			}
			catch (IllegalStateException ex) {
				String serverLog = read(log);
				boolean portTaken = serverLog.contains("could not bind") || serverLog.contains("already in use");
				if (!portTaken || attempt >= START_ATTEMPTS) {
					throw new IllegalStateException(ex.getMessage() + "\nserver log " + log + ":\n" + serverLog, ex);
				}
			}
		}
	}

	private String tool(String name) {
		return this.bin.resolve(name).toString();
	}

	/**
	 * Runs a PostgreSQL command, as {@code postgres} when this JVM runs as root, in the
	 * server's directory.
	 */
	private String pg(String what, List<String> command, Map<String, String> environment) {
		List<String> full = new ArrayList<>();
		if (this.asPostgres) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		return run(what, full, environment, true);
	}

	private String run(String what, List<String> command, Map<String, String> environment, boolean inBase) {
		Path output = null;
		try {
			output = Files.createTempFile("cratecloud-postgres-command-", ".out");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectOutput(output.toFile());
			if (inBase && this.base != null) {
				// A directory postgres may enter: initdb and pg_ctl complain about one it may not.
				builder.directory(this.base.toFile());
			}
			builder.environment().putAll(environment);
			// Messages in English whatever the machine's locale, and no locale it lacks.
			builder.environment().put("LC_ALL", "C");
			Process process = builder.start();
			boolean ended = process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			if (!ended) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
				throw new IllegalStateException(what + " did not end within " + COMMAND_TIMEOUT + ": "
						+ String.join(" ", command) + "\n" + read(output));
			}
			String text = read(output);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(what + " failed with exit code " + process.exitValue() + ": "
						+ String.join(" ", command) + "\n" + text);
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(what + " could not be run: " + String.join(" ", command), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(what + " was interrupted", ex);
		}
		finally {
			if (output != null) {
				try {
					Files.deleteIfExists(output);
				}
				catch (IOException ex) {
					// A temporary file; nothing depends on it.
				}
			}
		}
	}

	/**
	 * The {@code bin} directory of the newest installation under {@code root}, such as
	 * {@code /usr/lib/postgresql/15/bin}, with the commands needed.
	 */
	static Optional<Path> newestInstallation(Path root) {
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		List<Path> installations = new ArrayList<>();
		try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
			for (Path version : versions) {
				Path bin = version.resolve("bin");
				if (version.getFileName().toString().matches("\\d+(\\.\\d+)*")
						&& Stream.of("initdb", "pg_ctl", "createdb", "postgres")
							.allMatch((tool) -> Files.isExecutable(bin.resolve(tool)))) {
					installations.add(bin);
				}
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		return installations.stream().max(Comparator.comparing((Path bin) -> bin.getParent().getFileName().toString(),
				LocalPostgres::compareVersions));
	}

	private static int compareVersions(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int x = (i < a.length) ? Integer.parseInt(a[i]) : 0;
			int y = (i < b.length) ? Integer.parseInt(b[i]) : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

	private static boolean required() {
		String value = System.getenv(REQUIRE);
		if (value == null || value.isBlank()) {
			value = System.getProperty(REQUIRE);
		}
		return value != null && value.trim().equalsIgnoreCase("true");
	}

	private static void ownedByPostgres(Path... paths) throws IOException {
		UserPrincipalLookupService lookup = paths[0].getFileSystem().getUserPrincipalLookupService();
		UserPrincipal user;
		GroupPrincipal group;
		try {
			user = lookup.lookupPrincipalByName("postgres");
			group = lookup.lookupPrincipalByGroupName("postgres");
		}
		catch (IOException ex) {
			throw new IllegalStateException("This JVM runs as root, which PostgreSQL refuses, and there is no "
					+ "'postgres' user or group to run it as: apt-get install postgresql creates them", ex);
		}
		for (Path path : paths) {
			PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
			view.setOwner(user);
			view.setGroup(group);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on " + HOST, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "(could not read " + file + ": " + ex + ")";
		}
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private void requireRunning() {
		if (!this.running) {
			throw new IllegalStateException("PostgreSQL is not running: register LocalPostgres with "
					+ "@RegisterExtension on a static field, or call start()");
		}
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
