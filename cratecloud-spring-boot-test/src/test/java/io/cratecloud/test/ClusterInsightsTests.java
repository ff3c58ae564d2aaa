package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.ClusterMetric;
import io.cratecloud.client.clusters.ClusterMetrics;
import io.cratecloud.client.clusters.ClusterNameAvailability;
import io.cratecloud.client.clusters.ClusterQuery;
import io.cratecloud.client.clusters.CrateDbChannels;
import io.cratecloud.client.clusters.MetricQuery;
import io.cratecloud.client.clusters.NodeRestart;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.subscriptions.Subscription;
import io.cratecloud.client.subscriptions.SubscriptionType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What can be read about a cluster beside the cluster itself, name availability, node
 * restarts and subscription transfers.
 */
class ClusterInsightsTests extends ClusterFakeTests {

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	private final String clusterId = this.analytics.cluster("sensors").nodes(3).create();

	@Test
	void aNameIsAvailableTakenOrInvalid() {
		assertThat(this.client.clusters().checkName("sensors")).isEqualTo(ClusterNameAvailability.TAKEN);
		assertThat(this.client.clusters().checkName("devices")).isEqualTo(ClusterNameAvailability.AVAILABLE);
		// A DNS label the service refuses (upper case), and one that is none, which is never sent.
		assertThat(this.client.clusters().checkName("Not-Valid")).isEqualTo(ClusterNameAvailability.INVALID);
		assertThat(this.client.clusters().checkName("not_valid")).isEqualTo(ClusterNameAvailability.INVALID);
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(200, 404, 400);
	}

	@Test
	void theAvailableProductsAreTheOthersOfTheTierWithRoomForTheNodes() {
		String big = this.analytics.cluster("big").nodes(5).product("default", "cr2").create();

		assertThat(this.client.clusters().listAvailableProducts(this.clusterId)).extracting(Product::name)
			.containsExactly("cr2", "cr3", "cr4");
		assertThat(this.client.clusters().listAvailableProducts(big)).extracting(Product::name)
			.containsExactly("cr1", "cr3", "cr4");
		String free = this.analytics.cluster("free").product("free", "crfree").create();
		assertThat(this.client.clusters().listAvailableProducts(free)).isEmpty();
	}

	@Test
	void theAvailableUpgradesAreTheNewestDirectOnesOfEachChannel() {
		CrateDbChannels channels = this.client.clusters().getAvailableUpgrades(this.clusterId).crateVersions();

		assertThat(channels.stable().version()).isEqualTo("6.0.2");
		assertThat(channels.stable().major()).isEqualTo(6);
		assertThat(channels.stable().minor()).isZero();
		assertThat(channels.stable().hotfix()).isEqualTo(2);
		assertThat(channels.testing().version()).isEqualTo("6.0.3");
		assertThat(channels.nightly()).as("6.1 is two minor releases away").isNull();
		String old = this.analytics.cluster("old").crateVersion("5.8.6").create();
		CrateDbChannels oldChannels = this.client.clusters().getAvailableUpgrades(old).crateVersions();
		assertThat(oldChannels.stable().version()).isEqualTo("5.9.12");
		assertThat(oldChannels.testing()).isNull();
		String newest = this.analytics.cluster("newest").crateVersion("6.0.3").create();
		assertThat(this.client.clusters().getAvailableUpgrades(newest).crateVersions().nightly().version())
			.isEqualTo("6.1.0");
	}

	@Test
	void aJwtIsValidForAnHourAndNamesTheCluster() {
		ClusterJwt jwt = this.client.clusters().getJwt(this.clusterId);

		assertThat(jwt.expiry()).isAfter(Instant.now().plus(Duration.ofMinutes(59)))
			.isBefore(Instant.now().plus(Duration.ofMinutes(61)));
		String[] parts = jwt.token().split("\\.");
		assertThat(parts).hasSize(3);
		JsonNode claims = ClusterLifecycleTests.json(new String(Base64.getUrlDecoder().decode(parts[1])));
		assertThat(claims.get("cluster_id").asString()).isEqualTo(this.clusterId);
		assertThat(claims.get("exp").asLong()).isEqualTo(jwt.expiry().getEpochSecond());
		assertThat(jwt.refresh()).isNotEqualTo(jwt.token());
		this.fake.advance(Duration.ofMinutes(30));
		ClusterJwt renewed = this.client.metadata().refreshJwt(jwt.refresh());
		assertThat(renewed.expiry()).isAfter(jwt.expiry());
	}

