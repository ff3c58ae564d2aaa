package io.cratecloud.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.RetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the CrateDB Cloud client ({@code cratecloud.*}). The defaults are the
 * client's own ({@link CrateCloudClient}, {@link RetrySettings}).
 */
@ConfigurationProperties("cratecloud")
public class CrateCloudProperties {

	/**
	 * Whether to configure the CrateDB Cloud client.
	 */
	private boolean enabled = true;

	/**
	 * API key, sent as the user name of HTTP Basic authentication. Generate one on the
	 * Account page of the CrateDB Cloud console. Read again for every request, so a rotated
	 * key takes effect without a restart.
	 */
	private @Nullable String apiKey;

	/**
	 * Secret of the API key, sent as the password of HTTP Basic authentication. Shown once,
	 * when the key is generated. Read again for every request, so a rotated secret takes
	 * effect without a restart.
	 */
	private @Nullable String apiSecret;

	/**
	 * Base URL of the CrateDB Cloud API. Must use https, except for loopback hosts.
	 */
	private String baseUrl = CrateCloudClient.DEFAULT_BASE_URL;

	/**
	 * Region to scope list calls to, sent as the X-Region header. All regions when not set.
	 */
	private @Nullable String region;

	/**
	 * Connect timeout. Defaults to 'spring.http.clients.connect-timeout' when that is set,
	 * else to the client's default, 5 seconds.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Read timeout. Defaults to 'spring.http.clients.read-timeout' when that is set, else to
	 * the client's default, 30 seconds.
	 */
	private @Nullable Duration readTimeout;

	/**
	 * How long one call may take, from sending the request to reading the last byte of the
	 * answer, however slowly the server answers. Defaults to the connect timeout plus the
	 * read timeout.
	 */
	private @Nullable Duration callTimeout;

	/**
	 * Most bytes of a successful answer that are read; a larger one fails the call. Error
	 * answers are read only as far as their message needs.
	 */
	private DataSize maxResponseSize = CrateCloudClient.DEFAULT_MAX_RESPONSE_SIZE;

	private final Retry retry = new Retry();

	private final Health health = new Health();

	private final Operations operations = new Operations();

	private final Datasource datasource = new Datasource();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public @Nullable String getApiSecret() {
		return this.apiSecret;
	}

	public void setApiSecret(@Nullable String apiSecret) {
		this.apiSecret = apiSecret;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(@Nullable Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public @Nullable Duration getCallTimeout() {
		return this.callTimeout;
	}

	public void setCallTimeout(@Nullable Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Health getHealth() {
		return this.health;
	}

	public Operations getOperations() {
		return this.operations;
	}

	public Datasource getDatasource() {
		return this.datasource;
	}

	@Override
	public String toString() {
		return "CrateCloudProperties[enabled=" + this.enabled + ", apiKey=" + this.apiKey + ", apiSecret="
				+ ((this.apiSecret != null) ? "******" : null) + ", baseUrl=" + this.baseUrl + ", region="
				+ this.region + ", connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout
				+ "]";
	}

	/**
	 * Retries of idempotent requests (GET, PUT, DELETE) after connection failures, 429, 502,
	 * 503 and 504. POST and PATCH are never retried.
	 */
	public static class Retry {

		/**
		 * Whether to retry failed idempotent requests.
		 */
		private boolean enabled = true;

		/**
		 * Maximum number of attempts, the first one included.
		 */
		private int maxAttempts = RetrySettings.DEFAULT_MAX_ATTEMPTS;

		/**
		 * Delay before the first retry.
		 */
		private Duration initialDelay = RetrySettings.DEFAULT_INITIAL_DELAY;

		/**
		 * Multiplier applied to the delay after each retry.
		 */
		private double multiplier = RetrySettings.DEFAULT_MULTIPLIER;

		/**
		 * Longest delay between two attempts. A Retry-After longer than this is not waited
		 * for: the request fails instead.
		 */
		private Duration maxDelay = RetrySettings.DEFAULT_MAX_DELAY;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialDelay() {
			return this.initialDelay;
		}

		public void setInitialDelay(Duration initialDelay) {
			this.initialDelay = initialDelay;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

	}

	/**
	 * The 'cratecloud' health indicator.
	 */
	public static class Health {

		/**
		 * How long the health check waits for the API before reporting DOWN.
		 */
		private Duration timeout = Duration.ofSeconds(5);

		/**
		 * How long a health result is reused before the API is asked again.
		 */
		private Duration cacheTtl = Duration.ofSeconds(30);

		/**
		 * Names or ids of clusters to report in the 'cratecloud' health contributor, each
		 * beside the API check. The cluster of 'cratecloud.datasource.cluster' is included.
		 */
		private List<String> clusters = new ArrayList<>();

		public List<String> getClusters() {
			return this.clusters;
		}

		public void setClusters(List<String> clusters) {
			this.clusters = clusters;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

	}

	/**
	 * Waiting for long-running cluster changes and data jobs.
	 */
	public static class Operations {

		/**
		 * How often 'await' asks whether a cluster change or data job has finished.
		 */
		private Duration pollInterval = CrateCloudClient.DEFAULT_POLL_INTERVAL;

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

	}

	/**
	 * A DataSource on a cluster named in a property: the cluster's SQL endpoint as Spring
	 * Boot's JDBC connection details.
	 */
	public static class Datasource {

		/**
		 * Name or id of the cluster that Spring Boot's DataSource connects to. When set, no
		 * 'spring.datasource.url' is needed; 'spring.datasource.password' is.
		 */
		private @Nullable String cluster;

		/**
		 * Id of the project the cluster is looked up in, when its name is not unique.
		 */
		private @Nullable String project;

		/**
		 * Id of the organization the cluster is looked up in, when its name is not unique.
		 */
		private @Nullable String organization;

		/**
		 * Port of the cluster's PostgreSQL wire protocol endpoint.
		 */
		private int port = 5432;

		/**
		 * Schema to connect to, the database segment of the JDBC URL. 'doc' is CrateDB's
		 * default schema.
		 */
		private String schema = "doc";

		/**
		 * The JDBC driver's 'sslmode'.
		 */
		private String sslMode = "require";

		/**
		 * Whether start-up resumes the cluster when it is suspended and waits until its health
		 * is GREEN.
		 */
		private boolean ensureRunning;

		/**
		 * How long start-up waits for the cluster to resume and become healthy, with
		 * 'ensure-running'.
		 */
		private Duration startupTimeout = Duration.ofMinutes(10);

		public @Nullable String getCluster() {
			return this.cluster;
		}

		public void setCluster(@Nullable String cluster) {
			this.cluster = cluster;
		}

		public @Nullable String getProject() {
			return this.project;
		}

		public void setProject(@Nullable String project) {
			this.project = project;
		}

		public @Nullable String getOrganization() {
			return this.organization;
		}

		public void setOrganization(@Nullable String organization) {
			this.organization = organization;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public String getSchema() {
			return this.schema;
		}

		public void setSchema(String schema) {
			this.schema = schema;
		}

		public String getSslMode() {
			return this.sslMode;
		}

		public void setSslMode(String sslMode) {
			this.sslMode = sslMode;
		}

		public boolean isEnsureRunning() {
			return this.ensureRunning;
		}

		public void setEnsureRunning(boolean ensureRunning) {
			this.ensureRunning = ensureRunning;
		}

		public Duration getStartupTimeout() {
			return this.startupTimeout;
		}

		public void setStartupTimeout(Duration startupTimeout) {
			this.startupTimeout = startupTimeout;
		}

	}

}
