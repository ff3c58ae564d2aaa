package io.cratecloud.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import io.cratecloud.client.auditlogs.AuditLogsClient;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.http.CrateCloudJson;
import io.cratecloud.client.http.CrateCloudTransport;
import io.cratecloud.client.metadata.MetadataClient;
import io.cratecloud.client.observation.PresignedUrlObservationConvention;
import io.cratecloud.client.organizations.OrganizationsClient;
import io.cratecloud.client.products.ProductsClient;
import io.cratecloud.client.projects.ProjectsClient;
import io.cratecloud.client.regions.RegionsClient;
import io.cratecloud.client.roles.RolesClient;
import io.cratecloud.client.subscriptions.SubscriptionsClient;
import io.cratecloud.client.users.UsersClient;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The CrateDB Cloud API client: one entry point to every resource group. Thread-safe; build
 * one and share it.
 * <p>
 * In a Spring Boot application the starter builds it from the {@code cratecloud.*}
 * properties. Elsewhere, use the {@link #builder() builder}:
 * <pre class="code">
 * CrateCloudClient client = CrateCloudClient.builder()
 *     .apiKey(System.getenv("CRATECLOUD_APIKEY"))
 *     .apiSecret(System.getenv("CRATECLOUD_APISECRET"))
 *     .build();
 * List&lt;Cluster&gt; clusters = client.clusters().list();
 * </pre>
 */
public final class CrateCloudClient {

	/**
	 * The base URL of the CrateDB Cloud API.
	 */
	public static final String DEFAULT_BASE_URL = "https://console.cratedb.cloud";

	/**
	 * The {@code User-Agent} every request carries.
	 */
	public static final String USER_AGENT = "cratecloud-spring-boot/" + version();

	private final OrganizationsClient organizations;

	private final RegionsClient regions;

	private final ProjectsClient projects;

	private final ClustersClient clusters;

	private final ProductsClient products;

	private final UsersClient users;

	private final RolesClient roles;

	private final SubscriptionsClient subscriptions;

	private final AuditLogsClient auditLogs;

	private final CrateCloudTransport transport;

	private final DataJobsClient dataJobs;

	private final MetadataClient metadata;

	private CrateCloudClient(CrateCloudTransport transport, Polling polling) {
		this.transport = transport;
		this.organizations = new OrganizationsClient(transport);
		this.regions = new RegionsClient(transport);
		this.projects = new ProjectsClient(transport);
		this.clusters = new ClustersClient(transport, polling);
		this.dataJobs = new DataJobsClient(transport, polling);
		this.metadata = new MetadataClient(transport);
		this.products = new ProductsClient(transport);
		this.users = new UsersClient(transport);
		this.roles = new RolesClient(transport);
		this.subscriptions = new SubscriptionsClient(transport);
		this.auditLogs = new AuditLogsClient(transport);
	}

	/**
	 * Start building a client.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Organizations and what belongs to them.
	 * @return the organizations client
	 */
	public OrganizationsClient organizations() {
		return this.organizations;
	}

	/**
	 * Regions clusters can be deployed to.
	 * @return the regions client
	 */
	public RegionsClient regions() {
		return this.regions;
	}

	/**
	 * Projects, which group clusters within an organization.
	 * @return the projects client
	 */
	public ProjectsClient projects() {
		return this.projects;
	}

	/**
	 * Clusters and their operations.
	 * @return the clusters client
	 */
	public ClustersClient clusters() {
		return this.clusters;
	}

	/**
	 * Products: the cluster plans that can be deployed, and their prices.
	 * @return the products client
	 */
	public ProductsClient products() {
		return this.products;
	}

	/**
	 * Users, the current user and their API keys.
	 * @return the users client
	 */
	public UsersClient users() {
		return this.users;
	}

	/**
	 * Roles that can be assigned to users.
	 * @return the roles client
	 */
	public RolesClient roles() {
		return this.roles;
	}

	/**
	 * Subscriptions, which pay for clusters.
	 * @return the subscriptions client
	 */
	public SubscriptionsClient subscriptions() {
		return this.subscriptions;
	}

	/**
	 * The audit log of each organization.
	 * @return the audit logs client
	 */
	public AuditLogsClient auditLogs() {
		return this.auditLogs;
	}

	/**
	 * Import and export jobs of clusters.
	 * @return the data jobs client
	 */
	public DataJobsClient dataJobs() {
		return this.dataJobs;
	}

	/**
	 * Metadata of CrateDB Cloud: versions, the caller's IP address, keys for JWTs.
	 * @return the metadata client
	 */
	public MetadataClient metadata() {
		return this.metadata;
	}

	/**
	 * The HTTP layer the resource clients share, with this client's authentication, error
	 * handling and retries: for an operation the resource clients do not offer.
	 * @return the transport
	 */
	public CrateCloudTransport transport() {
		return this.transport;
	}

	/**
	 * Whether the base URL keeps credentials safe in transit: {@code https}, or {@code http}
	 * to a loopback host ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}) as tests and
	 * local fakes use.
	 * @param baseUrl the base URL
	 * @return {@code true} if Basic credentials may be sent to it
	 */
	public static boolean isSecureBaseUrl(URI baseUrl) {
		String scheme = baseUrl.getScheme();
		if ("https".equalsIgnoreCase(scheme)) {
			return baseUrl.getHost() != null;
		}
		return "http".equalsIgnoreCase(scheme) && isLoopback(baseUrl.getHost());
	}

	private static boolean isLoopback(@Nullable String host) {
		if (host == null) {
			return false;
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		String literal = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		// Only IP literals are resolved, so no name lookup happens here.
		if (!literal.contains(":") && !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static String version() {
		try (InputStream in = CrateCloudClient.class.getResourceAsStream("version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/**
	 * Builds a {@link CrateCloudClient}. Only the API key and secret are required.
	 */
	public static final class Builder {

		private @Nullable String apiKey;

		private @Nullable String apiSecret;

		private String baseUrl = DEFAULT_BASE_URL;

		private @Nullable String region;

		private RetrySettings retrySettings = RetrySettings.defaults();

		private RestClient.@Nullable Builder restClientBuilder;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(30);

		private Duration operationPollInterval = Duration.ofSeconds(10);

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private Builder() {
		}

		/**
		 * Set the API key, sent as the Basic user name.
		 * @param apiKey the API key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Set the API key's secret, sent as the Basic password.
		 * @param apiSecret the secret
		 * @return this builder
		 */
		public Builder apiSecret(String apiSecret) {
			this.apiSecret = apiSecret;
			return this;
		}

		/**
		 * Set the base URL of the API; {@link #DEFAULT_BASE_URL} unless set.
		 * @param baseUrl an {@code https} URL, or an {@code http} URL of a loopback host
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * Scope list calls to one region with the {@code X-Region} header.
		 * @param region the region's name, or {@code null} to send no header
		 * @return this builder
		 */
		public Builder region(@Nullable String region) {
			this.region = region;
			return this;
		}

		/**
		 * Set how idempotent requests are retried; {@link RetrySettings#defaults()} unless set.
		 * @param retrySettings the retry settings
		 * @return this builder
		 */
		public Builder retry(RetrySettings retrySettings) {
			this.retrySettings = retrySettings;
			return this;
		}

		/**
		 * Build on the given {@link RestClient.Builder}, which is cloned and not changed. Its
		 * request factory is used as it is: it should follow no redirects and carry the wanted
		 * timeouts. Without one, a JDK {@link HttpClient} is used that follows no redirects
		 * and applies the {@link #timeouts(Duration, Duration) timeouts}.
		 * @param restClientBuilder the builder to start from
		 * @return this builder
		 */
		public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
			this.restClientBuilder = restClientBuilder;
			return this;
		}

		/**
		 * Set the timeouts of the JDK client used when no {@link RestClient.Builder} is
		 * given; 5 s and 30 s unless set.
		 * @param connectTimeout how long to wait for a connection
		 * @param readTimeout how long to wait for a response
		 * @return this builder
		 */
		public Builder timeouts(Duration connectTimeout, Duration readTimeout) {
			this.connectTimeout = connectTimeout;
			this.readTimeout = readTimeout;
			return this;
		}

		/**
		 * Set how often {@code await} asks whether background work has finished; 10 s unless
		 * set.
		 * @param operationPollInterval the interval between two polls
		 * @return this builder
		 */
		public Builder operationPollInterval(Duration operationPollInterval) {
			this.operationPollInterval = operationPollInterval;
			return this;
		}

		/**
		 * Set the registry that observes the client's waits
		 * ({@code cratecloud.operation.await}) and retries ({@code cratecloud.client.retries});
		 * {@link ObservationRegistry#NOOP} unless set. When no
		 * {@link #restClientBuilder(RestClient.Builder) RestClient.Builder} is given, it also
		 * observes every request ({@code http.client.requests}); a given builder keeps its
		 * own registry.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			Assert.notNull(observationRegistry, "observationRegistry must not be null");
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalArgumentException if the key or secret is missing or the base URL
		 * would send them in clear text
		 */
		public CrateCloudClient build() {
			String key = this.apiKey;
			String secret = this.apiSecret;
			Assert.isTrue(key != null && !key.isBlank(), "apiKey must not be blank");
			Assert.isTrue(secret != null && !secret.isBlank(), "apiSecret must not be blank");
			URI base = URI.create(this.baseUrl);
			Assert.isTrue(isSecureBaseUrl(base), () -> "baseUrl must use https (or http to a loopback host), not "
					+ this.baseUrl + ": Basic credentials must never travel in clear text");
			DefaultUriBuilderFactory uriBuilderFactory = new DefaultUriBuilderFactory(stripTrailingSlash(this.baseUrl));
			// Encode every variable strictly: an id such as "../organizations" stays in its segment.
			uriBuilderFactory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.VALUES_ONLY);
			String credentials = HttpHeaders.encodeBasicAuth(key, secret, StandardCharsets.UTF_8);
			RestClient.Builder starting = startingBuilder();
			// Pre-signed upload URLs carry their own authorization: they must never see the
			// API's, and their signature must not be recorded in observations.
			RestClient uploadClient = starting.clone()
				.defaultHeaders((headers) -> headers.set(HttpHeaders.USER_AGENT, USER_AGENT))
				.observationConvention(new PresignedUrlObservationConvention())
				.build();
			RestClient restClient = starting.uriBuilderFactory(uriBuilderFactory)
				.defaultHeaders((headers) -> {
					headers.set(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
					headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
					if (this.region != null && !this.region.isBlank()) {
						headers.set("X-Region", this.region);
					}
				})
				.build();
			Set<String> secrets = Set.of(secret, credentials,
					Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
			return new CrateCloudClient(
					new CrateCloudTransport(restClient, uploadClient, uriBuilderFactory, CrateCloudJson.createMapper(),
							this.retrySettings, secrets, this.observationRegistry),
					new Polling(this.operationPollInterval, this.observationRegistry));
		}

		private RestClient.Builder startingBuilder() {
			if (this.restClientBuilder != null) {
				return this.restClientBuilder.clone();
			}
			HttpClient httpClient = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(this.connectTimeout)
				.build();
			JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
			requestFactory.setReadTimeout(this.readTimeout);
			return RestClient.builder().requestFactory(requestFactory).observationRegistry(this.observationRegistry);
		}

		private static String stripTrailingSlash(String url) {
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}

		@Override
		public String toString() {
			return "CrateCloudClient.Builder[baseUrl=" + this.baseUrl + ", apiKey=" + this.apiKey
					+ ", apiSecret=******]";
		}

	}

}
