package io.cratecloud.benchmarks;

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
import java.util.Base64;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.users.CurrentUser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * What a hand-written client would do for the same calls: the JDK {@link HttpClient}
 * configured as the starter's default one (no redirects, 5 s to connect, 30 s to answer),
 * the same headers, and Jackson 3 reading the body into the starter's own records. It checks
 * the status and nothing else: no retries, no error mapping, no URI templates. The starter's
 * cost over it is what those and Spring's {@code RestClient} add.
 */
public final class BaselineClient {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient httpClient;

	private final JsonMapper mapper;

	private final String authorization;

	private final URI clusters;

	private final URI currentUser;

	private final URI auditLogs;

	private final JavaType clusterList;

	private final JavaType auditEventList;

	/**
	 * Create a client.
	 * @param baseUrl the base URL of the API
	 * @param apiKey the API key
	 * @param apiSecret the secret
	 */
	public BaselineClient(String baseUrl, String apiKey, String apiSecret) {
		this.httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
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
		this.clusterList = this.mapper.getTypeFactory().constructCollectionType(List.class, Cluster.class);
		this.auditEventList = this.mapper.getTypeFactory().constructCollectionType(List.class, AuditEvent.class);
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

	/**
	 * {@code GET /api/v2/organizations/{organization_id}/auditlogs/} for the newest page.
	 * @return the events of the page
	 */
	public List<AuditEvent> auditLogPage() {
		return this.mapper.readValue(get(this.auditLogs), this.auditEventList);
	}

	private byte[] get(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.GET()
			.timeout(READ_TIMEOUT)
			.header("Authorization", this.authorization)
			.header("User-Agent", CrateCloudClient.USER_AGENT)
			.header("Accept", "application/json")
			.build();
		try {
			HttpResponse<byte[]> response = this.httpClient.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + uri.getRawPath() + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + uri.getRawPath() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
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
