package io.cratecloud.health;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.users.CurrentUser;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * {@link HealthIndicator} for CrateDB Cloud: asks the API who the current user is
 * ({@code GET /api/v2/users/me/}), which proves the API is reachable and accepts the
 * credentials.
 * <p>
 * Each check is one call of the client, bounded by the timeout as the client bounds every
 * call, retries included, so no check outlives it. A result is reused for the cache TTL, so
 * frequent probes do not reach the API; probes that arrive while a check runs wait for it
 * rather than start another. Details never contain the secret nor a stack trace: a failure is
 * a {@code reason} (and the HTTP {@code status} when one came back).
 */
public class CrateCloudHealthIndicator extends AbstractHealthIndicator {

	private static final Log logger = LogFactory.getLog(CrateCloudHealthIndicator.class);

	private final CrateCloudClient client;

	private final TimedCache<Health> cache;

	/**
	 * Create an indicator.
	 * @param client the CrateDB Cloud client
	 * @param timeout how long a check may take before it reports {@code DOWN}
	 * @param cacheTtl how long a result is reused
	 */
	public CrateCloudHealthIndicator(CrateCloudClient client, Duration timeout, Duration cacheTtl) {
		this(client, timeout, cacheTtl, Clock.systemUTC());
	}

	CrateCloudHealthIndicator(CrateCloudClient client, Duration timeout, Duration cacheTtl, Clock clock) {
		super("CrateDB Cloud health check failed");
		Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
		Assert.isTrue(!cacheTtl.isNegative(), "cacheTtl must not be negative");
		this.client = client.withCallTimeout(timeout);
		this.cache = new TimedCache<>(cacheTtl, clock);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Health health = this.cache.get(this::check);
		builder.status(health.getStatus()).withDetails(health.getDetails());
	}

	private Health check() {
		long start = System.nanoTime();
		try {
			CurrentUser user = this.client.users().me();
			return Health.up()
				.withDetail("user", displayName(user))
				.withDetail("responseTimeMillis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
				.build();
		}
		catch (RuntimeException ex) {
			return down(ex);
		}
	}

	private static String displayName(CurrentUser user) {
		if (StringUtils.hasText(user.name())) {
			return user.name();
		}
		return StringUtils.hasText(user.username()) ? user.username() : user.email();
	}

	static Health down(Throwable failure) {
		if (failure instanceof CrateCloudException apiFailure) {
			Integer status = (apiFailure.getStatusCode() != 0) ? apiFailure.getStatusCode() : null;
			return down(reason(apiFailure), status);
		}
		// Health details are public to whoever may see the endpoint, and the failure's message
		// was not redacted by the client: name the type in the log only.
		logger.warn("CrateDB Cloud health check failed unexpectedly with " + failure.getClass().getName());
		return down("unexpected error", null);
	}

	static String reason(CrateCloudException failure) {
		if (failure instanceof CrateCloudAuthenticationException) {
			return "invalid credentials";
		}
		if (failure instanceof CrateCloudPermissionException) {
			return "permission denied";
		}
		if (failure instanceof CrateCloudNotFoundException) {
			return "not found (check cratecloud.base-url)";
		}
		if (failure instanceof CrateCloudRateLimitedException) {
			return "rate limited";
		}
		if (failure instanceof CrateCloudTimeoutException) {
			return "timeout";
		}
		if (failure instanceof CrateCloudTransportException) {
			return "unreachable";
		}
		if (failure instanceof CrateCloudServerException) {
			return "server error";
		}
		if (failure instanceof CrateCloudUnexpectedResponseException) {
			return "unexpected response";
		}
		return "request failed";
	}

	static Health down(String reason, @Nullable Integer status) {
		Health.Builder builder = Health.down().withDetail("reason", reason);
		if (status != null) {
			builder.withDetail("status", status);
		}
		return builder.build();
	}

}
