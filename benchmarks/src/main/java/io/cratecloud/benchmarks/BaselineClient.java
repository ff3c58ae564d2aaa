package io.cratecloud.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cratecloud.benchmarks.SqlFixtures.Reading;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.users.CurrentUser;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * What a hand-written client would do for the same calls, on the JDK {@link HttpClient}
 * ({@link #jdk}) or on Apache HttpClient 5 ({@link #httpClient5}), each set up as the
 * starter sets up its own (no redirects, no cookies, no retries of the library's own, 5 s to
 * connect, 30 s to answer): the same headers, and Jackson 3 reading the body into the
 * starter's own records. It checks the status and nothing else: no retries, no error
 * mapping, no URI templates, no deadline. The starter's cost over it is what those and
 * Spring's {@code RestClient} add.
 * <p>
 * SQL over the cluster's HTTP endpoint ({@link #sql}) is hand-written the same way: on its
 * first use it reads the cluster's {@code url} and fetches its token, once, and keeps them
 * without ever looking at the token's expiry; each statement is one
 * {@code POST <url>/_sql?types} with {@code Authorization: Bearer <token>} and a body Jackson
 * writes ({@code {"stmt": ..., "args": [...]}}), read by Jackson into a small record
 * ({@link SqlResponse}).
 */
public final class BaselineClient implements BenchmarkedClient {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private final Exchange exchange;

	private final JsonMapper mapper;

	private final JsonMapper rowMapper = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
		.build();

	private final String authorization;

	private final URI clusters;

	private final URI currentUser;

	private final URI auditLogs;

	private final JavaType clusterList;

	private final JavaType auditEventList;

	private final URI sqlCluster;

	private final URI sqlJwt;

	private @Nullable SqlSession sqlSession;

	private BaselineClient(Exchange exchange, String baseUrl, String apiKey, String apiSecret) {
		this.exchange = exchange;
		SimpleModule timestamps = new SimpleModule("timestamps");
		timestamps.addDeserializer(Instant.class, new ServiceInstantDeserializer());
		this.mapper = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.addModule(timestamps)
			.build();
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
		this.clusters = URI.create(baseUrl + "/api/v2/clusters/");
		this.currentUser = URI.create(baseUrl + "/api/v2/users/me/");
		this.auditLogs = URI.create(baseUrl + "/api/v2/organizations/" + ApiFixtures.ORGANIZATION_ID + "/auditlogs/");
		this.sqlCluster = URI.create(baseUrl + "/api/v2/clusters/" + SqlFixtures.CLUSTER_ID + "/");
		this.sqlJwt = URI.create(baseUrl + "/api/v2/clusters/" + SqlFixtures.CLUSTER_ID + "/jwt/");
		this.clusterList = this.mapper.getTypeFactory().constructCollectionType(List.class, Cluster.class);
		this.auditEventList = this.mapper.getTypeFactory().constructCollectionType(List.class, AuditEvent.class);
	}

	/**
	 * A client on the JDK's {@link HttpClient}, sending with {@code send} and reading the body
	 * with {@code BodyHandlers.ofByteArray()}.
	 * @param baseUrl the base URL of the API
	 * @param apiKey the API key
	 * @param apiSecret the secret
	 * @return the client
	 */
	public static BaselineClient jdk(String baseUrl, String apiKey, String apiSecret) {
		return new BaselineClient(new JdkExchange(), baseUrl, apiKey, apiSecret);
	}

	/**
	 * A client on Apache HttpClient 5 (classic), reading the body with
	 * {@code EntityUtils.toByteArray}.
	 * @param baseUrl the base URL of the API
	 * @param apiKey the API key
	 * @param apiSecret the secret
	 * @return the client
	 */
	public static BaselineClient httpClient5(String baseUrl, String apiKey, String apiSecret) {
		return new BaselineClient(new HttpClient5Exchange(), baseUrl, apiKey, apiSecret);
	}

	@Override
	public List<Cluster> clustersList() {
		return clusters();
	}

	@Override
	public CurrentUser usersMe() {
		return me();
	}

	@Override
	public List<AuditEvent> auditLogPage() {
		return this.mapper.readValue(get(this.auditLogs), this.auditEventList);
	}

	@Override
	public SqlResponse sqlSelectOne() {
		return sql(SqlFixtures.SELECT_ONE, SqlFixtures.SELECT_ONE_ARGS);
	}

	@Override
	public SqlResponse sqlSelectMany() {
		return sql(SqlFixtures.SELECT_MANY, SqlFixtures.SELECT_MANY_ARGS);
	}

	/**
	 * The 1,000-row query, each row mapped to a record by hand, by the columns' positions.
	 * @return the readings
	 */
	@Override
	public List<Reading> sqlSelectManyMapped() {
		List<List<@Nullable Object>> rows = sqlSelectMany().rows();
		List<Reading> readings = new ArrayList<>(rows.size());
		for (List<@Nullable Object> row : rows) {
			readings.add(Reading.of(row));
		}
		return readings;
	}

	/**
	 * The 1,000-row query, each row mapped to a record with Jackson: a map of the columns'
	 * names to the row's values, then {@code convertValue} (snake_case names, timestamps in
	 * epoch milliseconds), as the client maps rows.
	 * @return the readings
	 */
	@Override
	public List<Reading> sqlSelectManyConverted() {
		SqlResponse response = sqlSelectMany();
		List<String> columns = response.cols();
		List<Reading> readings = new ArrayList<>(response.rows().size());
		for (List<@Nullable Object> row : response.rows()) {
			Map<String, @Nullable Object> byColumn = new LinkedHashMap<>();
			for (int c = 0; c < columns.size(); c++) {
				byColumn.put(columns.get(c), row.get(c));
			}
			readings.add(this.rowMapper.convertValue(byColumn, Reading.class));
		}
		return readings;
	}

	/**
	 * Run a statement on {@link SqlFixtures#CLUSTER_ID}: {@code POST <url>/_sql?types} with
	 * the cluster's token, fetched on first use and kept.
	 * @param statement the statement
	 * @param args its parameters
	 * @return CrateDB's answer
	 */
	public SqlResponse sql(String statement, List<?> args) {
		SqlSession session = this.sqlSession;
		if (session == null) {
			session = sqlSession();
			this.sqlSession = session;
		}
		byte[] body = this.mapper.writeValueAsBytes(new SqlRequest(statement, args));
		return this.mapper.readValue(send(session.endpoint(), session.authorization(), body), SqlResponse.class);
	}

	private SqlSession sqlSession() {
		Cluster cluster = this.mapper.readValue(get(this.sqlCluster), Cluster.class);
		ClusterJwt jwt = this.mapper.readValue(get(this.sqlJwt), ClusterJwt.class);
		return new SqlSession(URI.create(cluster.url() + "/_sql?types"), "Bearer " + jwt.token());
	}

	@Override
	public void close() throws IOException {
		this.exchange.close();
	}

	/**
	 * {@code GET /api/v2/clusters/}.
	 * @return the clusters
	 */
	public List<Cluster> clusters() {
		return this.mapper.readValue(get(this.clusters), this.clusterList);
	}

	/**
	 * {@code GET /api/v2/users/me/}.
	 * @return the current user
	 */
	public CurrentUser me() {
		return this.mapper.readValue(get(this.currentUser), CurrentUser.class);
	}

	private byte[] get(URI uri) {
		return send(uri, this.authorization, null);
	}

	private byte[] send(URI uri, String authorization, byte @Nullable [] body) {
		try {
			return this.exchange.send(uri, authorization, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(((body != null) ? "POST " : "GET ") + uri.getRawPath() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static IllegalStateException unexpected(URI uri, int status) {
		return new IllegalStateException(uri.getRawPath() + " answered " + status);
	}

	/**
	 * The body of a statement.
	 *
	 * @param stmt the statement
	 * @param args its parameters
	 */
	record SqlRequest(String stmt, List<?> args) {
	}

	/**
	 * CrateDB's answer to a query, as much of it as a hand-written client reads.
	 *
	 * @param cols the columns' names
	 * @param rows the rows, each a list of values in column order
	 * @param rowcount the number of rows
	 * @param duration how long CrateDB took, in milliseconds
	 */
	public record SqlResponse(List<String> cols, List<List<@Nullable Object>> rows, long rowcount, double duration) {
	}

	private record SqlSession(URI endpoint, String authorization) {
	}

	/**
	 * One {@code GET} (without a body) or {@code POST} (with a JSON body) that answers 200
	 * with a JSON body, on one HTTP library.
	 */
	private interface Exchange extends Closeable {

		byte[] send(URI uri, String authorization, byte @Nullable [] body) throws IOException, InterruptedException;

	}

	private static final class JdkExchange implements Exchange {

		private final HttpClient httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(CONNECT_TIMEOUT)
			.build();

		@Override
		public byte[] send(URI uri, String authorization, byte @Nullable [] body)
				throws IOException, InterruptedException {
			HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
				.timeout(READ_TIMEOUT)
				.header("Authorization", authorization)
				.header("User-Agent", CrateCloudClient.USER_AGENT)
				.header("Accept", "application/json");
			HttpRequest request = (body != null)
					? builder.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofByteArray(body))
						.build()
					: builder.GET().build();
			HttpResponse<byte[]> response = this.httpClient.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw unexpected(uri, response.statusCode());
			}
			return response.body();
		}

		@Override
		public void close() {
			// HttpClient has close() from Java 21 on; on 17 its threads end with the JVM.
		}

	}

	private static final class HttpClient5Exchange implements Exchange {

		private final CloseableHttpClient httpClient = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
					.setSocketTimeout(Timeout.of(READ_TIMEOUT))
					.build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(READ_TIMEOUT)).build())
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableAutomaticRetries()
			.build();

		@Override
		public byte[] send(URI uri, String authorization, byte @Nullable [] body) throws IOException {
			HttpUriRequestBase request;
			if (body != null) {
				request = new HttpPost(uri);
				request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
			}
			else {
				request = new HttpGet(uri);
			}
			request.addHeader("Authorization", authorization);
			request.addHeader("User-Agent", CrateCloudClient.USER_AGENT);
			request.addHeader("Accept", "application/json");
			return this.httpClient.execute(request, (response) -> {
				if (response.getCode() != 200) {
					throw unexpected(uri, response.getCode());
				}
				return EntityUtils.toByteArray(response.getEntity());
			});
		}

		@Override
		public void close() throws IOException {
			this.httpClient.close();
		}

	}

	/**
	 * The least a client of this API must do with timestamps: the service writes
	 * {@code health.last_seen} without an offset and sometimes as {@code ""}, which Jackson's
	 * own {@code Instant} reading rejects.
	 */
	private static final class ServiceInstantDeserializer extends ValueDeserializer<Instant> {

		@Override
		public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
			String text = parser.getValueAsString();
			if (text == null || text.isEmpty()) {
				return null;
			}
			char last = text.charAt(text.length() - 1);
			boolean offset = last == 'Z' || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
			return offset ? OffsetDateTime.parse(text).toInstant() : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}

	}

}
