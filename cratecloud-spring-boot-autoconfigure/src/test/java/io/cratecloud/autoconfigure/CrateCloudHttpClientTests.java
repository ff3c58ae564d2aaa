package io.cratecloud.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.HttpTransport;
import io.cratecloud.client.users.CurrentUser;
import io.cratecloud.client.users.UsersClient;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * Tests for the HTTP client {@link CrateCloudAutoConfiguration} gives the CrateDB Cloud
 * client: timeouts, redirects, cookies and retries, with each request factory Boot can pick.
 */
class CrateCloudHttpClientTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final String LOGIN_REDIRECT = "/?rd=" + ApiResponses.USERS_ME;

	/**
	 * Boot's whole imperative HTTP client stack, as an application with the starter has it.
	 */
	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, CrateCloudAutoConfiguration.class))
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl());

	private ApplicationContextRunner withFactory(String factory) {
		return this.runner.withPropertyValues("spring.http.clients.imperative.factory=" + factory);
	}

	@Test
	void crateCloudReadTimeoutWinsOverSpringHttpClients() {
		CrateCloudProperties properties = new CrateCloudProperties();
		properties.setReadTimeout(Duration.ofSeconds(7));
		properties.setConnectTimeout(Duration.ofSeconds(2));
		HttpClientSettings boot = HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));

		HttpClientSettings settings = CrateCloudAutoConfiguration.settings(properties, boot);

		assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(7));
		assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void springHttpClientsTimeoutsWinOverTheDefaults() {
		HttpClientSettings boot = HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));

		HttpClientSettings settings = CrateCloudAutoConfiguration.settings(new CrateCloudProperties(), boot);

		assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void defaultTimeoutsAreFiveSecondsToConnectAndTheLibrarysOwnToRead() {
		HttpClientSettings settings = CrateCloudAutoConfiguration.settings(new CrateCloudProperties(),
				HttpClientSettings.defaults());

		assertThat(settings.readTimeout()).isNull();
		assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void settingsNeverFollowRedirectsAndKeepBootsSslBundle() {
		SslBundle bundle = mock(SslBundle.class);
		HttpClientSettings boot = HttpClientSettings.ofSslBundle(bundle).withRedirects(HttpRedirects.FOLLOW);

		HttpClientSettings settings = CrateCloudAutoConfiguration.settings(new CrateCloudProperties(), boot);

		assertThat(settings.redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
		assertThat(settings.sslBundle()).isSameAs(bundle);
	}

	// The JDK's client has no read timeout: the call timeout bounds its calls.
	@ParameterizedTest
	@ValueSource(strings = "http-components")
	void springHttpClientsReadTimeoutAppliesWhenCrateCloudSetsNone(String factory) {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME)
				.willReturn(okJson(ApiResponses.CURRENT_USER).withFixedDelay(1500)));
		withFactory(factory).withPropertyValues("spring.http.clients.read-timeout=300ms", "cratecloud.retry.enabled=false")
			.run((context) -> {
				UsersClient users = context.getBean(UsersClient.class);
				assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(users::me);
				assertClientUsed(factory);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = "http-components")
	void crateCloudReadTimeoutWinsOverSpringHttpClientsOnTheWire(String factory) {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME)
				.willReturn(okJson(ApiResponses.CURRENT_USER).withFixedDelay(800)));
		withFactory(factory)
			.withPropertyValues("spring.http.clients.read-timeout=300ms", "cratecloud.read-timeout=5s",
					"cratecloud.retry.enabled=false")
			.run((context) -> {
				CurrentUser me = context.getBean(UsersClient.class).me();
				assertThat(me.email()).isEqualTo("ada@example.com");
				assertClientUsed(factory);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdk", "http-components" })
	void redirectsAreNotFollowedEvenWhenSpringHttpClientsFollowThem(String factory) {
		api.offContract("api-notes.md: the gateway answers bad credentials with a redirect to the console's login");
		api.server()
			.stubFor(get(ApiResponses.USERS_ME)
				.willReturn(aResponse().withStatus(302).withHeader("Location", LOGIN_REDIRECT)));
		api.server()
			.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/html")
				.withBody("<!doctype html><html><body>CrateDB Cloud Console</body></html>")));
		withFactory(factory).withPropertyValues("spring.http.clients.redirects=follow").run((context) -> {
			UsersClient users = context.getBean(UsersClient.class);
			assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(users::me)
				.satisfies((ex) -> {
					assertThat(ex.getLocation()).isEqualTo(LOGIN_REDIRECT);
					assertThat(ex.getStatusCode()).isEqualTo(302);
				});
			api.server().verify(0, getRequestedFor(urlPathEqualTo("/")));
			assertClientUsed(factory);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdk", "http-components" })
	void theHttpClientDoesNotRetryOnItsOwnWhenRetriesAreDisabled(String factory) {
		api.offContract("api-notes.md: gateways answer 503");
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(aResponse().withStatus(503)
				.withHeader("Retry-After", "0")
				.withHeader("Content-Type", "text/html")
				.withBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>")));
		withFactory(factory).withPropertyValues("cratecloud.retry.enabled=false").run((context) -> {
			UsersClient users = context.getBean(UsersClient.class);
			assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(users::me);
			api.server().verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
			assertClientUsed(factory);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdk", "http-components" })
	void maxAttemptsCountsEveryRequestOnTheWire(String factory) {
		api.offContract("api-notes.md: gateways answer 429 with Retry-After, should the service ever rate-limit");
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "0")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Too many requests.\", \"success\": false}")));
		withFactory(factory)
			.withPropertyValues("cratecloud.retry.max-attempts=2", "cratecloud.retry.initial-delay=10ms")
			.run((context) -> {
				UsersClient users = context.getBean(UsersClient.class);
				assertThatExceptionOfType(CrateCloudRateLimitedException.class).isThrownBy(users::me);
				api.server().verify(2, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
				assertClientUsed(factory);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdk", "http-components" })
	void aSessionCookieIsNeverSentBack(String factory) {
		withFactory(factory).run((context) -> {
			assertNoCookieSentBack(context.getBean(UsersClient.class));
			assertClientUsed(factory);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdk", "http-components" })
	void theCallTimeoutBoundsEveryCallWhateverTheLibrary(String factory) {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME)
				.willReturn(okJson(ApiResponses.CURRENT_USER).withFixedDelay(3000)));
		withFactory(factory).withPropertyValues("cratecloud.call-timeout=300ms", "cratecloud.retry.enabled=false")
			.run((context) -> {
				UsersClient users = context.getBean(UsersClient.class);
				assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(users::me)
					.withMessageContaining("did not complete within its call timeout of PT0.3S");
				assertClientUsed(factory);
			});
	}

	@Test
	void anotherLibraryBootPicksIsUsedAsItsRequestFactory() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		withFactory("simple").run((context) -> {
			assertThat(context.getBean(UsersClient.class).me().email()).isEqualTo("ada@example.com");
			assertThat(context.getBean(HttpTransport.class).toString()).contains("REQUEST_FACTORY");
		});
	}

	@Test
	void aSessionCookieIsNeverSentBackByTheDetectedClientWithoutBootsHttpClientAutoConfiguration() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class))
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl())
			.run((context) -> {
				assertNoCookieSentBack(context.getBean(UsersClient.class));
				// httpclient5 is on the test class path, so Boot detects it.
				assertClientUsed("http-components");
			});
	}

	@Test
	void aSessionCookieIsNeverSentBackByTheJdkClientDetectedWithoutHttpClient5() {
		this.runner.withClassLoader(new FilteredClassLoader("org.apache.hc.client5")).run((context) -> {
			assertNoCookieSentBack(context.getBean(UsersClient.class));
			assertClientUsed("jdk");
		});
	}

	private static void assertNoCookieSentBack(UsersClient users) {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER).withHeader("Set-Cookie",
					"session=eyJ1aWQiOiI2YjBjMWE4ZSJ9.Z2Vzc2lvbg; Path=/; HttpOnly; SameSite=Lax")));
		users.me();
		users.me();
		api.server().verify(2, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
		api.server().verify(2, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)).withHeader("Cookie", absent()));
	}

	/**
	 * Prove which HTTP client sent the requests, so that a factory property Boot ignores
	 * cannot make a test pass with the wrong client: the JDK client offers an h2c upgrade
	 * on plain http (and then speaks HTTP/2 on that connection), Apache HttpClient announces
	 * x-gzip and never upgrades.
	 */
	private static void assertClientUsed(String factory) {
		var requests = api.server().findAll(getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
		assertThat(requests).isNotEmpty();
		if (factory.equals("jdk")) {
			assertThat(requests).anySatisfy((request) -> assertThat(header(request, "Upgrade")).isEqualTo("h2c"));
		}
		else {
			assertThat(requests).allSatisfy((request) -> {
				assertThat(header(request, "Upgrade")).isNull();
				assertThat(header(request, "Accept-Encoding")).contains("x-gzip");
			});
		}
	}

	private static String header(LoggedRequest request, String name) {
		return request.containsHeader(name) ? request.getHeader(name) : null;
	}

}
