package io.cratecloud.autoconfigure.estate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cratecloud.actuate.CrateCloudEndpoint;
import io.cratecloud.actuate.CrateCloudEndpoint.EstatePlanDescriptor;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.FailureAnalyses;
import io.cratecloud.autoconfigure.endpoint.CrateCloudEndpointAutoConfiguration;
import io.cratecloud.autoconfigure.metrics.CrateCloudEstateMetricsAutoConfiguration;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.estate.ChangeKind;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstateClient;
import io.cratecloud.client.estate.EstateCluster;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.client.estate.EstateProject;
import io.cratecloud.client.estate.EstateValidationException;
import io.cratecloud.client.estate.PlannedChange;
import io.cratecloud.client.estate.UnmanagedResource;
import io.cratecloud.estate.DeclaredEstate;
import io.cratecloud.estate.EstateDriftCheck;
import io.cratecloud.metrics.CrateCloudEstateMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The estate's auto-configuration without any CrateDB Cloud: the binding of every
 * {@code cratecloud.estate.*} property into the {@link Estate}, when the beans exist, the
 * declaration's problems through the registered failure analyzer, the endpoint's plan and the
 * gauges, each from a plan the test gives a mocked {@link EstateClient}. The client points at a
 * port nobody listens on: a request would fail the test.
 */
class CrateCloudEstateAutoConfigurationTests {

