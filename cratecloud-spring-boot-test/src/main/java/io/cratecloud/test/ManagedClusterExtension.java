package io.cratecloud.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentialsChain;
import io.cratecloud.client.CrateCloudCredentialsProvider;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterQuery;
import io.cratecloud.client.estate.ChangeKind;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstateCluster;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.client.estate.EstateReport;
import io.cratecloud.client.estate.PasswordResolver;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.sql.CrateDbSql;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension for integration tests on a real CrateDB Cloud cluster, in the spirit of
 * the CrateDB toolkit's {@code ManagedCluster}: it makes sure the one cluster it declares runs
 * before the tests of the class, hands it to them, and afterwards keeps, suspends or deletes
 * it.
 * <pre class="code">
 * class OrdersIntegrationTests {
 *
 *     &#64;RegisterExtension
 *     static ManagedClusterExtension orders = ManagedClusterExtension.builder()
 *         .organization(System.getenv("CRATECLOUD_ORGANIZATION"))
 *         .project("integration-tests")
 *         .cluster("orders-it", (cluster) -&gt; cluster.product("cr1")
 *             .nodes(1)
 *             .crateVersion("5.10.3")
 *             .passwordFrom("ORDERS_IT_PASSWORD"))
 *         .onExit(ManagedClusterExtension.OnExit.SUSPEND)
 *         .build();
 *
 *     &#64;Test
 *     void insertsOrders(ManagedClusterJdbcDetails jdbc, CrateDbSql sql) throws SQLException {
 *         try (Connection connection = DriverManager.getConnection(jdbc.jdbcUrl(), jdbc.username(), jdbc.password())) {
 *             ...
 *         }
 *     }
 *
 * }
 * </pre>
 * <p>
 * <b>Before the tests of the class</b> the extension applies an {@link Estate} of the one
 * cluster in the one project ({@link io.cratecloud.client.estate.EstateClient#apply(Estate)}):
 * it creates the project if it does not exist, deploys the cluster if the project has no
 * cluster of its name, and otherwise reuses that cluster, resuming it when it is suspended
 * (the declaration is always {@code suspended(false)}) and changing whatever else the
 * declaration manages and the cluster does not match (nodes, product, version...). Other
 * clusters and projects are never touched. It then waits until the cluster's health is
 * {@code GREEN}. Both waits share one {@link Builder#startTimeout(Duration) timeout}. The
 * plan and the apply's report are published as report entries of the test class; neither
 * holds a password.
 * <p>
 * <b>During the tests</b> parameters of the types {@link Cluster} (as it was when it turned
 * GREEN), {@link ManagedClusterJdbcDetails} (the JDBC URL, user and the password the
 * declaration's {@code passwordFrom} reference holds) and {@link CrateDbSql} (SQL over the
 * cluster's HTTP endpoint, with the API key) are resolved, and the same are returned by
 * {@link #cluster()}, {@link #jdbc()} and {@link #sql()}. Only one managed cluster per test
 * class can be reached through parameters; with several, use their accessors.
 * <p>
 * <b>After the tests of the class</b> (also when the start failed half-way), the cluster is
 * dealt with as {@link Builder#onExit(OnExit)} says, within the
 * {@link Builder#stopTimeout(Duration) stop timeout}:
 * <ul>
 * <li>{@link OnExit#KEEP} (the default) leaves it running;</li>
 * <li>{@link OnExit#SUSPEND} suspends it and waits until it is suspended;</li>
 * <li>{@link OnExit#DELETE_IF_CREATED} deletes it if the extension deployed it, and leaves a
 * reused cluster running;</li>
 * <li>{@link OnExit#DELETE} deletes it, whether the extension deployed it or reused it, as
 * the declaration then explicitly asks.</li>
 * </ul>
 * A cluster the declaration protects against deletion ({@code deletionProtected(true)}) cannot
 * be declared with a deleting {@code onExit}: the builder refuses it. At deletion, a cluster
 * that is protected anyway has its protection turned off first only if the extension deployed
 * it; a reused cluster someone protected is never unprotected by the extension, which then
 * fails instead, saying so. The extension waits until the cluster is gone.
 * <p>
 * The extension must be registered with {@code @RegisterExtension} on a static field: one
 * cluster serves every test of the class (and of its {@code @Nested} classes). Without a
 * {@link Builder#client(CrateCloudClient) client} of its own, it builds one with the API key
 * and secret from {@link CrateCloudCredentialsChain#defaults()} (the environment variables
 * {@code CRATECLOUD_APIKEY} and {@code CRATECLOUD_APISECRET}, then croud's) and the base URL
 * from the environment variable {@value #BASE_URL_VARIABLE} when it is set. No password, key or
 * secret appears in a message, a report entry or {@link #toString()}.
 */
public final class ManagedClusterExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

	/** How long starting (applying the estate, then waiting for GREEN) may take unless set. */
	public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(30);

	/** How long suspending or deleting the cluster after the tests may take unless set. */
	public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofMinutes(15);

	/** The port of a cluster's PostgreSQL wire protocol endpoint. */
	public static final int JDBC_PORT = 5432;

	/** The schema of the JDBC URL unless set: CrateDB's default schema. */
	public static final String DEFAULT_SCHEMA = "doc";

	/** The environment variable of the API's base URL for the client the extension builds. */
	public static final String BASE_URL_VARIABLE = "CRATECLOUD_BASEURL";

	private final Supplier<CrateCloudClient> clientFactory;

	private final Estate estate;

	private final String projectName;

	private final EstateCluster declared;

	private final OnExit onExit;

	private final Duration startTimeout;

	private final Duration stopTimeout;

	private final String schema;

	/** The unique id of the extension context (class) whose start began the extension. */
	private @Nullable String startedBy;

	private @Nullable CrateCloudClient client;

	/** Whether the estate was planned, so that the cluster is the extension's to deal with. */
	private boolean managed;

	private boolean created;

	private @Nullable EstateReport report;

	private @Nullable Cluster cluster;

	private ManagedClusterExtension(Builder builder, Estate estate, EstateCluster declared) {
		this.clientFactory = builder.clientFactory();
		this.estate = estate;
		this.projectName = builder.projectName();
		this.declared = declared;
		this.onExit = builder.onExit;
		this.startTimeout = builder.startTimeout;
		this.stopTimeout = builder.stopTimeout;
		this.schema = builder.schema;
	}

	/**
	 * Start declaring a managed cluster.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		CrateCloudClient client;
		synchronized (this) {
			if (this.startedBy != null) {
				// A nested class: the cluster of its enclosing class serves it.
				return;
			}
			this.startedBy = context.getUniqueId();
			this.managed = false;
			this.created = false;
			this.report = null;
			this.cluster = null;
			this.client = this.clientFactory.get();
			client = this.client;
		}
		long deadline = System.nanoTime() + this.startTimeout.toNanos();
		EstatePlan plan = client.estate().plan(this.estate);
		boolean deploys = plan.pending()
			.stream()
			.anyMatch((change) -> change.kind() == ChangeKind.CREATE_CLUSTER && this.projectName.equals(change.project())
					&& this.declared.name().equals(change.cluster()));
		synchronized (this) {
			this.managed = true;
			this.created = deploys;
		}
		context.publishReportEntry("cratecloud.managed-cluster.plan", plan.render());
		EstateReport applied = client.estate()
			.withApplyTimeout(remaining(deadline))
			.apply(this.estate)
			.await(remaining(deadline));
		context.publishReportEntry("cratecloud.managed-cluster.apply", applied.render());
		Cluster found = find(client).orElseThrow(() -> new IllegalStateException(
				"Cluster " + describeCluster() + " was applied but is not in the organization's clusters"));
		Cluster green = client.clusters().untilGreen(required(found.id())).await(remaining(deadline));
		synchronized (this) {
			this.report = applied;
			this.cluster = green;
		}
		context.publishReportEntry("cratecloud.managed-cluster",
				(deploys ? "Deployed " : "Reused ") + describeCluster() + " (" + green.id() + "): GREEN");
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		synchronized (this) {
			if (this.startedBy == null) {
				throw new IllegalStateException("A ManagedClusterExtension serves the tests of a class: register it with "
						+ "@RegisterExtension on a static field");
			}
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		CrateCloudClient client;
		boolean wasManaged;
		boolean wasCreated;
		@Nullable Cluster known;
		synchronized (this) {
			if (this.startedBy == null || !this.startedBy.equals(context.getUniqueId())) {
				return;
			}
			this.startedBy = null;
			client = this.client;
			wasManaged = this.managed;
			wasCreated = this.created;
			known = this.cluster;
			this.cluster = null;
		}
		if (client == null || !wasManaged || this.onExit == OnExit.KEEP) {
			if (wasManaged) {
				context.publishReportEntry("cratecloud.managed-cluster", "Kept " + describeCluster());
			}
			return;
		}
		// The start may have failed before the cluster was found: look it up by name.
		String id = (known != null) ? known.id() : find(client).map(Cluster::id).orElse(null);
		if (id == null) {
			return;
		}
		long deadline = System.nanoTime() + this.stopTimeout.toNanos();
		switch (this.onExit) {
			case SUSPEND -> {
				suspend(client, id, deadline);
				context.publishReportEntry("cratecloud.managed-cluster", "Suspended " + describeCluster());
			}
			case DELETE_IF_CREATED -> {
				if (wasCreated) {
					delete(client, id, true, deadline);
					context.publishReportEntry("cratecloud.managed-cluster", "Deleted " + describeCluster());
				}
				else {
					context.publishReportEntry("cratecloud.managed-cluster",
							"Kept " + describeCluster() + ": it existed before the tests");
				}
			}
			case DELETE -> {
				delete(client, id, wasCreated, deadline);
				context.publishReportEntry("cratecloud.managed-cluster", "Deleted " + describeCluster());
			}
			default -> throw new IllegalStateException("Unexpected " + this.onExit);
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == Cluster.class || type == ManagedClusterJdbcDetails.class || type == CrateDbSql.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		if (type == Cluster.class) {
			return cluster();
		}
		if (type == ManagedClusterJdbcDetails.class) {
			return jdbc();
		}
		return sql();
	}

	/**
	 * The cluster, as it was when its health turned GREEN before the tests.
	 * @return the cluster
	 * @throws IllegalStateException if called outside the tests of the class
	 */
	public synchronized Cluster cluster() {
		if (this.cluster == null) {
			throw new IllegalStateException("The managed cluster " + describeCluster() + " is ready only while the tests "
					+ "of the class run: register the extension with @RegisterExtension on a static field");
		}
		return this.cluster;
	}

	/**
	 * The cluster's id.
	 * @return the id
	 * @throws IllegalStateException if called outside the tests of the class
	 */
	public String clusterId() {
		return required(cluster().id());
	}

	/**
	 * How to connect to the cluster with JDBC: {@code jdbc:postgresql://<host>:5432/<schema>?sslmode=require},
	 * the cluster's admin user and the password the declaration's {@code passwordFrom} reference
	 * holds, resolved now.
	 * @return the connection details
	 * @throws IllegalStateException if called outside the tests of the class, if the cluster has
	 * no host name, or if the declaration names no password reference or the reference holds
	 * none
	 */
	public ManagedClusterJdbcDetails jdbc() {
		Cluster cluster = cluster();
		String host = cluster.hostName();
		if (host == null) {
			throw new IllegalStateException("Cluster " + describeCluster() + " has no host name yet");
		}
		String reference = this.declared.passwordFrom();
		if (reference == null) {
			throw new IllegalStateException("Cluster " + describeCluster() + " declares no password reference: declare "
					+ "passwordFrom(...) to connect with JDBC");
		}
		String password = this.estate.passwords().resolve(reference);
		if (password == null) {
			throw new IllegalStateException("The password reference '" + reference + "' of cluster " + describeCluster()
					+ " holds no password");
		}
		String url = "jdbc:postgresql://" + host + ":" + JDBC_PORT + "/"
				+ URLEncoder.encode(this.schema, StandardCharsets.UTF_8) + "?sslmode=require";
		return new ManagedClusterJdbcDetails(required(cluster.id()), cluster.name(), url, cluster.username(), password);
	}

	/**
	 * SQL on the cluster over its HTTP endpoint, authenticated with the cluster's token that
	 * the API key fetches: {@code client.clusters().sql(clusterId)}.
	 * @return the SQL client
	 * @throws IllegalStateException if called outside the tests of the class
	 */
	public CrateDbSql sql() {
		String id = clusterId();
		return requiredClient().clusters().sql(id);
	}

	/**
	 * The client the extension manages the cluster with.
	 * @return the client
	 * @throws IllegalStateException if called before the tests of the class
	 */
	public CrateCloudClient client() {
		return requiredClient();
	}

	/**
	 * The estate the extension applies: the one project with the one cluster, for instance to
	 * check that nothing drifted during the tests
	 * ({@code CrateCloudAssertions.assertThat(cluster.estate()).hasNoDriftOn(cluster.client())}).
	 * @return the estate
	 */
	public Estate estate() {
		return this.estate;
	}

	/**
	 * Whether the extension deployed the cluster, rather than reusing one of the declared name.
	 * @return whether it deployed it
	 */
	public synchronized boolean created() {
		return this.created;
	}

	/**
	 * What applying the estate before the tests did.
	 * @return the report
	 * @throws IllegalStateException if called outside the tests of the class
	 */
	public synchronized EstateReport report() {
		if (this.report == null) {
			throw new IllegalStateException("The managed cluster " + describeCluster() + " is not ready");
		}
		return this.report;
	}

	@Override
	public synchronized String toString() {
		String state = (this.cluster != null) ? "clusterId=" + this.cluster.id() : "not ready";
		return "ManagedClusterExtension[organization=" + this.estate.organizationId() + ", cluster=" + describeCluster()
				+ ", onExit=" + this.onExit + ", " + state + "]";
	}

	private synchronized CrateCloudClient requiredClient() {
		if (this.client == null) {
			throw new IllegalStateException("The managed cluster " + describeCluster() + " has no client before the tests "
					+ "of the class start");
		}
		return this.client;
	}

	private String describeCluster() {
		return this.projectName + "/" + this.declared.name();
	}

	private Optional<Cluster> find(CrateCloudClient client) {
		String organizationId = this.estate.organizationId();
		Optional<String> projectId = client.projects()
			.list(organizationId)
			.stream()
			.filter((project) -> this.projectName.equals(project.name()))
			.map(Project::id)
			.findFirst();
		if (projectId.isEmpty()) {
			return Optional.empty();
		}
		return client.clusters()
			.list(ClusterQuery.inOrganization(organizationId))
			.stream()
			.filter((cluster) -> projectId.get().equals(cluster.projectId()) && this.declared.name().equals(cluster.name()))
			.findFirst();
	}

	private void suspend(CrateCloudClient client, String id, long deadline) {
		if (Boolean.TRUE.equals(client.clusters().get(id).suspended())) {
			return;
		}
		change(() -> client.clusters().suspend(id), deadline);
	}

	private void delete(CrateCloudClient client, String id, boolean wasCreated, long deadline) {
		Cluster current = client.clusters().get(id);
		if (Boolean.TRUE.equals(current.deletionProtected())) {
			if (!wasCreated) {
				throw new IllegalStateException("Cluster " + describeCluster() + " (" + id + ") existed before the tests "
						+ "and is protected against deletion: it is kept. Turn its deletion protection off, or declare "
						+ "deletionProtected(false), to have it deleted");
			}
			client.clusters().updateDeletionProtection(id, false);
		}
		change(() -> client.clusters().delete(id), deadline);
	}

	/**
	 * Start a change and await it; when another operation runs on the cluster, await that one
	 * first, then start the change again.
	 */
	private static void change(Supplier<PendingOperation<?>> change, long deadline) {
		PendingOperation<?> operation;
		try {
			operation = change.get();
		}
		catch (CrateCloudOperationInProgressException ex) {
			ex.runningOperation().await(remaining(deadline));
			operation = change.get();
		}
		operation.await(remaining(deadline));
	}

	private static Duration remaining(long deadline) {
		long left = deadline - System.nanoTime();
		return Duration.ofNanos(Math.max(left, 1_000_000L));
	}

	private static String required(@Nullable String id) {
		if (id == null) {
			throw new IllegalStateException("The API answered a cluster without an id");
		}
		return id;
	}

	/**
	 * What to do with the cluster after the tests of the class.
	 */
	public enum OnExit {

		/** Leave it running. */
		KEEP,

		/** Suspend it (it then costs only its storage), and wait until it is suspended. */
		SUSPEND,

		/**
		 * Delete it if the extension deployed it, and wait until it is gone; leave a cluster that
		 * existed before the tests running.
		 */
		DELETE_IF_CREATED,

		/**
		 * Delete it, also when it existed before the tests, and wait until it is gone.
		 */
		DELETE

	}

	/**
	 * Declares a {@link ManagedClusterExtension}.
	 */
	public static final class Builder {

		private @Nullable CrateCloudClient client;

		private @Nullable String baseUrl;

		private @Nullable CrateCloudCredentialsProvider credentials;

		private @Nullable String organizationId;

		private @Nullable String subscriptionId;

		private @Nullable String projectName;

		private @Nullable String region;

		private @Nullable String clusterName;

		private @Nullable Consumer<Estate.ClusterBuilder> clusterSettings;

		private PasswordResolver passwords = PasswordResolver.environment();

		private OnExit onExit = OnExit.KEEP;

		private Duration startTimeout = DEFAULT_START_TIMEOUT;

		private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;

		private String schema = DEFAULT_SCHEMA;

		private Builder() {
		}

		/**
		 * The client to manage the cluster with; without one, the extension builds its own
		 * from the {@link #baseUrl(String) base URL} and {@link #credentials credentials}.
		 * @param client the client
		 * @return this builder
		 */
		public Builder client(CrateCloudClient client) {
			this.client = notNull(client, "client");
			return this;
		}

		/**
		 * The API's base URL for the client the extension builds; the environment variable
		 * {@value ManagedClusterExtension#BASE_URL_VARIABLE}, else the client's default, unless
		 * set.
		 * @param baseUrl the base URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = text(baseUrl, "baseUrl");
			return this;
		}

		/**
		 * The API key and secret for the client the extension builds;
		 * {@link CrateCloudCredentialsChain#defaults()} unless set.
		 * @param credentials the credentials, or their provider
		 * @return this builder
		 */
		public Builder credentials(CrateCloudCredentialsProvider credentials) {
			this.credentials = notNull(credentials, "credentials");
			return this;
		}

		/**
		 * The organization the cluster belongs to. Required.
		 * @param organizationId the organization's id
		 * @return this builder
		 */
		public Builder organization(String organizationId) {
			this.organizationId = text(organizationId, "organizationId");
			return this;
		}

		/**
		 * The subscription a new cluster is paid from; the organization's only active one unless
		 * set.
		 * @param subscriptionId the subscription's id
		 * @return this builder
		 */
		public Builder subscription(String subscriptionId) {
			this.subscriptionId = text(subscriptionId, "subscriptionId");
			return this;
		}

		/**
		 * The project the cluster is in, created if it does not exist. Required.
		 * @param name the project's name
		 * @return this builder
		 */
		public Builder project(String name) {
			this.projectName = text(name, "project");
			return this;
		}

		/**
		 * The region of the project, used when the extension creates it; unmanaged unless set.
		 * @param region the region's name, such as {@code aks1.westeurope.azure}
		 * @return this builder
		 */
		public Builder region(String region) {
			this.region = text(region, "region");
			return this;
		}

		/**
		 * The cluster, found by its name in the project, with the settings of the estate's
		 * {@link Estate.ClusterBuilder}: product, nodes, CrateDB version (needed to deploy it),
		 * {@code passwordFrom} (needed to deploy it, and for {@link ManagedClusterExtension#jdbc()})
		 * and whatever else is to be managed. It is always declared running:
		 * {@code suspended(false)} is set after these settings. Required.
		 * @param name the cluster's name
		 * @param settings declares the cluster's attributes
		 * @return this builder
		 */
		public Builder cluster(String name, Consumer<Estate.ClusterBuilder> settings) {
			this.clusterName = text(name, "cluster");
			this.clusterSettings = notNull(settings, "settings");
			return this;
		}

		/**
		 * Where the password of the declaration's {@code passwordFrom} reference comes from:
		 * environment variables, then system properties, unless set.
		 * @param passwords the resolver
		 * @return this builder
		 */
		public Builder passwords(PasswordResolver passwords) {
			this.passwords = notNull(passwords, "passwords");
			return this;
		}

		/**
		 * What to do with the cluster after the tests of the class; {@link OnExit#KEEP} unless
		 * set.
		 * @param onExit what to do
		 * @return this builder
		 */
		public Builder onExit(OnExit onExit) {
			this.onExit = notNull(onExit, "onExit");
			return this;
		}

		/**
		 * How long applying the estate and waiting for the cluster to be GREEN may take
		 * together; {@link ManagedClusterExtension#DEFAULT_START_TIMEOUT 30 minutes} unless set.
		 * @param startTimeout the timeout, positive
		 * @return this builder
		 */
		public Builder startTimeout(Duration startTimeout) {
			this.startTimeout = positive(startTimeout, "startTimeout");
			return this;
		}

		/**
		 * How long suspending or deleting the cluster after the tests may take;
		 * {@link ManagedClusterExtension#DEFAULT_STOP_TIMEOUT 15 minutes} unless set.
		 * @param stopTimeout the timeout, positive
		 * @return this builder
		 */
		public Builder stopTimeout(Duration stopTimeout) {
			this.stopTimeout = positive(stopTimeout, "stopTimeout");
			return this;
		}

		/**
		 * The schema of the JDBC URL, its database segment; {@value ManagedClusterExtension#DEFAULT_SCHEMA}
		 * unless set.
		 * @param schema the schema
		 * @return this builder
		 */
		public Builder jdbcSchema(String schema) {
			this.schema = text(schema, "schema");
			return this;
		}

		/**
		 * Check the declaration and build the extension. Nothing is sent to the API before the
		 * tests of the class start.
		 * @return the extension
		 * @throws IllegalStateException if the organization, project or cluster is missing, or
		 * both a client and the settings of the client to build are given
		 * @throws IllegalArgumentException if a deleting {@code onExit} is declared for a cluster
		 * declared protected against deletion
		 * @throws io.cratecloud.client.estate.EstateValidationException if the cluster's
		 * declaration is not valid
		 */
		public ManagedClusterExtension build() {
			if (this.organizationId == null) {
				throw new IllegalStateException("Declare the organization: organization(id)");
			}
			if (this.projectName == null) {
				throw new IllegalStateException("Declare the project: project(name)");
			}
			if (this.clusterName == null || this.clusterSettings == null) {
				throw new IllegalStateException("Declare the cluster: cluster(name, settings)");
			}
			if (this.client != null && (this.baseUrl != null || this.credentials != null)) {
				throw new IllegalStateException("Either give a client, or the base URL and credentials of the client to "
						+ "build, not both");
			}
			String region = this.region;
			String name = this.clusterName;
			Consumer<Estate.ClusterBuilder> settings = this.clusterSettings;
			Estate.Builder estate = Estate.builder(this.organizationId)
				.passwords(this.passwords)
				.project(this.projectName, (project) -> project.region(region).cluster(name, (cluster) -> {
					settings.accept(cluster);
					cluster.suspended(false);
				}));
			if (this.subscriptionId != null) {
				estate.subscription(this.subscriptionId);
			}
			Estate built = estate.build();
			EstateCluster declared = built.projects().get(0).clusters().get(0);
			if (this.onExit != OnExit.KEEP && this.onExit != OnExit.SUSPEND
					&& Boolean.TRUE.equals(declared.deletionProtected())) {
				throw new IllegalArgumentException("Cluster " + this.projectName + "/" + name + " is declared "
						+ "deletionProtected(true) and onExit(" + this.onExit + "): declare one or the other");
			}
			return new ManagedClusterExtension(this, built, declared);
		}

		private String projectName() {
			return (this.projectName != null) ? this.projectName : "";
		}

		private Supplier<CrateCloudClient> clientFactory() {
			CrateCloudClient given = this.client;
			if (given != null) {
				return () -> given;
			}
			String url = this.baseUrl;
			CrateCloudCredentialsProvider provider = this.credentials;
			return () -> {
				CrateCloudClient.Builder builder = CrateCloudClient.builder()
					.credentials((provider != null) ? provider : CrateCloudCredentialsChain.defaults());
				String base = (url != null) ? url : System.getenv(BASE_URL_VARIABLE);
				if (base != null && !base.isBlank()) {
					builder.baseUrl(base.trim());
				}
				return builder.build();
			};
		}

		private static <T> T notNull(@Nullable T value, String name) {
			if (value == null) {
				throw new IllegalArgumentException(name + " must not be null");
			}
			return value;
		}

		private static String text(@Nullable String value, String name) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be empty");
			}
			return value;
		}

		private static Duration positive(@Nullable Duration value, String name) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return value;
		}

	}

}
