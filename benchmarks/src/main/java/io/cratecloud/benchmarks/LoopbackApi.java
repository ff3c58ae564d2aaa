package io.cratecloud.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * The CrateDB Cloud API as far as the benchmarks call it, served by the JDK's
 * {@link HttpServer} on {@code 127.0.0.1} from bodies prepared in advance, so that the
 * network and the server cost as little as they can and the client's own cost shows.
 * <p>
 * It counts what it received: requests per route and connections, told apart by the remote
 * port of each request (the JDK server offers no hook on accepted connections, and on
 * loopback a port is not reused while a run lasts).
 * <p>
 * It also plays one cluster for SQL over its HTTP endpoint ({@link SqlFixtures}): the
 * cluster ({@code GET /api/v2/clusters/{id}/}, its {@code url} this server), its token
 * ({@code GET /api/v2/clusters/{id}/jwt/}, valid for an hour from the answer's {@code Date})
 * and {@code POST /_sql?types}, which takes the token as {@code Bearer} and answers the two
 * queries of {@link SqlFixtures} (one row, 1,000 rows) from bodies prepared at start.
 */
public final class LoopbackApi implements AutoCloseable {

	/**
	 * The API key the server accepts.
	 */
	public static final String API_KEY = "bench-key";

	/**
	 * The secret the server accepts.
	 */
	public static final String API_SECRET = "bench-secret-not-a-real-one";

	private static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString((API_KEY + ":" + API_SECRET).getBytes(StandardCharsets.UTF_8));

	private static final String AUDIT_LOGS = "/api/v2/organizations/" + ApiFixtures.ORGANIZATION_ID + "/auditlogs/";

	private static final String SQL_CLUSTER = "/api/v2/clusters/" + SqlFixtures.CLUSTER_ID + "/";

	private static final String SQL_JWT = SQL_CLUSTER + "jwt/";

	private static final String BEARER = "Bearer " + SqlFixtures.TOKEN;

	private static final String SELECT_ONE = "\"stmt\":\"" + SqlFixtures.SELECT_ONE + "\"";

	private static final String SELECT_MANY = "\"stmt\":\"" + SqlFixtures.SELECT_MANY + "\"";

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private static final byte[] SQL_UNAUTHORIZED = SqlFixtures.error("jwt token is invalid", 4011);

	private static final byte[] SQL_UNKNOWN = SqlFixtures.error("the loopback cluster knows only the benchmarks' "
			+ "two queries", 4000);

	private static final byte[] UNAUTHORIZED = "{\"message\":\"Authentication required.\",\"success\":false}"
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] NOT_FOUND = "{\"message\":\"Not found.\",\"success\":false}"
		.getBytes(StandardCharsets.UTF_8);

	static {
		// Otherwise the response's headers and body wait for the client's delayed ACK (Nagle),
		// some 40 ms a call on Linux: the time would be the network stack's, not the client's.
		// Read once, when the JDK server's configuration is first loaded.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private static final byte[] METHOD_NOT_ALLOWED = "{\"message\":\"Method not allowed.\",\"success\":false}"
		.getBytes(StandardCharsets.UTF_8);

	private final HttpServer server;

	private final ExecutorService executor;

	private final byte[] clusters;

	private final byte[] currentUser;

	private final AuditLog auditLog;

	private final byte[] sqlCluster;

	private final byte[] selectOne = SqlFixtures.answer(1);

	private final byte[] selectMany = SqlFixtures.answer(SqlFixtures.MANY);

	private volatile byte @Nullable [] lastSqlRequest;

	private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

	private final Set<Integer> remotePorts = ConcurrentHashMap.newKeySet();

	private LoopbackApi(byte[] clusters, byte[] currentUser, AuditLog auditLog) throws IOException {
		this.clusters = clusters;
		this.currentUser = currentUser;
		this.auditLog = auditLog;
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "loopback-api-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.sqlCluster = SqlFixtures.cluster(baseUrl());
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/**
	 * Start a server.
	 * @param clusterCount how many clusters {@code GET /api/v2/clusters/} returns
	 * @param auditLog how the audit log of {@link ApiFixtures#ORGANIZATION_ID} answers
	 * @return the running server
	 * @throws IOException if the server cannot be started
	 */
	public static LoopbackApi start(int clusterCount, AuditLog auditLog) throws IOException {
		return new LoopbackApi(ApiFixtures.clusters(clusterCount), ApiFixtures.currentUser(), auditLog);
	}

	/**
	 * The base URL to give the client.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * The body of the last {@code POST /_sql} received.
	 * @return the body, {@code null} before the first
	 */
	public byte @Nullable [] lastSqlRequest() {
		return this.lastSqlRequest;
	}

	/**
	 * How many requests a route received.
	 * @param route {@code clusters}, {@code users/me}, {@code auditlogs}, {@code sql/cluster},
	 * {@code sql/jwt}, {@code sql} or {@code other}
	 * @return the number of requests
	 */
	public long requests(String route) {
		LongAdder count = this.requests.get(route);
		return (count != null) ? count.sum() : 0;
	}

	/**
	 * How many requests were received in all.
	 * @return the number of requests
	 */
	public long totalRequests() {
		return this.requests.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/**
	 * How many connections requests arrived on.
	 * @return the number of distinct remote ports seen
	 */
	public int connections() {
		return this.remotePorts.size();
	}

	/**
	 * Forget the requests and connections counted so far.
	 */
	public void resetCounts() {
		this.requests.clear();
		this.remotePorts.clear();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		// Every call but SQL's is a GET without a body: closing the exchange is all it needs.
		try (exchange) {
			this.remotePorts.add(exchange.getRemoteAddress().getPort());
			URI uri = exchange.getRequestURI();
			String path = uri.getRawPath();
			String route = switch (path) {
				case "/api/v2/clusters/" -> "clusters";
				case "/api/v2/users/me/" -> "users/me";
				case AUDIT_LOGS -> "auditlogs";
				case SQL_CLUSTER -> "sql/cluster";
				case SQL_JWT -> "sql/jwt";
				case "/_sql" -> "sql";
				default -> "other";
			};
			this.requests.computeIfAbsent(route, (key) -> new LongAdder()).increment();
			if ("sql".equals(route)) {
				sql(exchange, uri);
				return;
			}
			if (!AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				send(exchange, 401, UNAUTHORIZED);
				return;
			}
			if (!"GET".equals(exchange.getRequestMethod())) {
				send(exchange, 405, METHOD_NOT_ALLOWED);
				return;
			}
			switch (route) {
				case "clusters" -> send(exchange, 200, this.clusters);
				case "users/me" -> send(exchange, 200, this.currentUser);
				case "auditlogs" -> send(exchange, 200, this.auditLog.page(queryParameter(uri, "last")));
				case "sql/cluster" -> send(exchange, 200, this.sqlCluster);
				case "sql/jwt" -> {
					// Whole seconds, as an HTTP date has them: the lifetime is exactly an hour.
					Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
					exchange.getResponseHeaders().set("Date", HTTP_DATE.format(now));
					send(exchange, 200, SqlFixtures.jwt(now.plus(TOKEN_LIFETIME)));
				}
				default -> send(exchange, 404, NOT_FOUND);
			}
		}
	}

	/**
	 * {@code POST /_sql?types}: the cluster's token, then one of the two known statements,
	 * told apart by their text.
	 */
	private void sql(HttpExchange exchange, URI uri) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		this.lastSqlRequest = body;
		if (!BEARER.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			send(exchange, 401, SQL_UNAUTHORIZED);
			return;
		}
		if (!"POST".equals(exchange.getRequestMethod()) || !"types".equals(uri.getRawQuery())) {
			send(exchange, 400, SQL_UNKNOWN);
			return;
		}
		String text = new String(body, StandardCharsets.ISO_8859_1);
		if (text.contains(SELECT_ONE)) {
			send(exchange, 200, this.selectOne);
		}
		else if (text.contains(SELECT_MANY)) {
			send(exchange, 200, this.selectMany);
		}
		else {
			send(exchange, 400, SQL_UNKNOWN);
		}
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	private static @Nullable String queryParameter(URI uri, String name) {
		String query = uri.getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		return null;
	}

	/**
	 * How the audit log answers a page.
	 */
	@FunctionalInterface
	public interface AuditLog {

		/**
		 * The body of one page.
		 * @param last the id of the oldest event of the previous page, {@code null} for the
		 * newest page
		 * @return a JSON array of events, empty after the last page
		 */
		byte[] page(@Nullable String last);

		/**
		 * The same page whatever is asked for, as decoding a single page needs.
		 * @param events how many events the page holds
		 * @return the audit log
		 */
		static AuditLog fixedPage(int events) {
			byte[] page = ApiFixtures.auditEvents(0, events);
			return (last) -> page;
		}

		/**
		 * A log of {@code total} events answered {@code pageSize} at a time, following the
		 * {@code last} cursor, with an empty page after the oldest event. Pages are written
		 * when asked for, so the server holds none of them.
		 * @param total how many events the log holds
		 * @param pageSize how many events a page holds
		 * @return the audit log
		 */
		static AuditLog paged(long total, int pageSize) {
			return (last) -> {
				long first = (last != null) ? ApiFixtures.auditEventNumber(last) + 1 : 0;
				int count = (int) Math.max(0, Math.min(pageSize, total - first));
				return ApiFixtures.auditEvents(first, count);
			};
		}

	}

}