	static final String ORGANIZATION = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String PASSWORD = "made-up-admin-password-0123456789";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class,
				CrateCloudEstateAutoConfiguration.class))
		.withPropertyValues("cratecloud.api-key=made-up-key", "cratecloud.api-secret=made-up-secret-0123456789",
				"cratecloud.base-url=http://127.0.0.1:9", "cratecloud.retry.enabled=false");

	@Test
	void everyPropertyIsBoundIntoTheEstate() {
		this.runner.withPropertyValues("cratecloud.estate.organization=" + ORGANIZATION,
				"cratecloud.estate.subscription=5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
				"cratecloud.estate.apply-timeout=10m", "cratecloud.estate.concurrency=2",
				"cratecloud.estate.projects[0].name=analytics",
				"cratecloud.estate.projects[0].region=aks1.westeurope.azure",
				"cratecloud.estate.projects[0].clusters[0].name=orders",
				"cratecloud.estate.projects[0].clusters[0].tier=premium",
				"cratecloud.estate.projects[0].clusters[0].product=cr2",
				"cratecloud.estate.projects[0].clusters[0].nodes=3",
				"cratecloud.estate.projects[0].clusters[0].crate-version=5.10.4",
				"cratecloud.estate.projects[0].clusters[0].storage=512GB",
				"cratecloud.estate.projects[0].clusters[0].ip-allowlist[0].cidr=10.0.0.0/8",
				"cratecloud.estate.projects[0].clusters[0].ip-allowlist[0].description=office",
				"cratecloud.estate.projects[0].clusters[0].ip-allowlist[1].cidr=192.168.1.7",
				"cratecloud.estate.projects[0].clusters[0].backup-hours=2,14",
				"cratecloud.estate.projects[0].clusters[0].deletion-protection=true",
				"cratecloud.estate.projects[0].clusters[0].suspended=false",
				"cratecloud.estate.projects[0].clusters[0].username=owner",
				"cratecloud.estate.projects[0].clusters[0].password-from=ORDERS_PASSWORD",
				"cratecloud.estate.projects[0].clusters[1].name=metrics",
				"cratecloud.estate.projects[0].clusters[1].product=cr1",
				"cratecloud.estate.projects[0].clusters[1].storage=256",
				"cratecloud.estate.projects[0].clusters[1].ip-allowlist=",
				"cratecloud.estate.projects[0].clusters[1].password-from=METRICS_PASSWORD")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(EstateClient.class)
					.hasSingleBean(DeclaredEstate.class)
					.doesNotHaveBean(CrateCloudEstateInitializer.class)
					.doesNotHaveBean(EstateDriftCheck.class);
				Estate estate = context.getBean(Estate.class);
				assertThat(estate.organizationId()).isEqualTo(ORGANIZATION);
				assertThat(estate.subscriptionId()).isEqualTo("5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
				assertThat(estate.source()).isEqualTo("cratecloud.estate");
				EstateProject analytics = estate.projects().get(0);
				assertThat(analytics.name()).isEqualTo("analytics");
				assertThat(analytics.region()).isEqualTo("aks1.westeurope.azure");
				assertThat(analytics.clusters().get(0)).isEqualTo(new EstateCluster("orders", "premium", "cr2", 3,
						"5.10.4", DataSize.ofGigabytes(512),
						List.of(new IpAllowlistEntry("10.0.0.0/8", "office"), new IpAllowlistEntry("192.168.1.7", null)),
						"2,14", true, false, "owner", "ORDERS_PASSWORD"));
				// Defaults, storage in gigabytes without a unit, and an empty allowlist, which
				// allows every address rather than leaving the allowlist unmanaged.
				assertThat(analytics.clusters().get(1)).isEqualTo(new EstateCluster("metrics", "default", "cr1", 1, null,
						DataSize.ofGigabytes(256), List.of(), null, null, null, "admin", "METRICS_PASSWORD"));
				CrateCloudEstateProperties properties = context.getBean(CrateCloudEstateProperties.class);
				assertThat(properties.getMode()).isEqualTo(CrateCloudEstateProperties.Mode.OFF);
				assertThat(properties.getApplyTimeout()).isEqualTo(Duration.ofMinutes(10));
				assertThat(properties.getConcurrency()).isEqualTo(2);
				assertThat(properties.getCheckInterval()).isNull();
			});
	}

	@Test
	void theDefaultsAreTheClientsOwnOrDocumented() {
		CrateCloudEstateProperties properties = new CrateCloudEstateProperties();
		CrateCloudEstateProperties.Cluster cluster = new CrateCloudEstateProperties.Cluster();

		assertThat(properties.getMode()).isEqualTo(CrateCloudEstateProperties.Mode.OFF);
		assertThat(properties.getApplyTimeout()).isEqualTo(Duration.ofMinutes(30));
		assertThat(properties.getConcurrency()).isEqualTo(EstateClient.DEFAULT_CONCURRENCY);
		assertThat(cluster.getTier()).isEqualTo(EstateCluster.DEFAULT_TIER);
		assertThat(cluster.getUsername()).isEqualTo(EstateCluster.DEFAULT_USERNAME);
		assertThat(cluster.getNodes()).isEqualTo(1);
		assertThat(cluster.getIpAllowlist()).isNull();
	}

	@Test
	void anAllowlistLeftOutIsNotManaged() {
		declared().run((context) -> assertThat(
				context.getBean(Estate.class).projects().get(0).clusters().get(0).ipAllowlist())
			.isNull());
	}

	@Test
	void passwordsComeFromTheEnvironmentUnderRelaxedNames() {
		declared().withPropertyValues("metrics.password=" + PASSWORD + "-property")
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("made-up-env",
						Map.of("ORDERS_ADMIN_PASSWORD", PASSWORD, "PLAIN_VARIABLE", PASSWORD + "-plain"))))
			.run((context) -> {
				Estate estate = context.getBean(Estate.class);
				// The canonical environment variable of the property orders.admin-password.
				assertThat(estate.passwords().resolve("orders.admin-password")).isEqualTo(PASSWORD);
				assertThat(estate.passwords().resolve("ORDERS_ADMIN_PASSWORD")).isEqualTo(PASSWORD);
				assertThat(estate.passwords().resolve("PLAIN_VARIABLE")).isEqualTo(PASSWORD + "-plain");
				assertThat(estate.passwords().resolve("metrics.password")).isEqualTo(PASSWORD + "-property");
				assertThat(estate.passwords().resolve("NOT_SET_ANYWHERE")).isNull();
				assertThat(estate.toString()).doesNotContain(PASSWORD);
			});
	}

	@Test
	void withoutOrganizationOrModeThereIsNoEstate() {
		this.runner.withPropertyValues("cratecloud.estate.projects[0].name=analytics").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(Estate.class)
				.doesNotHaveBean(DeclaredEstate.class)
				.doesNotHaveBean(CrateCloudEstateProperties.class);
		});
		this.runner.withPropertyValues("cratecloud.estate.organization=", "cratecloud.estate.mode=off")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(Estate.class));
	}

	@Test
	void aModeWithoutOrganizationFailsStartUpNamingTheProperty() {
		for (String mode : List.of("plan", "APPLY")) {
			this.runner.withPropertyValues("cratecloud.estate.mode=" + mode).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidConfigurationPropertyValueException.class)
					.hasMessageContaining("cratecloud.estate.organization")
					.hasMessageContaining("CRATECLOUD_ESTATE_ORGANIZATION")
					.hasMessageContaining("'cratecloud.estate.mode' to off");
			});
		}
	}

	@Test
	void outOfRangeSettingsFailStartUpNamingTheProperty() {
		declared().withPropertyValues("cratecloud.estate.concurrency=0").run((context) -> assertThat(
				context.getStartupFailure()).rootCause().hasMessageContaining("cratecloud.estate.concurrency"));
		declared().withPropertyValues("cratecloud.estate.check-interval=0s").run((context) -> assertThat(
				context.getStartupFailure()).rootCause().hasMessageContaining("cratecloud.estate.check-interval"));
	}

	@Test
	void problemsOfTheDeclarationFailStartUpEachNamedByItsPropertyPath() {
		this.runner.withPropertyValues("cratecloud.estate.organization=" + ORGANIZATION,
				"cratecloud.estate.projects[0].name=analytics",
				"cratecloud.estate.projects[0].clusters[0].name=orders",
				"cratecloud.estate.projects[0].clusters[0].product=cr1",
				"cratecloud.estate.projects[0].clusters[0].password-from=ORDERS_PASSWORD",
				"cratecloud.estate.projects[0].clusters[1].name=orders",
				"cratecloud.estate.projects[0].clusters[1].product=cr1",
				"cratecloud.estate.projects[0].clusters[1].nodes=0",
				"cratecloud.estate.projects[0].clusters[1].ip-allowlist[0].cidr=10.0.0.300/8",
				"cratecloud.estate.projects[0].clusters[1].ip-allowlist[1].description=no cidr")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = FailureAnalyses.analyze(context.getStartupFailure());
				assertThat(analysis.getCause()).isInstanceOf(EstateValidationException.class);
				assertThat(analysis.getDescription()).contains("(5 problems)")
					.contains("cratecloud.estate.projects[0].clusters[1].name: cluster 'orders' is declared twice")
					.contains("cratecloud.estate.projects[0].clusters[1].nodes: must be at least 1")
					.contains("cratecloud.estate.projects[0].clusters[1].ip-allowlist[0].cidr: '10.0.0.300/8'")
					.contains("cratecloud.estate.projects[0].clusters[1].ip-allowlist[1].cidr")
					.contains("cratecloud.estate.projects[0].clusters[1].password-from: is missing");
				assertThat(analysis.getAction()).contains("Fix each property named above")
					.contains("nothing was changed");
			});
	}

	@Test
	void theEndpointServesTheEstatesPlanUnderEstate() {
		EstateClient client = mock(EstateClient.class);
		given(client.plan(any())).willReturn(plan());
		declared().withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				CrateCloudEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=cratecloud")
			.withBean(EstateClient.class, () -> client)
			.run((context) -> {
				CrateCloudEndpoint endpoint = context.getBean(CrateCloudEndpoint.class);
				assertThat(endpoint.clusterOrPlan("estate")).isInstanceOfSatisfying(EstatePlanDescriptor.class,
						(plan) -> {
							assertThat(plan.organization()).isEqualTo(ORGANIZATION);
							assertThat(plan.pending()).isEqualTo(1);
							assertThat(plan.blocked()).isEqualTo(1);
							assertThat(plan.summary()).isEqualTo("Plan: 0 to create, 1 to change, 1 blocked, 1 unmanaged.");
							assertThat(plan.changes()).extracting((change) -> change.action(), (change) -> change.kind(),
									(change) -> change.resource(), (change) -> change.before(), (change) -> change.after(),
									(change) -> change.reason(), (change) -> change.path())
								.containsExactly(
										org.assertj.core.api.Assertions.tuple("change", "SCALE", "cluster analytics/orders",
												"1 nodes", "3 nodes", null,
												"cratecloud.estate.projects[0].clusters[0].nodes"),
										org.assertj.core.api.Assertions.tuple("blocked", "UPGRADE",
												"cluster analytics/orders", "5.10.4", "5.10.3",
												"CrateDB cannot be downgraded",
												"cratecloud.estate.projects[0].clusters[0].crate-version"));
							assertThat(plan.unmanaged()).singleElement()
								.satisfies((resource) -> assertThat(resource.name()).isEqualTo("analytics/legacy"));
						});
				// Without a check interval, every request plans again (reads only).
				endpoint.plan();
				verify(client, times(2)).plan(any());
				JsonNode json = JsonMapper.builder().build().valueToTree(endpoint.plan());
				assertThat(json.toString()).doesNotContain(PASSWORD).doesNotContain("made-up-secret");
				assertThat(json.get("changes").get(0).get("clusterId").asString()).isEqualTo("c-1");
			});
	}

	@Test
	void withADriftCheckTheEndpointServesTheLatestPlanWhileItIsFresh() {
		EstateClient client = mock(EstateClient.class);
		given(client.plan(any())).willReturn(plan());
		declared().withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
				CrateCloudEndpointAutoConfiguration.class))
			.withPropertyValues("cratecloud.estate.check-interval=1h",
					"management.endpoints.web.exposure.include=cratecloud")
			.withBean(EstateClient.class, () -> client)
			.run((context) -> {
				CrateCloudEndpoint endpoint = context.getBean(CrateCloudEndpoint.class);
				assertThat(context).hasSingleBean(EstateDriftCheck.class);
				endpoint.plan();
				endpoint.plan();
				verify(client, times(1)).plan(any());
			});
	}

	@Test
	void withoutAnEstateTheEndpointHasNoPlan() {
		assertThat(new CrateCloudEndpoint(io.cratecloud.client.CrateCloudClient.builder()
			.baseUrl("http://127.0.0.1:9")
			.credentials(io.cratecloud.client.CrateCloudCredentials.of("made-up-key", "made-up-secret-0123456789"))
			.build()).plan()).isNull();
	}

	@Test
	void theGaugesReadTheLatestPlanAndSendNothing() {
		EstateClient client = mock(EstateClient.class);
		given(client.plan(any())).willReturn(plan());
		declared().withConfiguration(AutoConfigurations.of(CrateCloudEstateMetricsAutoConfiguration.class))
			.withBean(EstateClient.class, () -> client)
			.run((context) -> {
				assertThat(context).hasSingleBean(CrateCloudEstateMetrics.class);
				MeterRegistry registry = new SimpleMeterRegistry();
				context.getBean(CrateCloudEstateMetrics.class).bindTo(registry);
				assertThat(registry.get("cratecloud.estate.changes.pending").tag("organization", ORGANIZATION).gauge()
					.value()).isNaN();
				verify(client, never()).plan(any());

				context.getBean(DeclaredEstate.class).plan();

				assertThat(registry.get("cratecloud.estate.changes.pending").gauge().value()).isEqualTo(1.0);
				assertThat(registry.get("cratecloud.estate.changes.blocked").gauge().value()).isEqualTo(1.0);
				registry.get("cratecloud.estate.changes.pending").gauge().value();
				verify(client, times(1)).plan(any());
			});
	}

	@Test
	void withoutAnEstateThereAreNoGauges() {
		this.runner.withConfiguration(AutoConfigurations.of(CrateCloudEstateMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CrateCloudEstateMetrics.class));
	}

	@Test
	void aUsersEstateBeanIsKept() {
		Estate own = Estate.builder(ORGANIZATION).build();
		declared().withBean(Estate.class, () -> own)
			.run((context) -> assertThat(context.getBean(DeclaredEstate.class).estate()).isSameAs(own));
	}

	private ApplicationContextRunner declared() {
		return this.runner.withPropertyValues("cratecloud.estate.organization=" + ORGANIZATION,
				"cratecloud.estate.projects[0].name=analytics", "cratecloud.estate.projects[0].clusters[0].name=orders",
				"cratecloud.estate.projects[0].clusters[0].product=cr1",
				"cratecloud.estate.projects[0].clusters[0].password-from=ORDERS_PASSWORD");
	}

	static EstatePlan plan() {
		return new EstatePlan(ORGANIZATION, List.of(
				new PlannedChange(ChangeKind.SCALE, "analytics", "orders", "c-1", "1 nodes", "3 nodes", null,
						"cratecloud.estate.projects[0].clusters[0].nodes"),
				new PlannedChange(ChangeKind.UPGRADE, "analytics", "orders", "c-1", "5.10.4", "5.10.3",
						"CrateDB cannot be downgraded", "cratecloud.estate.projects[0].clusters[0].crate-version")),
				List.of(new UnmanagedResource("cluster", "analytics/legacy", "c-2")));
	}

}
