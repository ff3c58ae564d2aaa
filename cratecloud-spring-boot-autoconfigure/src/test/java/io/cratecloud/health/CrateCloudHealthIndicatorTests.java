package io.cratecloud.health;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cratecloud.autoconfigure.ApiResponses;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.MockClients;
import io.cratecloud.autoconfigure.health.CrateCloudHealthContributorAutoConfiguration;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CrateCloudHealthIndicator}.
 */
class CrateCloudHealthIndicatorTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final String SECRET = CrateCloudApiMock.API_SECRET;

	private static final String ECHOING_ERROR = """
			{"message": "Key %s with secret %s (Basic %s) failed", "success": false}
			""".formatted(CrateCloudApiMock.API_KEY, SECRET,
			HttpHeaders.encodeBasicAuth(CrateCloudApiMock.API_KEY, SECRET, StandardCharsets.UTF_8));

	private static final RetrySettings FAST_RETRIES = new RetrySettings(true, 3, Duration.ofMillis(10), 2.0,
			Duration.ofMillis(20));

	private final MutableClock clock = new MutableClock(Instant.parse("2026-07-10T10:41:02.983Z"));

	@Test
	void upWithTheUserAndTheResponseTime() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));

		Health health = indicator(MockClients.client(api, FAST_RETRIES)).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsOnlyKeys("user", "responseTimeMillis")
			.containsEntry("user", "Ada Lovelace");
		assertThat(health.getDetails().get("responseTimeMillis")).isInstanceOfSatisfying(Long.class,
				(millis) -> assertThat(millis).isBetween(0L, 5000L));
		assertSafe(health);
	}

	@Test
	void upNamesTheUserByUserNameOrEmailWhenTheyHaveNoName() {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME)
				.willReturn(okJson("{\"email\": \"ada@example.com\", \"is_superuser\": false}")));

		Health health = indicator(MockClients.client(api)).health();

		assertThat(health.getDetails()).containsEntry("user", "ada@example.com");
	}

	@Test
	void downForA401() {
		assertDown(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(ApiResponses.AUTHENTICATION_REQUIRED), "invalid credentials", 401);
	}

	@Test
	void downForARedirectToTheConsoleLogin() {
		api.offContract("api-notes.md: the gateway redirects bad credentials to the console's login");
		assertDown(aResponse().withStatus(302).withHeader("Location", "/?rd=" + ApiResponses.USERS_ME),
				"invalid credentials", 302);
	}

	@Test
	void downForA403() {
		api.offContract("the document declares no 403 for users/me; a gateway or a revoked key may answer it");
		assertDown(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody(ECHOING_ERROR), "permission denied", 403);
	}

	@Test
	void downForA500() {
		assertDown(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody(ECHOING_ERROR), "server error", 500);
	}

	@Test
	void downForA503AfterRetries() {
		api.offContract("api-notes.md: gateways answer 503, here with an HTML page");
		assertDown(aResponse().withStatus(503)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"), "server error", 503);
		api.server().verify(3, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
	}

	@Test
	void downForA429() {
		api.offContract("api-notes.md: no rate limit is documented, but a 429 must still be handled");
		assertDown(aResponse().withStatus(429)
			.withHeader("Retry-After", "120")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Too many requests.\", \"success\": false}"), "rate limited", 429);
	}

	@Test
	void downForA404WhichPointsAtTheBaseUrl() {
		api.offContract("a base URL with a wrong path prefix reaches a server that knows no such API");
		assertDown(aResponse().withStatus(404)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body><h1>404 Not Found</h1></body></html>"), "not found (check cratecloud.base-url)",
				404);
	}

	@Test
	void downForA200ThatIsNoJson() {
		api.offContract("api-notes.md: a proxy may answer 200 with an HTML page");
		assertDown(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<!doctype html><html><body>CrateDB Cloud Console</body></html>"), "unexpected response", 200);
	}

	@Test
	void downWhenTheApiIsUnreachable() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		CrateCloudClient users = CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(CrateCloudApiMock.API_KEY, SECRET))
			.baseUrl("http://127.0.0.1:" + port)
			.retry(FAST_RETRIES)
			.build();

		Health health = indicator(users).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsExactly(Map.entry("reason", "unreachable"));
		assertSafe(health);
	}

	@Test
	void downWithTimeoutBeforeASlowApiAnswersItsRetriesIncluded() {
		// The API answers after 2 s: DOWN with 'timeout' means the check was cut off first, and
		// one request means no retry ran past the check's timeout.
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER).withFixedDelay(2000)));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
					CrateCloudHealthContributorAutoConfiguration.class))
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY, "cratecloud.api-secret=" + SECRET,
					"cratecloud.base-url=" + api.baseUrl(), "management.health.cratecloud.timeout=200ms",
					"cratecloud.retry.initial-delay=500ms")
			.run((context) -> {
				HealthIndicator indicator = context.getBean("cratecloudHealthContributor", HealthIndicator.class);

				Health health = indicator.health();

				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsExactly(Map.entry("reason", "timeout"));
				api.server().verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
			});
	}

	@Test
	void downWithoutTheExceptionForAFailureThatIsNoApiError() {
		CrateCloudClient users = CrateCloudClient.builder()
			.credentials(() -> {
				throw new IllegalStateException("vault refused " + SECRET);
			})
			.baseUrl(api.baseUrl())
			.build();

		Health health = indicator(users).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsExactly(Map.entry("reason", "unexpected error"));
		assertSafe(health);
	}

	@Test
	void callsWithinTheTtlMakeOneRequest() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		CrateCloudHealthIndicator indicator = indicator(MockClients.client(api));

		for (int i = 0; i < 5; i++) {
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			this.clock.advance(Duration.ofSeconds(5));
		}
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

		api.server().verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
	}

	@Test
	void aCallAfterTheTtlMakesANewRequest() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		CrateCloudHealthIndicator indicator = indicator(MockClients.client(api));
		indicator.health();

		this.clock.advance(Duration.ofSeconds(30));
		indicator.health();
		indicator.health();

		api.server().verify(2, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
	}

	@Test
	void aDownResultIsCachedToo() {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/json")
				.withBody(ApiResponses.SERVER_ERROR)));
		CrateCloudHealthIndicator indicator = indicator(MockClients.client(api));

		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);

		api.server().verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
	}

	@Test
	void concurrentProbesWaitForTheRunningCheck() throws Exception {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER).withFixedDelay(300)));
		CrateCloudHealthIndicator indicator = indicator(MockClients.client(api));
		ExecutorService probes = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Health>> calls = List.of(indicator::health, indicator::health, indicator::health,
					indicator::health);
			for (Future<Health> result : probes.invokeAll(calls, 10, TimeUnit.SECONDS)) {
				assertThat(result.get().getStatus()).isEqualTo(Status.UP);
			}
		}
		finally {
			probes.shutdownNow();
		}
		api.server().verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
	}

	private void assertDown(ResponseDefinitionBuilder response, String reason, int status) {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(response));

		Health health = indicator(MockClients.client(api, FAST_RETRIES)).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsOnly(Map.entry("reason", reason), Map.entry("status", status));
		assertSafe(health);
	}

	private CrateCloudHealthIndicator indicator(CrateCloudClient users) {
		return new CrateCloudHealthIndicator(users, Duration.ofSeconds(5), Duration.ofSeconds(30), this.clock);
	}

	/**
	 * Health details are shown to whoever may see the health endpoint: no secret, no
	 * exception, no stack trace.
	 */
	private static void assertSafe(Health health) {
		String details = health.getDetails().toString();
		assertThat(details).doesNotContain(SECRET)
			.doesNotContain(HttpHeaders.encodeBasicAuth(CrateCloudApiMock.API_KEY, SECRET, StandardCharsets.UTF_8))
			.doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)))
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("io.cratecloud")
			.doesNotContain("java.")
			.doesNotContain("\tat ");
		assertThat(health.getDetails()).doesNotContainKey("error").doesNotContainKey("exception");
		assertThat(health.getDetails().values()).allSatisfy(
				(value) -> assertThat(value).isInstanceOfAny(String.class, Integer.class, Long.class));
	}

	/**
	 * A clock the test moves by hand.
	 */
	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("The health indicator needs no zone");
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
