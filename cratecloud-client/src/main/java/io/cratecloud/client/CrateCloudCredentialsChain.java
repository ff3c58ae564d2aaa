package io.cratecloud.client;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Credentials from where users of CrateDB Cloud already keep them, tried in order, as the
 * AWS SDK's default chain tries its sources:
 * <ol>
 * <li>the environment variables {@code CRATECLOUD_APIKEY} and {@code CRATECLOUD_APISECRET}
 * ({@link #defaults()} only: in a Spring Boot application they bind to the
 * {@code cratecloud.*} properties, which come first);</li>
 * <li>the environment variables the official CLI (croud) reads, {@code CRATEDB_CLOUD_API_KEY}
 * and {@code CRATEDB_CLOUD_API_SECRET};</li>
 * <li>the API key and secret of the current profile of croud's configuration file,
 * {@code croud.yaml} in the user's configuration directory
 * ({@code ${XDG_CONFIG_HOME:-~/.config}/Crate/} on Linux,
 * {@code ~/Library/Application Support/Crate/} on macOS,
 * {@code %LOCALAPPDATA%\Crate\Crate\} on Windows), read with SnakeYAML when it is on the class
 * path and never written. A profile with only an {@code auth-token} (a console session) has no
 * key for this client.</li>
 * </ol>
 * The first source with both a key and a secret wins. The file is read again when it changes,
 * looked at no more than once a second. When no source has credentials, the exception says
 * what each source held.
 */
public final class CrateCloudCredentialsChain implements CrateCloudCredentialsProvider {

	/** The variable of the key this client documents. */
	public static final String API_KEY_VARIABLE = "CRATECLOUD_APIKEY";

	/** The variable of the secret this client documents. */
	public static final String API_SECRET_VARIABLE = "CRATECLOUD_APISECRET";

	/** The variable of the key the official CLI reads. */
	public static final String CROUD_API_KEY_VARIABLE = "CRATEDB_CLOUD_API_KEY";

	/** The variable of the secret the official CLI reads. */
	public static final String CROUD_API_SECRET_VARIABLE = "CRATEDB_CLOUD_API_SECRET";

	private static final boolean SNAKE_YAML_PRESENT = ClassUtils.isPresent("org.yaml.snakeyaml.Yaml",
			CrateCloudCredentialsChain.class.getClassLoader());

	private static final long FILE_CHECK_INTERVAL_NANOS = 1_000_000_000L;

	private final long fileCheckIntervalNanos;

	private final boolean clientVariables;

	private final UnaryOperator<@Nullable String> environment;

	private final @Nullable Path croudConfiguration;

	private final Object lock = new Object();

	private volatile @Nullable FileCredentials fromFile;

	private CrateCloudCredentialsChain(boolean clientVariables, UnaryOperator<@Nullable String> environment,
			@Nullable Path croudConfiguration, long fileCheckIntervalNanos) {
		this.fileCheckIntervalNanos = fileCheckIntervalNanos;
		this.clientVariables = clientVariables;
		this.environment = environment;
		this.croudConfiguration = croudConfiguration;
	}

	/**
	 * The chain of every source: this client's environment variables, then croud's, then
	 * croud's configuration file.
	 * @return the chain
	 */
	public static CrateCloudCredentialsChain defaults() {
		return new CrateCloudCredentialsChain(true, System::getenv, croudConfigurationFile(System::getenv,
				System.getProperty("os.name", ""), System.getProperty("user.home", "")), FILE_CHECK_INTERVAL_NANOS);
	}

	/**
	 * The chain of croud's sources only: its environment variables, then its configuration
	 * file; what a Spring Boot application tries after its {@code cratecloud.*} properties.
	 * @return the chain
	 */
	public static CrateCloudCredentialsChain croud() {
		return new CrateCloudCredentialsChain(false, System::getenv, croudConfigurationFile(System::getenv,
				System.getProperty("os.name", ""), System.getProperty("user.home", "")), FILE_CHECK_INTERVAL_NANOS);
	}

	/**
	 * A chain in an environment of a test's own, which looks at the file on every call.
	 * @param clientVariables whether this client's own variables come first
	 * @param environment the environment variables
	 * @param croudConfiguration croud's configuration file, or {@code null} for none
	 * @return the chain
	 */
	static CrateCloudCredentialsChain of(boolean clientVariables, UnaryOperator<@Nullable String> environment,
			@Nullable Path croudConfiguration) {
		return new CrateCloudCredentialsChain(clientVariables, environment, croudConfiguration, 0);
	}

	/**
	 * The credentials of the first source that has both a key and a secret.
	 * @return the credentials
	 * @throws IllegalStateException if no source has them, saying what each held
	 */
	@Override
	public CrateCloudCredentials getCredentials() {
		List<String> tried = new ArrayList<>();
		CrateCloudCredentials found = find(tried);
		if (found == null) {
			throw new IllegalStateException("No CrateDB Cloud API key and secret were found: " + String.join("; ", tried));
		}
		return found;
	}

	/**
	 * What each source holds, for a message that explains why no credentials were found.
	 * @return one line per source
	 */
	public List<String> describe() {
		List<String> tried = new ArrayList<>();
		find(tried);
		return tried;
	}

	private @Nullable CrateCloudCredentials find(List<String> tried) {
		if (this.clientVariables) {
			CrateCloudCredentials variables = fromVariables(API_KEY_VARIABLE, API_SECRET_VARIABLE, tried);
			if (variables != null) {
				return variables;
			}
		}
		CrateCloudCredentials croudVariables = fromVariables(CROUD_API_KEY_VARIABLE, CROUD_API_SECRET_VARIABLE, tried);
		if (croudVariables != null) {
			return croudVariables;
		}
		FileCredentials file = fromFile();
		tried.add(file.description());
		return file.credentials();
	}

	private @Nullable CrateCloudCredentials fromVariables(String keyVariable, String secretVariable,
			List<String> tried) {
		String key = this.environment.apply(keyVariable);
		String secret = this.environment.apply(secretVariable);
		boolean hasKey = key != null && !key.isBlank();
		boolean hasSecret = secret != null && !secret.isBlank();
		if (hasKey && hasSecret) {
			return CrateCloudCredentials.of(key, secret);
		}
		tried.add("the environment variables " + keyVariable + " and " + secretVariable + " are "
				+ ((hasKey || hasSecret) ? "not both set (only " + (hasKey ? keyVariable : secretVariable) + " is)"
						: "not set"));
		return null;
	}

	private FileCredentials fromFile() {
		Path path = this.croudConfiguration;
		if (path == null) {
			return FileCredentials.none("croud's configuration file has no place on this system");
		}
		FileCredentials known = this.fromFile;
		long now = System.nanoTime();
		if (known != null && now - known.checkedAt() < this.fileCheckIntervalNanos) {
			return known;
		}
		synchronized (this.lock) {
			FileTime modified = lastModified(path);
			known = this.fromFile;
			FileCredentials current = (known != null && modified != null && modified.equals(known.modified()))
					? known.checkedAgain(now) : readFile(path, modified, now);
			this.fromFile = current;
			return current;
		}
	}

	private static @Nullable FileTime lastModified(Path path) {
		try {
			return Files.getLastModifiedTime(path);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static FileCredentials readFile(Path path, @Nullable FileTime modified, long now) {
		if (modified == null || !Files.isRegularFile(path)) {
			return new FileCredentials(null, "croud's configuration file " + path + " does not exist", modified, now);
		}
		if (!SNAKE_YAML_PRESENT) {
			return new FileCredentials(null, "croud's configuration file " + path
					+ " is not read: SnakeYAML (org.yaml:snakeyaml) is not on the class path", modified, now);
		}
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			return CroudConfiguration.read(reader, path, modified, now);
		}
		catch (IOException | RuntimeException ex) {
			// A file croud itself would refuse: say so, without quoting what it holds.
			return new FileCredentials(null, "croud's configuration file " + path + " cannot be read ("
					+ ex.getClass().getSimpleName() + ")", modified, now);
		}
	}

	/**
	 * Where croud keeps its configuration: platformdirs' {@code user_config_dir("Crate")}.
	 */
	static @Nullable Path croudConfigurationFile(UnaryOperator<@Nullable String> environment, String osName,
			String userHome) {
		String xdg = environment.apply("XDG_CONFIG_HOME");
		boolean hasXdg = xdg != null && !xdg.isBlank();
		String os = osName.toLowerCase(Locale.ROOT);
		if (os.startsWith("windows")) {
			String localAppData = environment.apply("LOCALAPPDATA");
			return (localAppData != null && !localAppData.isBlank())
					? Path.of(localAppData, "Crate", "Crate", "croud.yaml") : null;
		}
		if (hasXdg) {
			return Path.of(xdg, "Crate", "croud.yaml");
		}
		if (userHome.isBlank()) {
			return null;
		}
		return os.startsWith("mac") ? Path.of(userHome, "Library", "Application Support", "Crate", "croud.yaml")
				: Path.of(userHome, ".config", "Crate", "croud.yaml");
	}

	@Override
	public String toString() {
		return "CrateCloudCredentialsChain[" + (this.clientVariables ? API_KEY_VARIABLE + ", " : "")
				+ CROUD_API_KEY_VARIABLE + ", " + this.croudConfiguration + "]";
	}

	/**
	 * What croud's configuration file held when it was last read.
	 */
	record FileCredentials(@Nullable CrateCloudCredentials credentials, String description,
			@Nullable FileTime modified, long checkedAt) {

		static FileCredentials none(String description) {
			return new FileCredentials(null, description, null, Long.MIN_VALUE);
		}

		FileCredentials checkedAgain(long now) {
			return new FileCredentials(this.credentials, this.description, this.modified, now);
		}

		@Override
		public String toString() {
			return "FileCredentials[" + this.description + "]";
		}

	}

	/**
	 * croud's YAML, read with SnakeYAML's safe loader, leniently: unknown keys are ignored.
	 */
	private static final class CroudConfiguration {

		static FileCredentials read(Reader reader, Path path, @Nullable FileTime modified, long now) {
			Object document = new org.yaml.snakeyaml.Yaml(
					new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()))
				.load(reader);
			String where = "croud's configuration file " + path;
			if (!(document instanceof Map<?, ?> root) || !(root.get("current-profile") instanceof String current)) {
				return new FileCredentials(null, where + " names no current-profile", modified, now);
			}
			Object profiles = root.get("profiles");
			Object profile = (profiles instanceof Map<?, ?> all) ? all.get(current) : null;
			if (!(profile instanceof Map<?, ?> settings)) {
				return new FileCredentials(null, where + " has no profile '" + current + "', its current-profile",
						modified, now);
			}
			Object key = settings.get("key");
			Object secret = settings.get("secret");
			if (key instanceof String apiKey && !apiKey.isBlank() && secret instanceof String apiSecret
					&& !apiSecret.isBlank()) {
				return new FileCredentials(CrateCloudCredentials.of(apiKey, apiSecret),
						where + ", profile '" + current + "'", modified, now);
			}
			boolean hasToken = settings.get("auth-token") instanceof String token && !token.isBlank();
			return new FileCredentials(null, where + ": its current profile '" + current + "' has no key and secret"
					+ (hasToken ? " (only an auth-token, a console session this client does not use: make an API key "
							+ "with 'croud api-keys create' and set key and secret)" : ""), modified, now);
		}

	}

}
