package io.cratecloud.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Properties;

import io.cratecloud.client.auditlogs.AuditLogsClient;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.estate.EstateClient;
import io.cratecloud.client.internal.ApiObservationConvention;
import io.cratecloud.client.internal.ClusterSqlObservationConvention;
import io.cratecloud.client.internal.CrateCloudJson;
import io.cratecloud.client.internal.CrateCloudTransport;
import io.cratecloud.client.internal.ApiHeaders;
import io.cratecloud.client.internal.DefaultAuditLogsClient;
import io.cratecloud.client.internal.DefaultClustersClient;
import io.cratecloud.client.internal.DefaultDataJobsClient;
import io.cratecloud.client.internal.DefaultExportJobsClient;
import io.cratecloud.client.internal.DefaultFilesClient;
import io.cratecloud.client.internal.DefaultImportJobsClient;
import io.cratecloud.client.internal.DefaultMetadataClient;
import io.cratecloud.client.internal.DefaultOrganizationsClient;
import io.cratecloud.client.internal.DefaultProductsClient;
import io.cratecloud.client.internal.DefaultProjectsClient;
import io.cratecloud.client.internal.DefaultRegionsClient;
import io.cratecloud.client.internal.DefaultRolesClient;
import io.cratecloud.client.internal.DefaultSubscriptionsClient;
import io.cratecloud.client.internal.DefaultUsersClient;
import io.cratecloud.client.internal.PendingOperations;
import io.cratecloud.client.internal.PresignedUrlObservationConvention;
import io.cratecloud.client.internal.Redactor;
import io.cratecloud.client.internal.RequestFactories;
import io.cratecloud.client.internal.Urls;
import io.cratecloud.client.internal.Waiter;
import io.cratecloud.client.metadata.MetadataClient;
import io.cratecloud.client.observation.OperationAwaitObservationConvention;
import io.cratecloud.client.observation.RetryObservationConvention;
import io.cratecloud.client.organizations.FilesClient;
import io.cratecloud.client.organizations.OrganizationsClient;
import io.cratecloud.client.products.ProductsClient;
import io.cratecloud.client.projects.ProjectsClient;
import io.cratecloud.client.regions.RegionsClient;
import io.cratecloud.client.roles.RolesClient;
import io.cratecloud.client.subscriptions.SubscriptionsClient;
import io.cratecloud.client.users.UsersClient;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

/**
 * The CrateDB Cloud API client: one entry point to every resource group. Thread-safe; build
 * one and share it.
 * <p>
 * In a Spring Boot application the starter builds it from the {@code cratecloud.*}
 * properties. Elsewhere, use the {@link #builder() builder}:
 * <pre class="code">
 * CrateCloudClient client = CrateCloudClient.builder()
 *     .credentials(CrateCloudCredentials.of(System.getenv("CRATECLOUD_APIKEY"), System.getenv("CRATECLOUD_APISECRET")))
 *     .build();
 * List&lt;Cluster&gt; clusters = client.clusters().list();
 * </pre>
 */
public final class CrateCloudClient {

	/**
	 * The base URL of the CrateDB Cloud API, unless another is set: {@value}.
	 */
	public static final String DEFAULT_BASE_URL = "https://console.cratedb.cloud";

