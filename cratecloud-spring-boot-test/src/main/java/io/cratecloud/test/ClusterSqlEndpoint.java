package io.cratecloud.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each cluster's own SQL endpoint, CrateDB's HTTP endpoint ({@code POST /_sql}), which the
 * fake serves at the cluster's {@code url}: {@code POST /_clusters/{cluster_id}/_sql}, where
 * the live service's {@code url} is the cluster's {@code https://<fqdn>:4200}. It takes the
 * cluster's JWT ({@code GET /api/v2/clusters/{cluster_id}/jwt/}) as
 * {@code Authorization: Bearer <token>} and runs the statements it is sent on the database a
 * test seeded the cluster with ({@link ClusterSeed#sqlEndpoint(String, int)},
 * {@link ClusterSeed#sqlPassword(String)}): a PostgreSQL server, through JDBC
 * ({@link PostgresSql}).
 * <p>
 * As CrateDB's endpoint (its {@code SqlHttpHandler}, {@code HttpAuthUpstreamHandler} and
 * {@code docs/interfaces/http.rst}): a body {@code {"stmt": ..., "args": [...]}} answers
 * {@code {"cols", "col_types" (with ?types), "rows", "rowcount", "duration"}}; one with
 * {@code bulk_args} answers {@code {"cols": [], "duration", "results": [{"rowcount"}, ...]}},
 * {@code -2} and an {@code error} for a set of arguments that failed; both {@code args} and
 * {@code bulk_args} are a 400; the {@code Default-Schema} header sets the schema, {@code doc}
 * by default; a failure answers CrateDB's status and {@code {"error": {"message", "code"}}}
 * ({@link CrateDbError}); a request without valid credentials answers {@code 401} with a plain
 * text reason and {@code WWW-Authenticate: Basic realm="CrateDB Authenticator"}, not JSON.
 * <p>
 * What differs from a real CrateDB:
 * <ul>
 * <li>the statements are PostgreSQL's dialect, run by PostgreSQL: what CrateDB alone has
 * (objects, {@code doc.} tables, its functions, {@code REFRESH TABLE}) is not there, and
 * column names are PostgreSQL's ({@code ?column?} for an unnamed expression);</li>
 * <li>the default schema {@code doc} searches a schema {@code doc}, then {@code public};
 * another schema is searched alone, and is not created by a {@code CREATE TABLE} in it;</li>
 * <li>column types map to CrateDB's ids for the types both have; json and jsonb are objects
 * ({@code 12}), the rest (uuid, time, interval, bytea, ...) text ({@code 4});</li>
 * <li>only the JWT opens it: a real CrateDB also takes its users' passwords
 * ({@code Basic}), which the fake refuses; the token is checked for its signature, its use,
 * its cluster and its expiry by the fake's clock;</li>
 * <li>{@code error_trace} adds no stack trace; DDL answers PostgreSQL's row count
 * ({@code 0}); a statement may run {@value PostgresSql#QUERY_TIMEOUT_SECONDS} seconds and
 * answer {@value PostgresSql#MAX_ROWS} rows;</li>
 * <li>a suspended cluster, or one not yet deployed, answers {@code 503}, where the live
 * cluster has no endpoint to answer at all; so does a cluster without a database to run on,
 * with {@code 500}, since no CrateDB lacks one.</li>
 * </ul>
 * Its requests are in the fake's journal, and faults apply, as for any route; the journal
 * masks the token.
 */
final class ClusterSqlEndpoint implements FakeApi {

	/** Where the clusters' endpoints are: {@code /_clusters/<id>}, each a cluster's {@code url}. */
	static final String PATH_PREFIX = "/_clusters/";

	static final String TEMPLATE = PATH_PREFIX + "{cluster_id}/_sql";

	/** What CrateDB answers with a 401 ({@code HttpAuthUpstreamHandler}). */
	private static final String WWW_AUTHENTICATE = "Basic realm=\"CrateDB Authenticator\"";

	/**
	 * The user CrateDB takes a request without credentials for
	 * ({@code auth.trust.http_default_user}), which the cluster asks a password of.
	 */
	private static final String DEFAULT_USER = "crate";

	private final FakeState state;

	ClusterSqlEndpoint(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		// Without the state's lock while the database works: a slow statement must not hold up
		// the fake's API.
		routes.postUnlocked(TEMPLATE, this::sql);
	}

	/**
	 * Whether a route's template is this endpoint's, whose refusals are CrateDB's.
	 */
	static boolean serves(@Nullable String template) {
		return TEMPLATE.equals(template);
	}

	/**
	 * An injected {@link Fault#status(int)} as CrateDB answers that status: its generic code
	 * for it is the status times ten (4000, 4040, 5000, 5030, ...).
	 */
	static FakeResponse injectedFault(FakeState state, Fault fault) {
		return new CrateDbError(fault.status(), fault.status() * 10, "InjectedFault", "Injected fault: " + fault)
			.response(state);
	}

	private FakeResponse sql(FakeRequest request) {
		String clusterId = request.pathVariable("cluster_id");
		SqlBackend backend;
		String username;
		synchronized (this.state) {
			this.state.catchUp();
			ObjectNode cluster = this.state.clusters.get(clusterId);
			if (cluster == null) {
				// No CrateDB answers for a cluster that does not exist: its host is unknown.
				return new CrateDbError(404, 4040, "ClusterUnknownException",
						"The fake has no cluster '" + clusterId + "'").response(this.state);
			}
			FakeResponse unavailable = unavailable(cluster);
			if (unavailable != null) {
				return unavailable;
			}
			username = cluster.path("username").asString(DEFAULT_USER);
			String refusal = refusal(request, clusterId, username);
			if (refusal != null) {
				// As CrateDB's HttpAuthUpstreamHandler answers: plain text, not its error object.
				return FakeResponse.text(401, "text/plain; charset=UTF-8", refusal + "\n")
					.withHeader("WWW-Authenticate", WWW_AUTHENTICATE);
			}
			backend = this.state.sqlBackends.get(clusterId);
		}
		try {
			SqlRequest sql = SqlRequest.read(this.state, request.body());
			// Checked before anything runs, as CrateDB analyses a statement with its arguments.
			SqlPlaceholders placeholders = SqlPlaceholders.of(sql.stmt());
			List<JsonNode> arguments = List.of();
			List<List<JsonNode>> argumentSets = new ArrayList<>();
			if (sql.bulkArgs() != null) {
				for (List<JsonNode> set : sql.bulkArgs()) {
					argumentSets.add(placeholders.arguments(set));
				}
			}
			else {
				arguments = placeholders.arguments(sql.args());
			}
			if (backend == null) {
				// 500, not 503: no retry makes a database appear.
				throw new CrateDbError(500, 5000, "UnhandledServerException", "The fake has no SQL backend for "
						+ "cluster " + clusterId + ": seed it with ClusterSeed.sqlEndpoint(host, port) and "
						+ "sqlPassword(password), pointing at a PostgreSQL server the test runs");
			}
			PostgresSql postgres = new PostgresSql(this.state.json, clusterId, backend, username);
			String schema = request.header("Default-Schema");
			ObjectNode result = (sql.bulkArgs() != null) ? postgres.executeBulk(placeholders, argumentSets, schema)
					: postgres.execute(placeholders, arguments, schema, flag(request.query("types")));
			return FakeResponse.ok(result);
		}
		catch (CrateDbError ex) {
			return ex.response(this.state);
		}
	}

	/**
	 * The answer for a cluster whose endpoint the live service has no CrateDB behind, or
	 * {@code null}: a suspended cluster has no nodes, and one being deployed none yet.
	 */
	private @Nullable FakeResponse unavailable(ObjectNode cluster) {
		String health = ClusterOperations.health(cluster).path("status").asString("");
		boolean suspended = cluster.path("suspended").asBoolean(false) || health.equals("SUSPENDED");
		if (!suspended && !health.equals("UNREACHABLE")) {
			return null;
		}
		// The live endpoint does not answer at all then (the connection fails); the fake
		// answers what a proxy in front of a CrateDB without nodes would, and says why.
		String why = suspended ? "is suspended: resume it first" : "is not reachable yet (health UNREACHABLE)";
		return new CrateDbError(503, 5030, "ServiceUnavailableException",
				"Cluster '" + cluster.path("name").asString("") + "' " + why).response(this.state);
	}

	/**
	 * Why CrateDB would refuse the request's credentials, in its words
	 * ({@code HttpAuthUpstreamHandler}, {@code PasswordAuthenticationMethod},
	 * {@code JWTAuthenticationMethod}), or {@code null} when they are an access token the fake
	 * signed for this cluster that has not expired by the fake's clock.
	 */
	private @Nullable String refusal(FakeRequest request, String clusterId, String username) {
		String authorization = request.header("Authorization");
		if (authorization == null || authorization.isBlank()) {
			return "password authentication failed for user \"" + DEFAULT_USER + "\"";
		}
		String trimmed = authorization.trim();
		int space = trimmed.indexOf(' ');
		if (space < 0) {
			return "Authorization header must contain auth scheme (basic, bearer) and base64 encoded value "
					+ "separated by a whitespace";
		}
		String scheme = trimmed.substring(0, space);
		String value = trimmed.substring(space + 1).trim();
		if (scheme.equalsIgnoreCase("Basic")) {
			// A real CrateDB takes its users' passwords here; the fake's endpoint takes the
			// cluster's JWT only, and the API's credentials are no database user's.
			return "password authentication failed for user \"" + basicUser(value) + "\"";
		}
		if (!scheme.equalsIgnoreCase("Bearer")) {
			return "Only basic or bearer HTTP Authentication schemes are allowed.";
		}
		JsonNode claims = MetadataApi.verifiedClaims(this.state, value);
		String reason = null;
		if (claims == null) {
			reason = "The Token's Signature resulted invalid when verified using the Algorithm: SHA256withRSA";
		}
		else if (!"access".equals(claims.path("token_use").asString(""))) {
			reason = "The Token is not an access token (token_use '" + claims.path("token_use").asString("") + "')";
		}
		else if (!clusterId.equals(claims.path("cluster_id").asString(""))
				|| !clusterId.equals(claims.path("sub").asString(""))) {
			reason = "The Token is for cluster '" + claims.path("cluster_id").asString("") + "', not this one";
		}
		else if (claims.path("exp").asLong(0) <= this.state.now().getEpochSecond()) {
			reason = "The Token has expired on " + Instant.ofEpochSecond(claims.path("exp").asLong(0)) + ".";
		}
		return (reason != null) ? "jwt authentication failed for user " + username + ". Reason: " + reason : null;
	}

	private static String basicUser(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? decoded : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	/**
	 * Whether a flag parameter is set, as CrateDB reads one: {@code ?types} or
	 * {@code ?types=true}.
	 */
	private static boolean flag(@Nullable String value) {
		return value != null && (value.isEmpty() || value.equals("true"));
	}

	/**
	 * A request body as CrateDB's {@code SQLRequestParser} reads it: {@code stmt}, and
	 * {@code args} or {@code bulk_args}, nothing else.
	 *
	 * @param stmt the statement
	 * @param args the arguments (empty when none were given)
	 * @param bulkArgs the sets of arguments of a bulk request, or {@code null} for a single one
	 */
	record SqlRequest(String stmt, List<JsonNode> args, @Nullable List<List<JsonNode>> bulkArgs) {

		static SqlRequest read(FakeState state, byte[] body) {
			if (body.length == 0) {
				throw new CrateDbError(400, 4000, "SQLParseException", "Missing request body");
			}
			JsonNode node;
			try {
				node = state.json.readTree(body);
			}
			catch (JacksonException ex) {
				throw cannotParse(body);
			}
			if (!(node instanceof ObjectNode object)) {
				throw cannotParse(body);
			}
			String stmt = null;
			List<JsonNode> args = null;
			List<List<JsonNode>> bulkArgs = null;
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				JsonNode value = field.getValue();
				switch (field.getKey()) {
					case "stmt" -> {
						if (!value.isString()) {
							throw cannotParse(body);
						}
						stmt = value.asString();
					}
					case "args" -> args = (value.isNull()) ? null : list(value, body);
					case "bulk_args" -> {
						if (!value.isNull()) {
							bulkArgs = new ArrayList<>();
							for (JsonNode set : list(value, body)) {
								bulkArgs.add(list(set, body));
							}
						}
					}
					default -> throw cannotParse(body);
				}
			}
			if (stmt == null) {
				// CrateDB's own status for it: an ElasticsearchException, unhandled (500).
				throw new CrateDbError(500, 5000, "SQLParseSourceException", "Field [stmt] is missing");
			}
			if (args != null && !args.isEmpty() && bulkArgs != null && !bulkArgs.isEmpty()) {
				throw new CrateDbError(400, 4000, "SQLParseException",
						"request body contains args and bulk_args. It's forbidden to provide both");
			}
			// As CrateDB: args, even empty, make a single request.
			boolean bulk = args == null && bulkArgs != null;
			return new SqlRequest(stmt, (args != null) ? args : List.of(), bulk ? bulkArgs : null);
		}

		private static List<JsonNode> list(JsonNode value, byte[] body) {
			if (!(value instanceof ArrayNode array)) {
				throw cannotParse(body);
			}
			List<JsonNode> list = new ArrayList<>(array.size());
			array.forEach(list::add);
			return list;
		}

		private static CrateDbError cannotParse(byte[] body) {
			return new CrateDbError(400, 4000, "SQLParseException", "Can't parse ["
					+ new String(body, StandardCharsets.UTF_8)
					+ "]. Expecting payload with `stmt` string and `args` or `bulk_args` arrays");
		}

	}

}
