package io.cratecloud.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import io.cratecloud.autoconfigure.health.CrateCloudHealthContributorAutoConfiguration;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.users.UsersClient;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Start-up checks of the {@code cratecloud.*} properties, and how the registered failure
 * analyzers explain them: missing credentials with
 * {@link MissingCrateCloudCredentialsFailureAnalyzer}, any other unusable value with Boot's
 * own analyzer of {@link InvalidConfigurationPropertyValueException}, the reason given by the
 * client's own rules.
 */
class CrateCloudStartupFailureTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class));

	@Test
	void missingApiKeyFailsStartUp() {
		this.runner.withPropertyValues("cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET)
			.run((context) -> assertExplained(context.getStartupFailure(), "cratecloud.api-key", "CRATECLOUD_APIKEY",
					"not set"));
	}

	@Test
	void blankApiKeyFailsStartUp() {
		this.runner
			.withPropertyValues("cratecloud.api-key=", "cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET)
			.run((context) -> assertExplained(context.getStartupFailure(), "cratecloud.api-key", "CRATECLOUD_APIKEY",
					"blank"));
	}

	@Test
	void whitespaceApiKeyFromTheEnvironmentFailsStartUp() {
		this.runner.withInitializer((context) -> systemEnvironment(context.getEnvironment(),
				Map.of("CRATECLOUD_APIKEY", "   ", "CRATECLOUD_APISECRET", CrateCloudApiMock.API_SECRET)))
			.run((context) -> assertExplained(context.getStartupFailure(), "cratecloud.api-key", "CRATECLOUD_APIKEY",
					"blank"));
	}

	@Test
	void missingApiSecretFailsStartUp() {
		this.runner.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY)
			.run((context) -> assertExplained(context.getStartupFailure(), "cratecloud.api-secret",
					"CRATECLOUD_APISECRET", "not set"));
	}

	@Test
	void aPlaceholderNothingResolvesFailsStartUpNamingTheVariableItWaitsFor() {
		// The Quick start's old lines, with the variable unset: no longer sent as credentials.
		this.runner.withPropertyValues("cratecloud.api-key=${MADE_UP_UNSET_KEY_VARIABLE}",
				"cratecloud.api-secret=${MADE_UP_UNSET_SECRET_VARIABLE}")
			.run((context) -> {
				FailureAnalysis analysis = assertExplained(context.getStartupFailure(), "cratecloud.api-key",
						"CRATECLOUD_APIKEY", "a placeholder nothing resolves");
				assertThat(analysis.getDescription()).contains("MADE_UP_UNSET_KEY_VARIABLE");
				assertThat(analysis.getAction()).contains("Set the environment variable MADE_UP_UNSET_KEY_VARIABLE")
					.contains("binds the environment variable CRATECLOUD_APIKEY");
				assertThat(api.server().getAllServeEvents()).isEmpty();
			});
	}

	@Test
	void aPlaceholderNothingResolvesInTheBaseUrlFailsStartUp() {
		withCredentials().withPropertyValues("cratecloud.base-url=${MADE_UP_UNSET_URL_VARIABLE}")
			.run((context) -> assertInvalid(context, "cratecloud.base-url", "${MADE_UP_UNSET_URL_VARIABLE}",
					"no property or environment variable MADE_UP_UNSET_URL_VARIABLE is set"));
	}

	@Test
	void withoutAnyCredentialsTheFailureSaysWhatEverySourceOfTheChainHeld() {
		assumeTrue(System.getenv("CRATEDB_CLOUD_API_KEY") == null, "croud's variables are set on this machine");
		this.runner.withSystemProperties("user.home=" + Path.of("target", "no-home").toAbsolutePath())
			.run((context) -> {
				FailureAnalysis analysis = assertExplained(context.getStartupFailure(), "cratecloud.api-key",
						"CRATECLOUD_APIKEY", "not set");
				assertThat(analysis.getDescription())
					.contains("the environment variables CRATEDB_CLOUD_API_KEY and CRATEDB_CLOUD_API_SECRET are not set")
					.contains("croud's configuration file")
					.contains("does not exist");
				assertThat(analysis.getAction()).contains("croud");
			});
	}

	@Test
	void withoutPropertiesTheCredentialsOfCroudsCurrentProfileAreUsed(@TempDir Path home) throws IOException {
		assumeTrue(System.getenv("CRATEDB_CLOUD_API_KEY") == null, "croud's variables are set on this machine");
		assumeTrue(System.getenv("XDG_CONFIG_HOME") == null, "croud's file is elsewhere on this machine");
		Path croud = Files.createDirectories(home.resolve(".config/Crate"));
		Files.writeString(croud.resolve("croud.yaml"), """
				current-profile: cratedb.cloud
				default-format: table
				profiles:
				  cratedb.cloud:
				    auth-token: null
				    endpoint: https://console.cratedb.cloud
				    key: %s
				    region: _any_
				    secret: %s
				""".formatted(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET));
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		this.runner.withSystemProperties("user.home=" + home)
			.withPropertyValues("cratecloud.base-url=" + api.baseUrl())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(UsersClient.class).me();
				api.server()
					.verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)).withBasicAuth(
							new BasicCredentials(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET)));
			});
	}

	@Test
	void verifyCredentialsAsksTheApiOnceAtStartUpAndExplainsARefusal() {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Authentication required.\", \"success\": false}")));
		withCredentials().withPropertyValues("cratecloud.base-url=" + api.baseUrl(), "cratecloud.verify-credentials=true")
			.run((context) -> {
				Throwable failure = context.getStartupFailure();
				assertThat(failure).isNotNull();
				FailureAnalysis analysis = analyze(failure, new StandardEnvironment());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("could not be verified at start-up").contains("answered 401");
				assertThat(analysis.getAction()).contains("cratecloud.api-key").contains("cratecloud.verify-credentials=false");
				api.server().verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
			});
	}

	@Test
	void withoutVerifyCredentialsStartUpSendsNoRequest() {
		withCredentials().withPropertyValues("cratecloud.base-url=" + api.baseUrl()).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(CrateCloudCredentialsVerification.class);
			assertThat(api.server().getAllServeEvents()).isEmpty();
		});
	}

	@Test
	void plainHttpToARemoteHostFailsStartUp() {
		withCredentials().withPropertyValues("cratecloud.base-url=http://example.com")
			.run((context) -> assertInvalid(context, "cratecloud.base-url", "http://example.com", "clear text"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://console cratedb cloud", "console.cratedb.cloud", "https:///api/v2",
			"ftp://console.cratedb.cloud" })
	void malformedBaseUrlFailsStartUp(String baseUrl) {
		withCredentials().withPropertyValues("cratecloud.base-url=" + baseUrl).run((context) -> {
			FailureAnalysis analysis = assertInvalid(context, "cratecloud.base-url", baseUrl, "baseUrl must be");
			assertThat(analysis.getDescription()).doesNotContain("clear text");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			cratecloud.retry.max-attempts=0         | cratecloud.retry.max-attempts       | 0     | maxAttempts must be between 1
			cratecloud.retry.multiplier=0.5         | cratecloud.retry.multiplier         | 0.5   | multiplier must be at least 1
			cratecloud.retry.initial-delay=-1s      | cratecloud.retry.initial-delay      | PT-1S | must not be negative
			cratecloud.retry.max-delay=100ms        | cratecloud.retry.max-delay          | PT0.1S | cratecloud.retry.initial-delay
			cratecloud.read-timeout=0s              | cratecloud.read-timeout             | PT0S  | positive
			cratecloud.connect-timeout=-5s          | cratecloud.connect-timeout          | PT-5S | positive
			cratecloud.operations.poll-interval=0s  | cratecloud.operations.poll-interval | PT0S  | operationPollInterval must be positive
			cratecloud.call-timeout=0s              | cratecloud.call-timeout             | PT0S  | callTimeout must be positive
			cratecloud.attempt-timeout=-1s          | cratecloud.attempt-timeout          | PT-1S | attemptTimeout must be positive
			cratecloud.max-response-size=0B         | cratecloud.max-response-size        | 0B    | maxResponseSize must be between 1
			cratecloud.region=aks1.westeurope.azure-é | cratecloud.region                 | aks1.westeurope.azure-é | printable ASCII
			cratecloud.base-url=https://console.cratedb.cloud/?token=abc | cratecloud.base-url | https://console.cratedb.cloud/?token=abc | scheme, host and port only
			""")
	void unusableSettingFailsStartUpThroughBootsAnalysisNamingThePropertyAndTheRule(String setting, String property,
			String value, String rule) {
		withCredentials().withPropertyValues(setting)
			.run((context) -> assertInvalid(context, property, value, rule));
	}

	@Test
	void aRegionWithALineBreakFailsStartUpAndIsNeverSentAsAHeader() {
		withCredentials().withPropertyValues("cratecloud.region=aks1\r\nX-Injected: yes")
			.run((context) -> assertInvalid(context, "cratecloud.region", "aks1\r\nX-Injected: yes",
					"the control character U+000D"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			management.health.cratecloud.timeout=0ms   | management.health.cratecloud.timeout   | PT0S  | positive
			management.health.cratecloud.cache-ttl=-1s | management.health.cratecloud.cache-ttl | PT-1S | negative
			""")
	void unusableHealthSettingFailsStartUpNamingThePropertyAndTheRule(String setting, String property, String value,
			String rule) {
		withCredentials().withPropertyValues(setting)
			.withConfiguration(AutoConfigurations.of(CrateCloudHealthContributorAutoConfiguration.class))
			.run((context) -> assertInvalid(context, property, value, rule));
	}

	private static FailureAnalysis assertInvalid(AssertableApplicationContext context, String property, Object value,
			String rule) {
		Throwable failure = context.getStartupFailure();
		assertThat(failure).as("start-up failure").isNotNull();
		InvalidConfigurationPropertyValueException cause = findCause(failure);
		assertThat(cause.getName()).isEqualTo(property);
		assertThat(String.valueOf(cause.getValue())).isEqualTo(String.valueOf(value));
		assertThat(cause.getReason()).contains(rule);
		FailureAnalysis analysis = analyze(failure, new StandardEnvironment());
		assertThat(analysis).as("Boot's failure analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).contains("'" + property + "'").contains(rule);
		return analysis;
	}

	private static InvalidConfigurationPropertyValueException findCause(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null && !(candidate instanceof InvalidConfigurationPropertyValueException)) {
			candidate = candidate.getCause();
		}
		assertThat(candidate).as("cause of %s", failure).isInstanceOf(InvalidConfigurationPropertyValueException.class);
		return (InvalidConfigurationPropertyValueException) candidate;
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080",
			"https://console.cratedb.cloud", "https://console.cratedb.cloud/" })
	void httpsAndLoopbackHttpBaseUrlsAreAccepted(String baseUrl) {
		withCredentials().withPropertyValues("cratecloud.base-url=" + baseUrl)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(CrateCloudClient.class));
	}

	@Test
	void failureAnalysisNeverShowsTheSecret() {
		withCredentials().withPropertyValues("cratecloud.base-url=http://example.com").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure(), new StandardEnvironment());
			assertThat(analysis.getDescription()).doesNotContain(CrateCloudApiMock.API_SECRET);
			assertThat(analysis.getAction()).doesNotContain(CrateCloudApiMock.API_SECRET);
		});
	}

	@Test
	void documentedEnvironmentVariablesBind() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		this.runner
			.withInitializer((context) -> systemEnvironment(context.getEnvironment(),
					Map.of("CRATECLOUD_APIKEY", CrateCloudApiMock.API_KEY, "CRATECLOUD_APISECRET",
							CrateCloudApiMock.API_SECRET, "CRATECLOUD_BASEURL", api.baseUrl(),
							"CRATECLOUD_RETRY_MAXATTEMPTS", "1")))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(UsersClient.class).me();
				api.server()
					.verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)).withBasicAuth(
							new BasicCredentials(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET)));
			});
	}

	private ApplicationContextRunner withCredentials() {
		return this.runner.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET);
	}

	/**
	 * Replace the process environment with the given variables, under the name Boot's
	 * relaxed binding recognizes as the system environment.
	 */
	static void systemEnvironment(ConfigurableEnvironment environment, Map<String, Object> variables) {
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
	}

	private static FailureAnalysis assertExplained(Throwable failure, String property, String environmentVariable,
			String inDescription) {
		assertThat(failure).as("start-up failure").isNotNull();
		FailureAnalysis analysis = analyze(failure, new StandardEnvironment());
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).contains(property).contains(inDescription);
		assertThat(analysis.getAction()).contains(property).contains(environmentVariable);
		return analysis;
	}

	/**
	 * Analyze the failure as Boot does at start-up: with the analyzers registered in
	 * {@code META-INF/spring.factories}, given the environment as Boot gives it, the first
	 * that understands the failure wins. Analyzers that need the bean factory are left out;
	 * none of them handles these failures.
	 */
	private static FailureAnalysis analyze(Throwable failure, Environment environment) {
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader
			.forDefaultResourceLocation(CrateCloudStartupFailureTests.class.getClassLoader())
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, environment),
					FailureHandler.handleMessage((message, ex) -> {
					}));
		assertThat(analyzers).hasAtLeastOneElementOfType(MissingCrateCloudCredentialsFailureAnalyzer.class);
		for (FailureAnalyzer analyzer : analyzers) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

}