	/**
	 * How long one call may take, retries included, unless set otherwise: 30 seconds.
	 */
	public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * How often {@code await} asks whether background work has ended, unless set otherwise:
	 * 10 seconds, as the official CLI polls.
	 */
	public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);

	/**
	 * The most bytes of a successful answer that are read, unless set otherwise: 32 MB, far
	 * beyond the API's largest real answers (an audit log page, the Prometheus text).
	 */
	public static final DataSize DEFAULT_MAX_RESPONSE_SIZE = DataSize.ofMegabytes(32);

	/**
	 * The {@code User-Agent} every request carries.
	 */
	public static final String USER_AGENT = "cratecloud-spring-boot/" + version();

	private final OrganizationsClient organizations;

	private final RegionsClient regions;

	private final ProjectsClient projects;

	private final ClustersClient clusters;

	private final DataJobsClient dataJobs;

	private final ProductsClient products;

	private final UsersClient users;

	private final RolesClient roles;

	private final SubscriptionsClient subscriptions;

	private final AuditLogsClient auditLogs;

	private final MetadataClient metadata;

	private final CrateCloudTransport transport;

	private final Waiter waiter;

	private final PendingOperations operations;

	private CrateCloudClient(CrateCloudTransport transport, Waiter waiter) {
		this.transport = transport;
		this.waiter = waiter;
		this.operations = new PendingOperations(transport, waiter);
		FilesClient files = new DefaultFilesClient(transport);
		this.organizations = new DefaultOrganizationsClient(transport, files);
		this.regions = new DefaultRegionsClient(transport);
		this.projects = new DefaultProjectsClient(transport);
		this.clusters = new DefaultClustersClient(transport, this.operations);
		this.dataJobs = new DefaultDataJobsClient(new DefaultImportJobsClient(transport, this.operations, files),
				new DefaultExportJobsClient(transport, this.operations, files));
		this.products = new DefaultProductsClient(transport);
		this.users = new DefaultUsersClient(transport);
		this.roles = new DefaultRolesClient(transport);
		this.subscriptions = new DefaultSubscriptionsClient(transport);
		this.auditLogs = new DefaultAuditLogsClient(transport);
		this.metadata = new DefaultMetadataClient(transport);
	}

	/**
	 * Start building a client.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Organizations, their files, secrets, invitations and billing.
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
	 * Clusters, their changes and operations.
	 * @return the clusters client
	 */
	public ClustersClient clusters() {
		return this.clusters;
	}

	/**
	 * Import and export jobs of clusters.
	 * @return the data jobs client
	 */
	public DataJobsClient dataJobs() {
		return this.dataJobs;
	}

	/**
	 * Products: the cluster plans that can be deployed, and their prices.
	 * @return the products client
	 */
	public ProductsClient products() {
		return this.products;
	}

	/**
	 * Users: the current user, their API keys, and memberships.
	 * @return the users client
	 */
	public UsersClient users() {
		return this.users;
	}

	/**
	 * Roles that can be given to users.
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
	 * Metadata of CrateDB Cloud: versions, the caller's IP address, keys for JWTs.
	 * @return the metadata client
	 */
	public MetadataClient metadata() {
		return this.metadata;
	}

	/**
	 * Declare, plan and apply an organization's projects and clusters: the estate as code.
	 * @return the estate client, built on this client's resource clients
	 */
	public EstateClient estate() {
		return EstateClient.of(this);
	}

	/**
	 * Turn the {@link PendingOperation#token() token} of a handle back into the handle, to
	 * wait for work after a restart or in another process. Nothing is asked until it is
	 * awaited.
	 * <pre class="code">
	 * String token = client.clusters().scale(clusterId, 2).token();
	 * // later, maybe elsewhere
	 * Cluster scaled = client.follow(token, Cluster.class).await(Duration.ofMinutes(30));
	 * </pre>
	 * @param <T> what the work produces
	 * @param token the token, as {@link PendingOperation#token()} gave it
	 * @param resultType what the work produces: {@code Cluster.class} for a cluster change or
	 * a wait for health, {@code Void.class} for a deletion, {@code ImportJob.class} or
	 * {@code ExportJob.class} for a data job
	 * @return the handle
	 * @throws IllegalArgumentException if the token is not a handle's, or its work produces
	 * another type
	 */
	public <T> PendingOperation<T> follow(String token, Class<T> resultType) {
		return this.operations.follow(token, resultType);
	}

	/**
	 * A client like this one, on the same connections and settings, whose every call may take
	 * at most the given time, retries included, such as for a health check that must answer
	 * quickly. A call cut off at its deadline fails with {@link CrateCloudTimeoutException}.
	 * @param callTimeout how long one call (its requests, their answers and the delays
	 * between retries) may take
	 * @return the client
	 * @throws IllegalArgumentException if the timeout is {@code null}, zero or negative
	 */
	public CrateCloudClient withCallTimeout(Duration callTimeout) {
		return new CrateCloudClient(this.transport.withCallTimeout(Arguments.positive(callTimeout, "callTimeout")),
				this.waiter);
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
	 * Builds a {@link CrateCloudClient}. Only the {@link #credentials credentials} are
	 * required. Each setting is checked as it is set, and fails with an
	 * {@link IllegalArgumentException} that names it.
	 */
	public static final class Builder {

		private @Nullable CrateCloudCredentialsProvider credentials;

		private String baseUrl = DEFAULT_BASE_URL;

		private @Nullable String region;

		private RetrySettings retrySettings = RetrySettings.defaults();

		private @Nullable HttpTransport transport;

		private Duration callTimeout = DEFAULT_CALL_TIMEOUT;

		private @Nullable Duration attemptTimeout;

		private DataSize maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

		private Duration operationPollInterval = DEFAULT_POLL_INTERVAL;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable OperationAwaitObservationConvention operationAwaitObservationConvention;

		private @Nullable RetryObservationConvention retryObservationConvention;

		private Builder() {
		}

		/**
		 * Set where the API key and secret come from. They are asked for before every
		 * request, so a provider whose credentials change (a rotated key) takes effect from
		 * the next request on; a fixed key is {@link CrateCloudCredentials#of} its own
		 * provider.
		 * @param credentials the credentials, or their provider
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null}
		 */
		public Builder credentials(CrateCloudCredentialsProvider credentials) {
			this.credentials = Arguments.required(credentials, "credentials");
			return this;
		}

		/**
		 * Set the base URL of the API; {@value CrateCloudClient#DEFAULT_BASE_URL} unless set.
		 * @param baseUrl an {@code https} URL, or an {@code http} URL of a loopback host
		 * ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}) as tests and local fakes use
		 * @return this builder
		 * @throws IllegalArgumentException if it is not an absolute http(s) URL with a host,
		 * or would send the credentials in clear text
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = checkBaseUrl(baseUrl);
			return this;
		}

		/**
		 * Scope list calls to one region with the {@code X-Region} header.
		 * @param region the region's name, or {@code null} (or blank) to send no header
		 * @return this builder
		 * @throws IllegalArgumentException if it holds a character that is not printable
		 * ASCII, such as a line break, or is longer than 255 characters
		 */
		public Builder region(@Nullable String region) {
			this.region = (region != null && !region.isBlank()) ? Arguments.headerValue(region, "region") : null;
			return this;
		}

		/**
		 * Set how idempotent requests are retried; {@link RetrySettings#defaults()} unless set.
		 * @param retrySettings the retry settings
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null}
		 */
		public Builder retry(RetrySettings retrySettings) {
			this.retrySettings = Arguments.required(retrySettings, "retry");
			return this;
		}

		/**
		 * Set the HTTP library and connections requests are sent with. Unless set, the client
		 * uses Apache HttpClient 5 when it is on the class path, else the JDK's
		 * {@link HttpClient}, connecting within 5 seconds; either follows no redirects, keeps
		 * no cookies and retries nothing on its own. The transport is not closed by the
		 * client: close it when no client built with it is used any more.
		 * @param transport the transport
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null}
		 */
		public Builder transport(HttpTransport transport) {
			this.transport = Arguments.required(transport, "transport");
			return this;
		}

		/**
		 * Set how long one call may take, whatever the server does (stalling, or dribbling its
		 * answer byte by byte): from sending its first request to reading the last byte of
		 * its last answer, retries and the delays between them included; no retry starts that
		 * its delay would push past it. A call cut off at its deadline fails with
		 * {@link CrateCloudTimeoutException}. {@link CrateCloudClient#DEFAULT_CALL_TIMEOUT}
		 * unless set.
		 * @param callTimeout the timeout
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null}, zero or negative
		 */
		public Builder callTimeout(Duration callTimeout) {
			this.callTimeout = Arguments.positive(callTimeout, "callTimeout");
			return this;
		}

		/**
		 * Set how long one attempt of a call may take, so that an attempt that stalls leaves
		 * time for a retry within the {@link #callTimeout(Duration) call timeout}. Unless set,
		 * an attempt may take whatever is left of the call's time.
		 * @param attemptTimeout the timeout, or {@code null} for whatever is left of the call's
		 * @return this builder
		 * @throws IllegalArgumentException if it is zero or negative
		 */
		public Builder attemptTimeout(@Nullable Duration attemptTimeout) {
			this.attemptTimeout = (attemptTimeout != null) ? Arguments.positive(attemptTimeout, "attemptTimeout")
					: null;
			return this;
		}

		/**
		 * Set the most bytes of a successful answer that are read; a longer one fails with
		 * {@link CrateCloudUnexpectedResponseException}. Error answers are read only as far as
		 * their message needs. {@link CrateCloudClient#DEFAULT_MAX_RESPONSE_SIZE} unless set.
		 * @param maxResponseSize the size
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null}, zero or negative
		 */
		public Builder maxResponseSize(DataSize maxResponseSize) {
			Arguments.required(maxResponseSize, "maxResponseSize");
			Arguments.between(maxResponseSize.toBytes(), "maxResponseSize", 1, Integer.MAX_VALUE - 16);
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/**
		 * Set how often {@link PendingOperation#await(Duration) await} asks whether
		 * background work has ended; 10 s unless set.
		 * @param operationPollInterval the interval between two polls
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null}, zero or negative
		 */
		public Builder operationPollInterval(Duration operationPollInterval) {
			this.operationPollInterval = Arguments.positive(operationPollInterval, "operationPollInterval");
			return this;
		}

		/**
		 * Set the registry that observes the client's waits
		 * ({@code cratecloud.operation.await}), retries ({@code cratecloud.client.retries}) and
		 * requests ({@code http.client.requests}, tagged with the path template as
		 * {@code uri}); {@link ObservationRegistry#NOOP} unless set.
		 * @param observationRegistry the registry
		 * @return this builder
		 * @throws IllegalArgumentException if it is {@code null}
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = Arguments.required(observationRegistry, "observationRegistry");
			return this;
		}

		/**
		 * Set the convention of {@code cratecloud.operation.await} observations, in place of
		 * the default one (and of a {@code GlobalObservationConvention} registered for them).
		 * @param convention the convention, or {@code null} for the default one
		 * @return this builder
		 */
		public Builder operationAwaitObservationConvention(@Nullable OperationAwaitObservationConvention convention) {
			this.operationAwaitObservationConvention = convention;
			return this;
		}

		/**
		 * Set the convention of {@code cratecloud.client.retries} observations, in place of
		 * the default one (and of a {@code GlobalObservationConvention} registered for them).
		 * @param convention the convention, or {@code null} for the default one
		 * @return this builder
		 */
		public Builder retryObservationConvention(@Nullable RetryObservationConvention convention) {
			this.retryObservationConvention = convention;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalArgumentException if no credentials were set
		 */
		public CrateCloudClient build() {
			CrateCloudCredentialsProvider provider = Arguments.required(this.credentials, "credentials");
			// The transport encodes every variable strictly: an id such as "../organizations"
			// stays in its segment.
			String baseUrl = stripTrailingSlash(this.baseUrl);
			Redactor redactor = new Redactor();
			ClientHttpRequestFactory requestFactory = requestFactory(this.transport);
			// Pre-signed upload URLs carry their own authorization: they must never see the
			// API's, and their signature must not be recorded in observations.
			RestClient uploadClient = RestClient.builder()
				.requestFactory(requestFactory)
				.observationRegistry(this.observationRegistry)
				.observationConvention(new PresignedUrlObservationConvention())
				.build();
			// A cluster's own endpoints take the cluster's token, never the API's credentials.
			RestClient clusterClient = RestClient.builder()
				.requestFactory(requestFactory)
				.observationRegistry(this.observationRegistry)
				.observationConvention(new ClusterSqlObservationConvention())
				.build();
			// No default headers and no interceptor: the transport sets each request's headers
			// (User-Agent, X-Region, Authorization), which spares Spring two header copies a call.
			RestClient restClient = RestClient.builder()
				.requestFactory(requestFactory)
				.observationRegistry(this.observationRegistry)
				.observationConvention(new ApiObservationConvention())
				.build();
			CrateCloudTransport transport = new CrateCloudTransport(restClient, uploadClient, clusterClient,
					new ApiHeaders(provider, redactor, this.region), baseUrl,
					CrateCloudJson.createMapper(), this.retrySettings, this.callTimeout, this.attemptTimeout,
					this.maxResponseSize.toBytes(), redactor, this.observationRegistry, this.retryObservationConvention);
			return new CrateCloudClient(transport, new Waiter(this.operationPollInterval, this.observationRegistry,
					this.operationAwaitObservationConvention));
		}

		private static ClientHttpRequestFactory requestFactory(@Nullable HttpTransport transport) {
			if (transport == null) {
				// Built by the first request: its TLS set-up is not paid by a start that calls nothing.
				return RequestFactories.deferred(RequestFactories::createDefault);
			}
			return switch (transport.library()) {
				case HTTP_COMPONENTS -> RequestFactories.httpComponents(transport.client());
				case JDK -> RequestFactories.jdk((HttpClient) transport.client());
				case REQUEST_FACTORY -> RequestFactories.ofApplication((ClientHttpRequestFactory) transport.client());
				case DEFERRED -> RequestFactories
					.deferred(() -> requestFactory(((HttpTransport.Deferred) transport.client()).get()));
			};
		}

		private static String checkBaseUrl(@Nullable String baseUrl) {
			Arguments.text(baseUrl, "baseUrl");
			URI uri;
			try {
				uri = new URI(baseUrl);
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("baseUrl must be a URL, but '" + baseUrl + "' is not: "
						+ ex.getReason());
			}
			String scheme = uri.getScheme();
			if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
				// A scheme-less value such as 'console.cratedb.cloud' parses as a relative path;
				// calling it a clear-text risk would send the user looking for the wrong mistake.
				throw new IllegalArgumentException(
						"baseUrl must be an absolute http(s) URL with a host, such as " + DEFAULT_BASE_URL + ", not '"
								+ baseUrl + "'");
			}
			if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
					|| (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))) {
				// Every request's path is the document's, from the root: anything else in the URL
				// would be added to or lost from every request.
				throw new IllegalArgumentException("baseUrl must be a scheme, host and port only, such as "
						+ DEFAULT_BASE_URL + ", not '" + redactUserInfo(uri) + "': the API's paths start at /api/v2/, "
						+ "and credentials, a path, a query or a fragment in it would go to every request");
			}
			if ("http".equalsIgnoreCase(scheme) && !Urls.isLoopback(uri.getHost())) {
				throw new IllegalArgumentException("baseUrl must use https, not '" + baseUrl
						+ "': HTTP Basic credentials must never travel in clear text (plain http is accepted only "
						+ "for loopback hosts, as tests and local fakes use)");
			}
			return baseUrl;
		}

		private static String redactUserInfo(URI uri) {
			return (uri.getRawUserInfo() != null) ? uri.toString().replace(uri.getRawUserInfo(), "******")
					: uri.toString();
		}

		private static String stripTrailingSlash(String url) {
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}

		@Override
		public String toString() {
			return "CrateCloudClient.Builder[baseUrl=" + this.baseUrl + ", region=" + this.region + ", credentials="
					+ ((this.credentials != null) ? this.credentials.getClass().getSimpleName() : null) + "]";
		}

	}

}
