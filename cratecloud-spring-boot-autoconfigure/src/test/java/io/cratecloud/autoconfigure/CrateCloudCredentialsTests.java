package io.cratecloud.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.users.UsersClient;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Where the auto-configured client takes its credentials from: {@code cratecloud.api-key}
 * and {@code cratecloud.api-secret} as they are in the environment at each request, or a
 * provider bean of the application's.
 */
class CrateCloudCredentialsTests {

	private static final String ROTATED_SECRET = "rotated-secret-4e8b0c2d7f";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
				ConfigurationPropertiesRebinderAutoConfiguration.class))
		.withPropertyValues("cratecloud.base-url=" + api.baseUrl());

	@Test
	void aSecretRotatedInARefreshedEnvironmentIsUsedByTheNextRequestAndTheOldOneIsSentNoMore() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		this.runner
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET)
			.run((context) -> {
				UsersClient users = context.getBean(UsersClient.class);
				users.me();
				rotate(context, "cratecloud.api-secret=" + ROTATED_SECRET);
				users.me();
				users.me();

				List<LoggedRequest> requests = api.server().findAll(getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
				assertThat(requests).hasSize(3);
				assertThat(requests.get(0).getHeader("Authorization"))
					.isEqualTo(basic(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET));
				for (LoggedRequest later : requests.subList(1, 3)) {
					assertThat(later.getHeader("Authorization"))
						.isEqualTo(basic(CrateCloudApiMock.API_KEY, ROTATED_SECRET));
					assertThat(later.getHeaders().all()).allSatisfy((header) -> assertThat(header.values())
						.noneMatch((value) -> value.contains(CrateCloudApiMock.API_SECRET)
								|| value.contains(basic(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET)
									.substring("Basic ".length()))));
				}
				assertThat(context.getBean(CrateCloudConnectionDetails.class).toString())
					.doesNotContain(CrateCloudApiMock.API_SECRET)
					.doesNotContain(ROTATED_SECRET);
			});
	}

	@Test
	void credentialsAreReadAsConfigurationPropertiesAre() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		this.runner.withPropertyValues("cratecloud.apiKey=${made.up.vault.key}", "made.up.vault.key=" + CrateCloudApiMock.API_KEY)
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
						Map.of(PropertiesCrateCloudConnectionDetails.API_SECRET_VARIABLE, CrateCloudApiMock.API_SECRET))))
			.run((context) -> {
				context.getBean(UsersClient.class).me();

				assertThat(api.server()
					.findAll(getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)))
					.get(0)
					.getHeader("Authorization")).isEqualTo(basic(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET));
			});
	}

	@Test
	void aSecretRotatedAwayIsStillHiddenWhenAnAnswerEchoesIt() {
		api.offContract("a gateway echoing the credentials it was sent");
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Unknown secret " + CrateCloudApiMock.API_SECRET + "\", \"success\": false}")));
		this.runner
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET)
			.run((context) -> {
				UsersClient users = context.getBean(UsersClient.class);
				assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(users::me);
				rotate(context, "cratecloud.api-secret=" + ROTATED_SECRET);
				assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(users::me)
					.satisfies((ex) -> {
						assertThat(ex.getMessage()).contains("Unknown secret ******")
							.doesNotContain(CrateCloudApiMock.API_SECRET);
						assertThat(ex.getServerMessage()).doesNotContain(CrateCloudApiMock.API_SECRET);
					});
			});
	}

	@Test
	void connectionDetailsOfTheApplicationAreAskedForEveryRequestAndNeedNoProperties() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		AtomicInteger asked = new AtomicInteger();
		CrateCloudConnectionDetails vault = new CrateCloudConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return api.baseUrl();
			}

			@Override
			public CrateCloudCredentials getCredentials() {
				asked.incrementAndGet();
				return CrateCloudCredentials.of(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET);
			}

		};
		this.runner.withBean(CrateCloudConnectionDetails.class, () -> vault).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(CrateCloudConnectionDetails.class)).isSameAs(vault);
			int atStartUp = asked.get();
			context.getBean(CrateCloudClient.class).users().me();
			context.getBean(CrateCloudClient.class).users().me();

			assertThat(asked.get() - atStartUp).isEqualTo(2);
			api.server()
				.verify(2, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)).withBasicAuth(
						new BasicCredentials(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET)));
		});
	}

	@Test
	void credentialsRemovedFromARefreshedEnvironmentFailTheNextRequestNamingTheProperty() {
		this.runner
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET)
			.run((context) -> {
				rotate(context, "cratecloud.api-secret=");
				assertThatExceptionOfType(MissingCrateCloudCredentialsException.class)
					.isThrownBy(() -> context.getBean(UsersClient.class).me())
					.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("cratecloud.api-secret"));
				assertThat(api.server().getAllServeEvents()).isEmpty();
			});
	}

	@Test
	void aPropertySourceChangedWithoutARefreshIsNotSeenAsConfigurationIsBoundOnce() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		this.runner
			.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
					"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET)
			.run((context) -> {
				TestPropertyValues.of("cratecloud.api-secret=" + ROTATED_SECRET).applyTo(context.getEnvironment());
				context.getBean(UsersClient.class).me();

				api.server()
					.verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)).withBasicAuth(
							new BasicCredentials(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET)));
			});
	}

	/**
	 * Change the configuration and refresh it as Spring Cloud does on a refresh of a config
	 * server, Vault or Kubernetes source: the changed keys in an {@link EnvironmentChangeEvent},
	 * on which its rebinder binds the {@code @ConfigurationProperties} beans again.
	 */
	private static void rotate(AssertableApplicationContext context, String... properties) {
		ConfigurableApplicationContext application = context.getSourceApplicationContext();
		TestPropertyValues.of(properties).applyTo(application.getEnvironment());
		Set<String> keys = Arrays.stream(properties).map((property) -> property.substring(0, property.indexOf('=')))
			.collect(Collectors.toSet());
		application.publishEvent(new EnvironmentChangeEvent(application, keys));
	}

	private static String basic(String key, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
