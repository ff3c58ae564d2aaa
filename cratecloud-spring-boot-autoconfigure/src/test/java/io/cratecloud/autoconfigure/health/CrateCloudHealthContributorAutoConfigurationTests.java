package io.cratecloud.autoconfigure.health;

import java.time.Duration;

import io.cratecloud.autoconfigure.ApiResponses;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.MockClients;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.users.UsersClient;
import io.cratecloud.health.CrateCloudHealthIndicator;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CrateCloudHealthContributorAutoConfiguration}.
 */
class CrateCloudHealthContributorAutoConfigurationTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final String BEAN_NAME = "cratecloudHealthContributor";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
				CrateCloudHealthContributorAutoConfiguration.class))
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl());

	@Test
	void definesTheIndicatorByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CrateCloudHealthIndicator.class).hasBean(BEAN_NAME);
			assertThat(context.getBean(BEAN_NAME)).isInstanceOf(CrateCloudHealthIndicator.class);
		});
	}

	@Test
	void isReportedAsCratecloud() {
		this.runner.withConfiguration(AutoConfigurations.of(HealthContributorRegistryAutoConfiguration.class))
			.run((context) -> assertThat(context.getBean(HealthContributorRegistry.class).getContributor("cratecloud"))
				.isSameAs(context.getBean(BEAN_NAME)));
	}

	@Test
	void reportsUpFromTheAutoConfiguredClient() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		this.runner.run((context) -> {
			Health health = context.getBean(BEAN_NAME, HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("user", "Ada Lovelace");
		});
	}

	@Test
	void healthPropertiesReachTheIndicator() {
		api.server()
			.stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER).withFixedDelay(1000)));
		this.runner.withPropertyValues("management.health.cratecloud.timeout=200ms", "management.health.cratecloud.cache-ttl=0s")
			.run((context) -> {
				HealthIndicator indicator = context.getBean(BEAN_NAME, HealthIndicator.class);
				assertThat(indicator.health().getDetails()).containsEntry("reason", "timeout");
				assertThat(indicator.health().getDetails()).containsEntry("reason", "timeout");
				// A cache TTL of zero asks the API every time.
				api.server().verify(2, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
			});
	}

	@Test
	void disabledByItsOwnProperty() {
		this.runner.withPropertyValues("management.health.cratecloud.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(BEAN_NAME)
				.doesNotHaveBean(CrateCloudHealthIndicator.class)
				.hasSingleBean(UsersClient.class));
	}

	@Test
	void disabledWithTheDefaultHealthIndicators() {
		this.runner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CrateCloudHealthIndicator.class));
	}

	@Test
	void enabledByItsOwnPropertyWhenTheDefaultsAreDisabled() {
		this.runner
			.withPropertyValues("management.health.defaults.enabled=false", "management.health.cratecloud.enabled=true")
			.run((context) -> assertThat(context).hasBean(BEAN_NAME));
	}

	@Test
	void absentWithoutSpringBootHealth() {
		this.runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(BEAN_NAME)
				.hasSingleBean(UsersClient.class));
	}

	@Test
	void absentWhenTheClientIsDisabled() {
		this.runner.withPropertyValues("cratecloud.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(BEAN_NAME));
	}

	@Test
	void backsOffForAUserDefinedIndicatorNamedCratecloud() {
		HealthIndicator own = () -> Health.up().withDetail("checked-by", "operations").build();
		this.runner.withBean("cratecloudHealthIndicator", HealthIndicator.class, () -> own).run((context) -> {
			assertThat(context).doesNotHaveBean(CrateCloudHealthIndicator.class).doesNotHaveBean(BEAN_NAME);
			assertThat(context.getBean("cratecloudHealthIndicator")).isSameAs(own);
		});
	}

	@Test
	void backsOffForAUserDefinedContributorOfTheSameName() {
		HealthIndicator own = () -> Health.up().withDetail("checked-by", "operations").build();
		this.runner.withBean(BEAN_NAME, HealthIndicator.class, () -> own).run((context) -> {
			assertThat(context).doesNotHaveBean(CrateCloudHealthIndicator.class);
			assertThat(context.getBean(BEAN_NAME)).isSameAs(own);
		});
	}

	@Test
	void invalidHealthSettingsFailStartUpNamingTheProperty() {
		this.runner.withPropertyValues("management.health.cratecloud.timeout=0s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("management.health.cratecloud.timeout");
		});
		this.runner.withPropertyValues("management.health.cratecloud.cache-ttl=-1s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("management.health.cratecloud.cache-ttl");
		});
	}

	@Test
	void absentWithoutAClient() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CrateCloudHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(BEAN_NAME));
	}

	@Test
	void usesAUserDefinedClient() {
		CrateCloudClient own = MockClients.client(api);
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CrateCloudHealthContributorAutoConfiguration.class))
			.withBean(CrateCloudClient.class, () -> own)
			.withPropertyValues("management.health.cratecloud.timeout=" + Duration.ofSeconds(3).toMillis() + "ms")
			.run((context) -> assertThat(context.getBean(BEAN_NAME, HealthIndicator.class).health().getStatus())
				.isEqualTo(Status.UP));
	}

}
