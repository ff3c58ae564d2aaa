package io.cratecloud.test;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A cluster to seed, described fluently and created by {@link #create()}.
 */
public final class ClusterSeed {

	/** DNS labels separated by dots, which IPv4 addresses are too; no trailing dot. */
	private static final Pattern HOST = Pattern
		.compile("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");

	private final FakeState state;

	final String name;

	final String projectId;

	final String subscriptionId;

	int nodes = 1;

	String productName = "cr1";

	String productTier = "default";

	String crateVersion = "5.10.3";

	String username = "admin";

	boolean suspended;

	boolean deletionProtected;

	@Nullable String sqlHost;

	@Nullable Integer sqlPort;

	@Nullable String sqlPassword;

	String sqlDatabase = "doc";

	ClusterSeed(FakeState state, String name, String projectId, String subscriptionId) {
		this.state = state;
		this.name = name;
		this.projectId = projectId;
		this.subscriptionId = subscriptionId;
	}

	/**
	 * The number of nodes (the product unit is one less). Default 1.
	 * @param nodes the node count, at least 1
	 * @return this seed
	 */
	public ClusterSeed nodes(int nodes) {
		if (nodes < 1) {
			throw new IllegalArgumentException("nodes must be at least 1, was " + nodes);
		}
		this.nodes = nodes;
		return this;
	}

	/**
	 * The product, from the fake's catalogue. Default {@code cr1} of tier {@code default}.
	 * @param tier the product's tier, e.g. {@code default}
	 * @param name the product's name, e.g. {@code cr2}
	 * @return this seed
	 */
	public ClusterSeed product(String tier, String name) {
		this.productTier = Objects.requireNonNull(tier, "tier");
		this.productName = Objects.requireNonNull(name, "name");
		return this;
	}

	/**
	 * The CrateDB version. Default {@code 5.10.3}.
	 * @param crateVersion the version
	 * @return this seed
	 */
	public ClusterSeed crateVersion(String crateVersion) {
		this.crateVersion = Objects.requireNonNull(crateVersion, "crateVersion");
		return this;
	}

	/**
	 * Points the cluster's endpoint at another host, such as a PostgreSQL-protocol server a
	 * test runs, instead of the fake's {@code <name>.<region>.cratedb.net}: the cluster's
	 * {@code fqdn} becomes {@code host + "."} (with the trailing dot the API writes). Its
	 * {@code url} stays the fake's own SQL endpoint for the cluster (unlike the service's
	 * {@code https://<fqdn>:4200}, see {@link FakeCrateCloud}), which runs statements on that
	 * host once {@link #sqlEndpoint(String, int) its port} is known too. An application that
	 * connects to the cluster, such as Spring Boot's DataSource on
	 * {@code cratecloud.datasource.cluster}, then connects to that host:
	 * <pre class="code">
	 * project.cluster("sensors").sqlEndpoint("127.0.0.1").username("crate").create();
	 * </pre>
	 * The API's cluster has no JDBC port (CrateDB Cloud's is 5432): the application
	 * sets it, with {@code cratecloud.datasource.port}. The user is the cluster's
	 * {@link #username(String) username}; the API never returns a password.
	 * @param host a host name or an IPv4 address, such as {@code 127.0.0.1} or
	 * {@code localhost}, without a scheme, a port or a trailing dot
	 * @return this seed
	 * @throws IllegalArgumentException if {@code host} is not a host name or IPv4 address
	 */
	public ClusterSeed sqlEndpoint(String host) {
		Objects.requireNonNull(host, "host");
		if (host.length() > 253 || !HOST.matcher(host).matches()) {
			throw new IllegalArgumentException("host must be a host name or an IPv4 address, such as 127.0.0.1, "
					+ "without a scheme, a port or a trailing dot; was '" + host + "'");
		}
		this.sqlHost = host;
		return this;
	}

	/**
	 * Points the cluster's endpoint at a database the test runs, as
	 * {@link #sqlEndpoint(String)} does, and tells its port and that it has no TLS: with
	 * {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud}, when
	 * {@code cratecloud.datasource.cluster} names this cluster, the starter's DataSource connects
	 * to {@code host:port} without TLS ({@code cratecloud.datasource.port} and
	 * {@code cratecloud.datasource.ssl-mode=disable} are set for the test, below its own
	 * inlined properties). The common case in one line, for CrateDB in a container, whose
	 * default schema {@code doc} the JDBC URL names:
	 * <pre class="code">
	 * project.cluster("sensors").sqlEndpoint("127.0.0.1", crate.getMappedPort(5432)).username("crate").create();
	 * </pre>
	 * The cluster's SQL endpoint on the fake (its {@code url} followed by {@code /_sql}) then
	 * runs the statements it is sent on this database, as the cluster's
	 * {@linkplain #username(String) user} with the {@linkplain #sqlPassword(String) password}
	 * given, in the {@linkplain #sqlDatabase(String) database} {@code doc}.
	 * @param host a host name or an IPv4 address, as {@link #sqlEndpoint(String)} takes it
	 * @param port the database's PostgreSQL-protocol port
	 * @return this seed
	 * @throws IllegalArgumentException if {@code host} is not a host name or IPv4 address, or
	 * {@code port} is not 1 to 65535
	 */
	public ClusterSeed sqlEndpoint(String host, int port) {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
		}
		sqlEndpoint(host);
		this.sqlPort = port;
		return this;
	}

	/**
	 * The password of the cluster's {@linkplain #username(String) user} on the database
	 * {@link #sqlEndpoint(String, int)} points at, with which the fake's SQL endpoint for the
	 * cluster logs in to run the statements it is sent; only the fake keeps it, as the API never
	 * returns a cluster's password. Without one the fake logs in without a password. For a
	 * PostgreSQL server a test runs:
	 * <pre class="code">
	 * project.cluster("sensors").sqlEndpoint("127.0.0.1", postgres.port()).username("sensors_app")
	 *     .sqlPassword(postgres.password()).create();
	 * </pre>
	 * @param password the password
	 * @return this seed
	 */
	public ClusterSeed sqlPassword(String password) {
		this.sqlPassword = Objects.requireNonNull(password, "password");
		return this;
	}

	/**
	 * The database the fake's SQL endpoint for the cluster connects to on the server
	 * {@link #sqlEndpoint(String, int)} points at. Default {@code doc}, the database the
	 * starter's JDBC URL names by default ({@code cratecloud.datasource.schema}), so that the
	 * endpoint and the application's DataSource see the same tables.
	 * @param database the database's name
	 * @return this seed
	 * @throws IllegalArgumentException if {@code database} is blank or holds a {@code /},
	 * {@code ?} or {@code #}, which would change the JDBC URL
	 */
	public ClusterSeed sqlDatabase(String database) {
		Objects.requireNonNull(database, "database");
		if (database.isBlank() || database.chars().anyMatch((c) -> c == '/' || c == '?' || c == '#')) {
			throw new IllegalArgumentException("database must be a database's name, without '/', '?' or '#'; was '"
					+ database + "'");
		}
		this.sqlDatabase = database;
		return this;
	}

	/**
	 * The database user name. Default {@code admin}.
	 * @param username the user name
	 * @return this seed
	 */
	public ClusterSeed username(String username) {
		this.username = Objects.requireNonNull(username, "username");
		return this;
	}

	/**
	 * Creates the cluster suspended (health {@code SUSPENDED}).
	 * @return this seed
	 */
	public ClusterSeed suspended() {
		this.suspended = true;
		return this;
	}

	/**
	 * Creates the cluster with deletion protection on.
	 * @return this seed
	 */
	public ClusterSeed deletionProtected() {
		this.deletionProtected = true;
		return this;
	}

	/**
	 * Creates the cluster, running (or suspended) with no operation in progress.
	 * @return the cluster's id
	 * @throws IllegalArgumentException if the product is not in the fake's catalogue or has
	 * fewer nodes to offer
	 */
	public String create() {
		synchronized (this.state) {
			return ClustersApi.seed(this.state, this);
		}
	}

}
