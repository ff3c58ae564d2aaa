package io.cratecloud.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stateful fake of the CrateDB Cloud API, served over HTTP on loopback, for testing code built
 * on the starter without a CrateDB Cloud account.
 * <p>
 * It answers the API's operations with the OpenAPI document's JSON shapes and the status codes of
 * the live service: organizations, projects, regions, products, the current user and API keys,
 * roles and memberships, subscriptions, clusters through their whole lifecycle, snapshots, data
 * jobs, organization files and secrets, and an audit event for every change. Cluster changes
 * create operations that move {@code REGISTERED -> SENT -> IN_PROGRESS -> SUCCEEDED} one
 * {@linkplain Builder#operationStep(Duration) step} at a time, in real time or on a
 * {@linkplain Builder#manualClock() clock the test moves}.
 * <pre class="code">
 * try (FakeCrateCloud fake = FakeCrateCloud.start()) {
 *     SeededProject project = fake.seed().organization("Acme").project("analytics");
 *     String clusterId = project.cluster("sensors").nodes(3).create();
 *     CrateCloudClient client = CrateCloudClient.builder()
 *         .baseUrl(fake.baseUrl())
 *         .credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
 *         .build();
 *     client.clusters().suspend(clusterId).await(Duration.ofSeconds(10));
 *     fake.verify(RequestCount.exactly(1), "PUT", "/api/v2/clusters/{cluster_id}/suspend/");
 * }
 * </pre>
 * <p>
 * Each cluster's {@code url} leads to its own SQL endpoint on the fake,
 * {@code <baseUrl>/_clusters/<cluster id>}, unlike the service's {@code https://<fqdn>:4200}
 * (its {@code fqdn} keeps the service's shape): {@code POST <url>/_sql} takes CrateDB's HTTP
 * protocol with the cluster's JWT ({@code Authorization: Bearer}, from
 * {@code GET /api/v2/clusters/{cluster_id}/jwt/}, expiring by the fake's clock) and runs the
 * statements on a PostgreSQL server the test runs, named by the cluster's seed
 * ({@link ClusterSeed#sqlEndpoint(String, int)} and {@link ClusterSeed#sqlPassword(String)}),
 * answering in CrateDB's shapes and error codes. The statements are PostgreSQL's dialect, not
 * CrateDB's; {@code Default-Schema} maps onto PostgreSQL's search path ({@code doc}, the
 * default, searches a schema {@code doc} then {@code public}); column types map to CrateDB's
 * for the types both have; only the JWT opens it, never the database password over Basic as on
 * a real CrateDB; a suspended cluster answers {@code 503}, where the live one does not answer
 * at all. Its requests are in the journal under the template
 * {@code /_clusters/{cluster_id}/_sql}, and faults apply to it.
 * <p>
 * {@link #reset()} puts a fake back as it started, {@linkplain Builder#seed(FakeCrateCloudSeed)
 * seeds} included, so that one fake can serve many tests. In a {@code @SpringBootTest},
 * {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud} starts one for the
 * application context and points the starter at it; in other JUnit 5 tests, register a
 * {@link FakeCrateCloudExtension}. Both reset the fake after each test.
 * <p>
 * Thread-safe: requests are served one at a time against the state, on the server's threads.
 *
 * @see AutoConfigureFakeCrateCloud
 * @see FakeCrateCloudExtension
 */
public final class FakeCrateCloud implements AutoCloseable {

	private final FakeState state;

	private final FakeServer server;

	private final String apiKey;

	private final String apiSecret;

	private final @Nullable FakeClock manualClock;

	private final Seeder seeder;

	/** Applied when the fake starts and after every reset, in order; guarded by the state. */
	private final List<FakeCrateCloudSeed> seeds;

	private final Routes routes;

	private FakeCrateCloud(Builder builder) {
		String key = (builder.apiKey != null) ? builder.apiKey : "fake-key-" + randomHex(8);
		String secret = (builder.apiSecret != null) ? builder.apiSecret : randomHex(24);
		this.apiKey = key;
		this.apiSecret = secret;
		this.manualClock = (builder.manualClockStart != null) ? new FakeClock(builder.manualClockStart) : null;
		Clock clock = (this.manualClock != null) ? this.manualClock : Clock.systemUTC();
		this.state = new FakeState(JsonMapper.builder().build(), clock, builder.operationStep, builder.userEmail);
		this.routes = new Routes();
		for (FakeApi api : FakeApis.all(this.state)) {
			api.register(this.routes);
		}
		this.seeder = new Seeder(this.state);
		this.seeds = new ArrayList<>(builder.seeds);
		synchronized (this.state) {
			// Listening before seeding, since the clusters' url names the fake's port; seeded
			// under the state's lock, which every route takes, so no request finds the fake half
			// seeded.
			try {
				this.server = new FakeServer(this.state, this.routes, key, secret, builder.unauthenticatedResponse,
						builder.port);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the fake CrateDB Cloud on port " + builder.port, ex);
			}
			this.state.baseUrl = baseUrl();
			try {
				applySeeds();
			}
			catch (RuntimeException | Error ex) {
				// A seed that fails leaves no server listening behind.
				this.server.stop();
				throw ex;
			}
		}
	}

	/**
	 * Starts a fake with the defaults: generated credentials, a free port, real time with
	 * operation steps of 250 ms, and JSON 401 answers to bad credentials.
	 * @return the running fake
	 */
	public static FakeCrateCloud start() {
		return builder().start();
	}

	/**
	 * A builder for a fake with other settings.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The base URL to point a client at, e.g. {@code http://127.0.0.1:49152}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * The port the fake listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * The API key the fake accepts.
	 * @return the API key
	 */
	public String apiKey() {
		return this.apiKey;
	}

	/**
	 * The secret of {@link #apiKey()}.
	 * @return the secret
	 */
	public String apiSecret() {
		return this.apiSecret;
	}

	/**
	 * Creates organizations, projects and clusters directly, without going through the API and
	 * without audit events. What is created here is gone after a {@link #reset()}; to have it
	 * again after each reset, give the fake a {@linkplain Builder#seed(FakeCrateCloudSeed) seed}.
	 * @return the seeder
	 */
	public Seeder seed() {
		return this.seeder;
	}

	/**
	 * Applies a seed now and again after every {@link #reset()}, as a seed given to the builder
	 * is: for seeds known only once the fake runs, the {@link FakeCrateCloudSeed} beans of an
	 * application context.
	 * @param seed the seed
	 */
	void addSeed(FakeCrateCloudSeed seed) {
		Objects.requireNonNull(seed, "seed");
		synchronized (this.state) {
			seed.seed(this.seeder);
			this.seeds.add(seed);
		}
	}

	/**
	 * Puts the fake back as it was right after it started, so that the next test finds nothing
	 * of the last one: it forgets every organization, project, cluster, operation, data job,
	 * file, secret, user, API key and audit event, the journal of requests, the faults not shown
	 * yet and a pending {@link #failNextOperation(String)}, moves the
	 * {@linkplain Builder#manualClock() manual clock} back to its first instant, and then applies
	 * the fake's {@linkplain Builder#seed(FakeCrateCloudSeed) seeds} again. Ids are counted from
	 * the start again too, so the seeds get the same ids as the first time. The fake keeps its
	 * port and credentials.
	 * <p>
	 * Meant for between tests: a request still being answered while the fake resets may be
	 * recorded in the journal after it.
	 */
	public void reset() {
		synchronized (this.state) {
			// Faults first: a request that comes in meanwhile must not meet one of the old test.
			this.server.clearFaults();
			// Then the clock, since the state stamps what it creates again with it.
			if (this.manualClock != null) {
				this.manualClock.reset();
			}
			this.state.reset();
			this.server.clearExchanges();
			applySeeds();
		}
	}

	/**
	 * Moves the {@linkplain Builder#manualClock() manual clock} forward, letting operations and
	 * jobs progress.
	 * @param duration how far to move
	 * @throws IllegalStateException if the fake runs in real time
	 */
	public void advance(Duration duration) {
		Objects.requireNonNull(duration, "duration");
		if (duration.isNegative()) {
			throw new IllegalArgumentException("duration must not be negative, was " + duration);
		}
		if (this.manualClock == null) {
			throw new IllegalStateException(
					"The fake runs in real time; build it with FakeCrateCloud.builder().manualClock() to move its clock");
		}
		synchronized (this.state) {
			this.manualClock.advance(duration);
			this.state.catchUp();
		}
	}

	/**
	 * Makes the next cluster operation or data job, whichever starts first, end in
	 * {@code FAILED} with the message (in an operation's {@code feedback_data.message}, a job's
	 * {@code progress.message}), instead of {@code SUCCEEDED}.
	 * @param message the failure's message
	 */
	public void failNextOperation(String message) {
		Objects.requireNonNull(message, "message");
		synchronized (this.state) {
			this.state.nextOperationFailure = message;
		}
	}

	/**
	 * Shows the fault on the next request, whatever it asks for.
	 * @param fault the fault
	 */
	public void injectFault(Fault fault) {
		injectFault(null, null, 1, fault);
	}

	/**
	 * Shows the fault on the next {@code times} requests, whatever they ask for.
	 * @param fault the fault
	 * @param times how many requests get it
	 */
	public void injectFault(Fault fault, int times) {
		injectFault(null, null, times, fault);
	}

	/**
	 * Shows the fault on the next {@code times} requests to one operation. Rules are tried in
	 * the order they were added; a request gets the fault of the first rule that matches it,
	 * and a rule is gone once it has been shown {@code times} times.
	 * @param method the HTTP method, or {@code null} for any
	 * @param pathTemplate the operation's path template as the OpenAPI document spells it (e.g.
	 * {@code /api/v2/clusters/{cluster_id}/scale/}), or {@code null} for any
	 * @param times how many requests get it
	 * @param fault the fault
	 * @throws IllegalArgumentException if the fake has no operation with that method and
	 * template, since such a rule would never be shown
	 */
	public void injectFault(@Nullable String method, @Nullable String pathTemplate, int times, Fault fault) {
		Objects.requireNonNull(fault, "fault");
		if (times < 1) {
			throw new IllegalArgumentException("times must be at least 1, was " + times);
		}
		if (pathTemplate != null && !this.routes.has(method, pathTemplate)) {
			throw new IllegalArgumentException("The fake has no operation " + ((method != null) ? method + " " : "")
					+ pathTemplate + "; use the OpenAPI document's path template, e.g. /api/v2/projects/{project_id}/");
		}
		this.server.addFault(method, pathTemplate, times, fault);
	}

	/**
	 * Removes the faults not shown yet.
	 */
	public void clearFaults() {
		this.server.clearFaults();
	}

	/**
	 * The requests received so far and what they were answered, oldest first.
	 * @return the exchanges
	 */
	public List<RecordedExchange> requests() {
		return this.server.exchanges();
	}

	/**
	 * The requests received so far with the method and the path, oldest first.
	 * @param method the HTTP method, in any case
	 * @param pathOrTemplate the raw path as requested (e.g.
	 * {@code /api/v2/clusters/3f2a9c4e-6b1d-4e8f-a0c2-5d7b9e1f3a6c/}), or an operation's path template as the OpenAPI document spells it (e.g.
	 * {@code /api/v2/clusters/{cluster_id}/}), which matches every path of that operation
	 * @return the exchanges, oldest first
	 * @throws IllegalArgumentException if a template is given that the fake has no operation
	 * for with that method, since no request could ever match it
	 */
	public List<RecordedExchange> requests(String method, String pathOrTemplate) {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(pathOrTemplate, "pathOrTemplate");
		requireOperation(method, pathOrTemplate);
		return requests().stream().filter((exchange) -> matches(exchange, method, pathOrTemplate)).toList();
	}

	/**
	 * Checks how many requests the fake received with the method and the path, as
	 * {@link #requests(String, String)} finds them:
	 * <pre class="code">
	 * fake.verify(RequestCount.exactly(1), "PUT", "/api/v2/clusters/{cluster_id}/scale/");
	 * fake.verify(RequestCount.never(), "DELETE", "/api/v2/clusters/" + clusterId + "/");
	 * </pre>
	 * @param count how many are expected
	 * @param method the HTTP method, in any case
	 * @param pathOrTemplate the raw path as requested, or an operation's path template
	 * @throws AssertionError if the count is not met; its message lists every request received
	 * (method, path and status, no headers)
	 * @throws IllegalArgumentException if a template is given that the fake has no operation
	 * for with that method
	 */
	public void verify(RequestCount count, String method, String pathOrTemplate) {
		Objects.requireNonNull(count, "count");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(pathOrTemplate, "pathOrTemplate");
		requireOperation(method, pathOrTemplate);
		List<RecordedExchange> received = requests();
		long matched = received.stream().filter((exchange) -> matches(exchange, method, pathOrTemplate)).count();
		if (!count.isMetBy((int) matched)) {
			throw new AssertionError(verificationFailure(count, method, pathOrTemplate, received, matched));
		}
	}

	/**
	 * Forgets the requests received so far.
	 */
	public void clearRequests() {
		this.server.clearExchanges();
	}

	/**
	 * Stops the server. Idempotent.
	 */
	@Override
	public void close() {
		this.server.stop();
	}

	@Override
	public String toString() {
		return "FakeCrateCloud[" + baseUrl() + ", apiKey=" + this.apiKey + "]";
	}

	/**
	 * The SQL port a seed gave the cluster of the given name or id, if any.
	 */
	@Nullable Integer seededSqlPort(String clusterNameOrId) {
		synchronized (this.state) {
			SqlBackend byId = this.state.sqlBackends.get(clusterNameOrId);
			if (byId != null) {
				return byId.port();
			}
			List<Integer> byName = new ArrayList<>();
			this.state.clusters.forEach((id, cluster) -> {
				SqlBackend backend = this.state.sqlBackends.get(id);
				if (clusterNameOrId.equals(cluster.path("name").asString()) && backend != null) {
					byName.add(backend.port());
				}
			});
			return (byName.size() == 1) ? byName.get(0) : null;
		}
	}

	private void applySeeds() {
		synchronized (this.state) {
			for (FakeCrateCloudSeed seed : this.seeds) {
				seed.seed(this.seeder);
			}
		}
	}

	/**
	 * Refuses a template no route has: a raw path never holds a brace (it would be encoded),
	 * so an argument with one is meant as a template.
	 */
	private void requireOperation(String method, String pathOrTemplate) {
		if (pathOrTemplate.indexOf('{') >= 0 && !this.routes.has(method, pathOrTemplate)) {
			throw new IllegalArgumentException("The fake has no operation " + method + " " + pathOrTemplate
					+ "; use the OpenAPI document's path template, e.g. /api/v2/projects/{project_id}/");
		}
	}

	private static boolean matches(RecordedExchange exchange, String method, String pathOrTemplate) {
		return exchange.method().equalsIgnoreCase(method)
				&& (pathOrTemplate.equals(exchange.path()) || pathOrTemplate.equals(exchange.template()));
	}

	private static String verificationFailure(RequestCount count, String method, String pathOrTemplate,
			List<RecordedExchange> received, long matched) {
		StringBuilder message = new StringBuilder("Expected ").append(count)
			.append(" to ")
			.append(method)
			.append(' ')
			.append(pathOrTemplate)
			.append(", but ")
			.append(matched)
			.append(" matched.");
		if (received.isEmpty()) {
			return message.append(" The fake received no request.").toString();
		}
		message.append(" The fake received ").append(received.size()).append(" (> marks a match):");
		for (RecordedExchange exchange : received) {
			// RecordedExchange's text is its method, path, query and status: never a header.
			message.append(System.lineSeparator())
				.append(matches(exchange, method, pathOrTemplate) ? "  > " : "    ")
				.append(exchange);
		}
		return message.toString();
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	/**
	 * Settings of a {@link FakeCrateCloud}.
	 */
	public static final class Builder {

		private @Nullable String apiKey;

		private @Nullable String apiSecret;

		private int port;

		private Duration operationStep = Duration.ofMillis(250);

		private @Nullable Instant manualClockStart;

		private UnauthenticatedResponse unauthenticatedResponse = UnauthenticatedResponse.JSON_401;

		private String userEmail = "fake.user@example.com";

		private final List<FakeCrateCloudSeed> seeds = new ArrayList<>();

		private Builder() {
		}

		/**
		 * The API key to accept, instead of a generated one.
		 * @param apiKey the key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = requireText(apiKey, "apiKey");
			return this;
		}

		/**
		 * The secret to accept, instead of a generated one.
		 * @param apiSecret the secret
		 * @return this builder
		 */
		public Builder apiSecret(String apiSecret) {
			this.apiSecret = requireText(apiSecret, "apiSecret");
			return this;
		}

		/**
		 * The port to listen on; {@code 0} (the default) takes a free one.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * How long each step of a cluster operation takes ({@code REGISTERED}, {@code SENT},
		 * {@code IN_PROGRESS}), in real time or on the manual clock. Default 250 ms.
		 * @param operationStep the duration of one step
		 * @return this builder
		 */
		public Builder operationStep(Duration operationStep) {
			Objects.requireNonNull(operationStep, "operationStep");
			if (operationStep.isNegative()) {
				throw new IllegalArgumentException("operationStep must not be negative, was " + operationStep);
			}
			this.operationStep = operationStep;
			return this;
		}

		/**
		 * Runs the fake on a clock that only moves with {@link FakeCrateCloud#advance(Duration)},
		 * starting now.
		 * @return this builder
		 */
		public Builder manualClock() {
			return manualClock(Instant.now());
		}

		/**
		 * Runs the fake on a clock that only moves with {@link FakeCrateCloud#advance(Duration)}.
		 * @param start the clock's first instant
		 * @return this builder
		 */
		public Builder manualClock(Instant start) {
			this.manualClockStart = Objects.requireNonNull(start, "start");
			return this;
		}

		/**
		 * How to answer missing or wrong credentials. Default {@link UnauthenticatedResponse#JSON_401}.
		 * @param unauthenticatedResponse the answer
		 * @return this builder
		 */
		public Builder unauthenticatedResponse(UnauthenticatedResponse unauthenticatedResponse) {
			this.unauthenticatedResponse = Objects.requireNonNull(unauthenticatedResponse, "unauthenticatedResponse");
			return this;
		}

		/**
		 * The email of the user the credentials belong to. Default {@code fake.user@example.com}.
		 * @param userEmail the email
		 * @return this builder
		 */
		public Builder userEmail(String userEmail) {
			this.userEmail = requireText(userEmail, "userEmail");
			return this;
		}

		/**
		 * Adds a seed: state the fake creates when it starts and again after every
		 * {@linkplain FakeCrateCloud#reset() reset}, getting the same ids each time. Seeds are
		 * applied in the order they were added, before the fake answers its first request.
		 * @param seed the seed
		 * @return this builder
		 */
		public Builder seed(FakeCrateCloudSeed seed) {
			this.seeds.add(Objects.requireNonNull(seed, "seed"));
			return this;
		}

		/**
		 * Starts the fake.
		 * @return the running fake
		 */
		public FakeCrateCloud start() {
			return new FakeCrateCloud(this);
		}

		private static String requireText(String value, String name) {
			Objects.requireNonNull(value, name);
			if (value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be blank");
			}
			return value;
		}

	}

}
