package io.cratecloud.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.cratecloud.autoconfigure.endpoint.CrateCloudSanitizingAutoConfiguration;
import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.users.UsersClient;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentDescriptor;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.PropertySourceDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The API secret stays out of everything an operator can read: the properties'
 * {@code toString()}, logs at TRACE, exception messages and the actuator's
 * {@code configprops} and {@code env} endpoints.
 */
@ExtendWith(OutputCaptureExtension.class)
class CrateCloudSecretsTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final String SECRET = CrateCloudApiMock.API_SECRET;

	private static final String ENCODED_CREDENTIALS = HttpHeaders.encodeBasicAuth(CrateCloudApiMock.API_KEY, SECRET,
			StandardCharsets.UTF_8);

	private static final String ENCODED_SECRET = Base64.getEncoder()
		.encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));

	private static final List<String> TRACED_LOGGERS = List.of("org.springframework.web", "org.springframework.http",
			"io.cratecloud", "org.springframework.core.retry", "jdk.internal.httpclient");

	private static final String ECHOING_ERROR = """
			{"message": "Credentials %s:%s (Basic %s) are not valid", "success": false}
			""".formatted(CrateCloudApiMock.API_KEY, SECRET, ENCODED_CREDENTIALS);

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, CrateCloudAutoConfiguration.class))
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY, "cratecloud.api-secret=" + SECRET,
				"cratecloud.base-url=" + api.baseUrl());

	@AfterEach
	void resetLogLevels() {
		TRACED_LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, null));
	}

	@Test
	void propertiesToStringHidesTheSecret() {
		CrateCloudProperties properties = new CrateCloudProperties();
		properties.setApiKey(CrateCloudApiMock.API_KEY);
		properties.setApiSecret(SECRET);

		assertThat(properties.toString()).contains(CrateCloudApiMock.API_KEY).doesNotContain(SECRET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdk", "http-components" })
	void traceLogsOfFailingRetriedAndSuccessfulCallsNeverShowTheSecret(String factory, CapturedOutput output) {
		TRACED_LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, LogLevel.TRACE));
		api.offContract("api-notes.md: gateways answer 503; this one echoes the credentials in its body");
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).inScenario("outage")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(503)
					.withHeader("Content-Type", "application/json")
					.withBody(ECHOING_ERROR)));
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).inScenario("outage")
				.whenScenarioStateIs("over")
				.willReturn(okJson(ApiResponses.CURRENT_USER)));
		this.runner
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory,
					"cratecloud.retry.initial-delay=10ms", "cratecloud.retry.max-delay=20ms")
			.run((context) -> {
				UsersClient users = context.getBean(UsersClient.class);
				assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(users::me)
					.satisfies(CrateCloudSecretsTests::assertNoSecretIn);
				api.server().verify(3, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
				api.server().setScenarioState("outage", "over");
				assertThat(users.me().email()).isEqualTo("ada@example.com");
			});
		// Something was logged at TRACE, or the test would prove nothing.
		assertThat(output.getOut()).contains(ApiResponses.USERS_ME);
		assertNoSecretIn(output.getAll());
	}

	@Test
	void exceptionMessagesNeverShowASecretTheServerEchoes() {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody(ECHOING_ERROR)));
		this.runner.run((context) -> {
			UsersClient users = context.getBean(UsersClient.class);
			assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(users::me)
				.satisfies((ex) -> {
					assertThat(ex.getServerMessage()).contains(CrateCloudApiMock.API_KEY);
					assertNoSecretIn(ex);
				});
		});
	}

	@Test
	void exceptionMessagesNeverShowASecretInAnHtmlErrorPage() {
		api.offContract("api-notes.md: gateway errors come with an HTML body");
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(aResponse().withStatus(502)
				.withHeader("Content-Type", "text/html")
				.withBody("<html><body><h1>502 Bad Gateway</h1><p>upstream rejected " + ENCODED_SECRET + " / " + SECRET
						+ "</p></body></html>")));
		this.runner.withPropertyValues("cratecloud.retry.enabled=false").run((context) -> {
			UsersClient users = context.getBean(UsersClient.class);
			assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(users::me)
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).contains("502 Bad Gateway");
					assertNoSecretIn(ex);
				});
		});
	}

	@Test
	void exceptionMessagesNeverShowPartOfASecretTheExcerptCutsThrough() {
		api.offContract("api-notes.md: gateway errors come with an HTML body");
		// The excerpt of an HTML body is cut at 200 characters; put the cut inside the secret.
		String filler = "upstream said: " + "x".repeat(190 - "upstream said: ".length());
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(aResponse().withStatus(502)
				.withHeader("Content-Type", "text/html")
				.withBody("<html><body><p>" + filler + " " + SECRET + " rejected</p></body></html>")));
		this.runner.withPropertyValues("cratecloud.retry.enabled=false").run((context) -> {
			UsersClient users = context.getBean(UsersClient.class);
			assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(users::me)
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).contains("upstream said");
					assertThat(ex.getMessage()).doesNotContain(SECRET.substring(0, 8));
				});
		});
	}

	@Test
	void configpropsEndpointHidesTheSecretGivenAsProperty() {
		actuatorRunner().run((context) -> {
			ConfigurationPropertiesBeanDescriptor crateCloud = crateCloudConfigurationProperties(context);
			assertThat(crateCloud.getProperties()).containsEntry("apiKey", CrateCloudApiMock.API_KEY)
				.containsEntry("apiSecret", SanitizableData.SANITIZED_VALUE);
			assertThat(crateCloud.getInputs()).containsKey("apiSecret");
			assertNoSecretIn(json(context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties()));
		});
	}

	@Test
	void configpropsEndpointHidesTheSecretGivenAsEnvironmentVariable() {
		actuatorRunner(Map.of("CRATECLOUD_APIKEY", CrateCloudApiMock.API_KEY, "CRATECLOUD_APISECRET", SECRET))
			.run((context) -> {
				ConfigurationPropertiesBeanDescriptor crateCloud = crateCloudConfigurationProperties(context);
				assertThat(crateCloud.getProperties()).containsEntry("apiKey", CrateCloudApiMock.API_KEY)
					.containsEntry("apiSecret", SanitizableData.SANITIZED_VALUE);
				assertThat(json(crateCloud.getInputs())).contains("CRATECLOUD_APISECRET");
				assertNoSecretIn(
						json(context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties()));
			});
	}

	@Test
	void envEndpointHidesTheSecretGivenAsProperty() {
		actuatorRunner().run((context) -> {
			EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
			EnvironmentDescriptor environment = endpoint.environment(null);
			assertThat(valuesOf(environment, "cratecloud.api-key")).containsOnly(CrateCloudApiMock.API_KEY);
			assertThat(valuesOf(environment, "cratecloud.api-secret")).containsOnly(SanitizableData.SANITIZED_VALUE);
			assertNoSecretIn(json(environment));
			assertNoSecretIn(json(endpoint.environmentEntry("cratecloud.api-secret")));
		});
	}

	@Test
	void envEndpointHidesTheSecretGivenAsEnvironmentVariable() {
		actuatorRunner(Map.of("CRATECLOUD_APIKEY", CrateCloudApiMock.API_KEY, "CRATECLOUD_APISECRET", SECRET))
			.run((context) -> {
				EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
				EnvironmentDescriptor environment = endpoint.environment(null);
				assertThat(valuesOf(environment, "CRATECLOUD_APIKEY")).containsOnly(CrateCloudApiMock.API_KEY);
				assertThat(valuesOf(environment, "CRATECLOUD_APISECRET"))
					.containsOnly(SanitizableData.SANITIZED_VALUE);
				assertNoSecretIn(json(environment));
				assertNoSecretIn(json(endpoint.environment("CRATECLOUD.*")));
				assertNoSecretIn(json(endpoint.environmentEntry("CRATECLOUD_APISECRET")));
			});
	}

	@Test
	void envEndpointHidesAnyValueThatHoldsTheSecretWhateverItsKey() {
		// As the JVM shows a secret passed on the command line, inside sun.java.command.
		String commandLine = "app.jar --cratecloud.api-key=" + CrateCloudApiMock.API_KEY + " --cratecloud.api-secret="
				+ SECRET;
		actuatorRunner().withPropertyValues("launch.command=" + commandLine, "launch.user=ada").run((context) -> {
			EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
			EnvironmentDescriptor environment = endpoint.environment(null);
			assertThat(valuesOf(environment, "launch.command")).containsOnly(SanitizableData.SANITIZED_VALUE);
			assertThat(valuesOf(environment, "launch.user")).containsOnly("ada");
			assertNoSecretIn(json(environment));
			assertNoSecretIn(json(endpoint.environmentEntry("launch.command")));
		});
	}

	@Test
	void envEndpointHidesAValueThatHoldsTheSecretOfConnectionDetailsOfTheApplication() {
		String vaultSecret = "vault-secret-77c1e0b9a2";
		actuatorRunner().withPropertyValues("launch.command=run --secret " + vaultSecret)
			.withBean(CrateCloudConnectionDetails.class,
					() -> () -> CrateCloudCredentials.of(CrateCloudApiMock.API_KEY, vaultSecret))
			.run((context) -> {
				EnvironmentDescriptor environment = context.getBean(EnvironmentEndpoint.class).environment(null);
				assertThat(valuesOf(environment, "launch.command")).containsOnly(SanitizableData.SANITIZED_VALUE);
				assertThat(json(environment)).doesNotContain(vaultSecret);
			});
	}

	@Test
	void envEndpointStillShowsUnrelatedSecretLookingValues() {
		actuatorRunner().withPropertyValues("billing.api-secret=not-ours-4b1d").run((context) -> {
			EnvironmentDescriptor environment = context.getBean(EnvironmentEndpoint.class).environment(null);
			assertThat(valuesOf(environment, "billing.api-secret")).containsOnly("not-ours-4b1d");
		});
	}

	private ApplicationContextRunner actuatorRunner() {
		return actuatorRunnerWithoutCredentials().withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + SECRET);
	}

	private ApplicationContextRunner actuatorRunner(Map<String, Object> environmentVariables) {
		return actuatorRunnerWithoutCredentials()
			.withInitializer((context) -> CrateCloudStartupFailureTests.systemEnvironment(context.getEnvironment(),
					environmentVariables));
	}

	private ApplicationContextRunner actuatorRunnerWithoutCredentials() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
					CrateCloudSanitizingAutoConfiguration.class, EndpointAutoConfiguration.class,
					ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class))
			.withPropertyValues("cratecloud.base-url=" + api.baseUrl(), "management.endpoints.web.exposure.include=*",
					"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always");
	}

	private static ConfigurationPropertiesBeanDescriptor crateCloudConfigurationProperties(
			AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		return context.getBean(ConfigurationPropertiesReportEndpoint.class)
			.configurationPropertiesWithPrefix("cratecloud")
			.getContexts()
			.values()
			.stream()
			.flatMap((contextDescriptor) -> contextDescriptor.getBeans().values().stream())
			.filter((bean) -> bean.getPrefix().equals("cratecloud"))
			.findFirst()
			.orElseThrow();
	}

	private static List<Object> valuesOf(EnvironmentDescriptor environment, String name) {
		return environment.getPropertySources()
			.stream()
			.map(PropertySourceDescriptor::getProperties)
			.filter((properties) -> properties.containsKey(name))
			.map((properties) -> properties.get(name).getValue())
			.toList();
	}

	private static String json(Object value) {
		return JsonMapper.builder().build().writeValueAsString(value);
	}

	private static void assertNoSecretIn(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			assertNoSecretIn(String.valueOf(current));
			assertNoSecretIn(String.valueOf(current.getMessage()));
			if (current instanceof CrateCloudException apiFailure) {
				assertNoSecretIn(String.valueOf(apiFailure.getServerMessage()));
			}
		}
	}

	private static void assertNoSecretIn(String text) {
		assertThat(text).doesNotContain(SECRET).doesNotContain(ENCODED_CREDENTIALS).doesNotContain(ENCODED_SECRET);
	}

}
