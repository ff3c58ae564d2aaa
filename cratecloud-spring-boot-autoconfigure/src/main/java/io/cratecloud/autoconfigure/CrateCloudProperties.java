package io.cratecloud.autoconfigure;

import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.RetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the CrateDB Cloud client ({@code cratecloud.*}). The defaults are the
 * client's own ({@link CrateCloudClient}, {@link RetrySettings}). Every value is checked
 * once, when it is bound, by the client's own rules: a value they refuse fails start-up with
 * an {@link InvalidConfigurationPropertyValueException} that names the property.
 */
@ConfigurationProperties("cratecloud")
public class CrateCloudProperties implements InitializingBean {

	/**
	 * Whether to configure the CrateDB Cloud client.
	 */
	private boolean enabled = true;

	/**
	 * API key, sent as the user name of HTTP Basic authentication. Generate one on the
	 * Account page of the CrateDB Cloud console. Environment variable: CRATECLOUD_APIKEY.
	 * When neither key nor secret is set, they come from the official CLI's
	 * CRATEDB_CLOUD_API_KEY and CRATEDB_CLOUD_API_SECRET, else its configuration file.
	 */
	private @Nullable String apiKey;

	/**
	 * Secret of the API key, sent as the password of HTTP Basic authentication. Shown once,
	 * when the key is generated. Environment variable: CRATECLOUD_APISECRET.
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
	 * Connect timeout of the client's HTTP connections. Defaults to
	 * 'spring.http.clients.connect-timeout' when that is set, else to 5 seconds.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Read timeout of the client's HTTP connections, per read. Defaults to
	 * 'spring.http.clients.read-timeout' when that is set, else to the HTTP library's own.
	 * The call timeout bounds every call whatever it is.
	 */
	private @Nullable Duration readTimeout;

	/**
	 * How long one call may take, whatever the server does: from sending its request to
	 * reading the last byte of the answer, retries and the delays between them included.
	 */
	private Duration callTimeout = CrateCloudClient.DEFAULT_CALL_TIMEOUT;

	/**
	 * How long one attempt of a call may take, so that a stalled attempt leaves time for a
	 * retry within the call timeout. As long as the call has left when not set.
	 */
	private @Nullable Duration attemptTimeout;

	/**
	 * Most bytes of a successful answer that are read; a larger one fails the call. Error
	 * answers are read only as far as their message needs.
	 */
	private DataSize maxResponseSize = CrateCloudClient.DEFAULT_MAX_RESPONSE_SIZE;

	/**
	 * Whether start-up asks the API who the credentials belong to (one request), so that a
	 * deleted or mistyped key fails start-up with an explanation rather than the first call.
	 */
	private boolean verifyCredentials;

	private final Retry retry = new Retry();

	private final Operations operations = new Operations();

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

	public Duration getCallTimeout() {
		return this.callTimeout;
	}

	public void setCallTimeout(Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public @Nullable Duration getAttemptTimeout() {
		return this.attemptTimeout;
	}

	public void setAttemptTimeout(@Nullable Duration attemptTimeout) {
		this.attemptTimeout = attemptTimeout;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public boolean isVerifyCredentials() {
		return this.verifyCredentials;
	}

	public void setVerifyCredentials(boolean verifyCredentials) {
		this.verifyCredentials = verifyCredentials;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Operations getOperations() {
		return this.operations;
	}

	/**
	 * Check every value by the client's own rules, once it is bound.
	 * @throws InvalidConfigurationPropertyValueException naming the first property whose
	 * value they refuse
	 */
	@Override
	public void afterPropertiesSet() {
		CrateCloudClient.Builder rules = CrateCloudClient.builder();
		PropertyChecks.resolved("cratecloud.base-url", this.baseUrl);
		PropertyChecks.resolved("cratecloud.region", this.region);
		PropertyChecks.check("cratecloud.base-url", this.baseUrl, rules::baseUrl);
		PropertyChecks.check("cratecloud.region", this.region, rules::region);
		PropertyChecks.positive("cratecloud.connect-timeout", this.connectTimeout);
		PropertyChecks.positive("cratecloud.read-timeout", this.readTimeout);
		PropertyChecks.check("cratecloud.call-timeout", this.callTimeout, rules::callTimeout);
		PropertyChecks.check("cratecloud.attempt-timeout", this.attemptTimeout, rules::attemptTimeout);
		PropertyChecks.check("cratecloud.max-response-size", this.maxResponseSize, rules::maxResponseSize);
		PropertyChecks.check("cratecloud.operations.poll-interval", this.operations.getPollInterval(),
				rules::operationPollInterval);
		this.retry.toSettings();
	}

	@Override
	public String toString() {
		return "CrateCloudProperties[enabled=" + this.enabled + ", apiKey=" + this.apiKey + ", apiSecret="
				+ ((this.apiSecret != null) ? "******" : null) + ", baseUrl=" + this.baseUrl + ", region="
				+ this.region + "]";
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

		/**
		 * The client's retry settings, checked by its own rules.
		 * @return the settings
		 * @throws InvalidConfigurationPropertyValueException naming the property whose value
		 * the rules refuse
		 */
		RetrySettings toSettings() {
			RetrySettings.Builder settings = RetrySettings.builder().enabled(this.enabled);
			PropertyChecks.check("cratecloud.retry.max-attempts", this.maxAttempts, settings::maxAttempts);
			PropertyChecks.check("cratecloud.retry.initial-delay", this.initialDelay, settings::initialDelay);
			PropertyChecks.check("cratecloud.retry.multiplier", this.multiplier, settings::multiplier);
			PropertyChecks.check("cratecloud.retry.max-delay", this.maxDelay, settings::maxDelay);
			try {
				return settings.build();
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidConfigurationPropertyValueException("cratecloud.retry.max-delay", this.maxDelay,
						ex.getMessage() + ": raise 'cratecloud.retry.max-delay' or lower 'cratecloud.retry.initial-delay'");
			}
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

}