	@Test
	void metricsAreASeriesPerNodeOverTheWindow() {
		ClusterMetrics cpu = this.client.clusters().getMetrics(this.clusterId, ClusterMetric.CPU_SECONDS);
		assertThat(cpu.metric()).isEqualTo(ClusterMetric.CPU_SECONDS);
		assertThat(cpu.status()).isEqualTo("success");
		assertThat(cpu.resultType()).isEqualTo("matrix");
		assertThat(cpu.series()).hasSize(3);
		assertThat(cpu.series().get(0).samples()).hasSize(61);

		ClusterMetrics lastTenMinutes = this.client.clusters()
			.getMetrics(this.clusterId, ClusterMetric.QUERY_COUNT, MetricQuery.last(Duration.ofMinutes(10)));
		assertThat(lastTenMinutes.series().get(0).samples()).hasSize(11);

		Instant end = Instant.now();
		ClusterMetrics day = this.client.clusters()
			.getMetrics(this.clusterId, ClusterMetric.MEMORY_USAGE,
					MetricQuery.between(end.minus(Duration.ofDays(1)), end));
		assertThat(day.series().get(0).samples()).as("at most 120 points a series").hasSizeBetween(100, 120);

		ClusterMetrics disk = this.client.clusters().getMetrics(this.clusterId, ClusterMetric.DISK_USAGE);
		assertThat(disk.resultType()).isEqualTo("vector");
		ClusterMetrics unreplicated = this.client.clusters()
			.getMetrics(this.clusterId, ClusterMetric.UNREPLICATED_TABLES);
		assertThat(unreplicated.series()).isEmpty();
	}

	@Test
	void aSuspendedClusterHasNoMetrics() {
		String archive = this.analytics.cluster("archive").suspended().create();

		ClusterMetrics metrics = this.client.clusters().getMetrics(archive, ClusterMetric.CPU_SECONDS);
		assertThat(metrics.isEmpty()).isTrue();
		assertThat(metrics.series()).isEmpty();
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(204);
	}

	@Test
	void anUnknownMetricIsNotFound() {
		invalidOnPurpose((exchange) -> exchange.path().endsWith("/crate_nothing/"));

		HttpResponse<String> response = new FakeHttp(this.fake).send("GET",
				"/api/v2/clusters/" + this.clusterId + "/metrics/crate_nothing/", null);

		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void aNodeRestartIsAcceptedForANodeTheClusterHas() {
		NodeRestart restart = this.client.clusters().restartNode(this.clusterId, 2);

		assertThat(restart).isEqualTo(new NodeRestart("v1", 200, "Status", "Success"));
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(202);
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters().restartNode(this.clusterId, 3));
		assertThat(this.client.clusters().listOperations(this.clusterId)).isEmpty();
	}

	@Test
	void aClusterIsTransferredToAnotherSubscriptionOfItsOrganization() {
		// A second active subscription: another organization's, assigned to this one.
		String second = this.fake.seed().organization("Other").subscriptionId();
		this.client.subscriptions().assignOrganization(second, this.acme.id());
		this.client.clusters().scale(this.clusterId, 3);

		Cluster transferred = this.client.clusters()
			.transferSubscription(this.clusterId, this.acme.subscriptionId(), second);

		assertThat(transferred.subscriptionId()).isEqualTo(second);
		assertThat(this.client.clusters().get(this.clusterId).subscriptionId()).isEqualTo(second);
		assertThat(this.client.clusters().list(ClusterQuery.all().withSubscriptionId(second))).extracting(Cluster::id)
			.containsExactly(this.clusterId);
		assertThat(this.client.auditLogs().stream(this.acme.id(), AuditLogQuery.all()).map(AuditEvent::action))
			.contains("cluster.transfer_subscription");
	}

	@Test
	void aTransferNeedsAnActiveSubscription() {
		Subscription pending = this.client.subscriptions().create(this.acme.id(), SubscriptionType.STRIPE);

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters()
				.transferSubscription(this.clusterId, this.acme.subscriptionId(), pending.id()))
			.withMessageContaining("not active");
	}

	@Test
	void aTransferNeedsTheClustersSubscriptionAndAnotherOfTheOrganization() {
		SeededOrganization other = this.fake.seed().organization("Other");

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters()
				.transferSubscription(this.clusterId, other.subscriptionId(), this.acme.subscriptionId()))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("old_subscription_id"));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters()
				.transferSubscription(this.clusterId, this.acme.subscriptionId(), other.subscriptionId()))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("new_subscription_id"));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters()
				.transferSubscription(this.clusterId, this.acme.subscriptionId(), this.acme.subscriptionId()))
			.withMessageContaining("already");
		assertThat(this.client.clusters().get(this.clusterId).subscriptionId()).isEqualTo(this.acme.subscriptionId());
	}

	@Test
	void everyClusterRouteAnswersNotFoundForAnUnknownCluster() {
		String unknown = "00000000-0000-4000-8000-000000000000";
		FakeHttp http = new FakeHttp(this.fake);
		List<String> gets = List.of("available-products/", "available-upgrades/", "jwt/", "metrics/crate_cpu_seconds/",
				"operations/", "snapshots/");
		for (String path : gets) {
			assertThat(http.send("GET", "/api/v2/clusters/" + unknown + "/" + path, null).statusCode()).as(path)
				.isEqualTo(404);
		}
		assertThat(http.send("PUT", "/api/v2/clusters/" + unknown + "/scale/", "{\"product_unit\": 1}").statusCode())
			.isEqualTo(404);
		assertThat(http.send("DELETE", "/api/v2/clusters/" + unknown + "/nodes/0", null).statusCode()).isEqualTo(404);
	}

}
