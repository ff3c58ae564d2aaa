package io.cratecloud.client.clusters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.DublinCore;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.products.Product;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClustersClientTests {

	private static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String PROJECT_ID = "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d";

	private static final String ORGANIZATION_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String SUBSCRIPTION_ID = "5c2e7a91-3d4b-4f68-b0a2-9e1c6d8f4a25";

	private static final String CLUSTER = """
			{
			  "id": "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37",
			  "name": "sensor-data",
			  "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d",
			  "subscription_id": "5c2e7a91-3d4b-4f68-b0a2-9e1c6d8f4a25",
			  "crate_version": "5.10.3",
			  "channel": "stable",
			  "product_name": "cr1",
			  "product_tier": "default",
			  "product_unit": 2,
			  "num_nodes": 3,
			  "hardware_specs": {
			    "cpus_per_node": 2.0,
			    "memory_per_node_bytes": 8589934592,
			    "heap_size_bytes": 2147483648,
			    "disk_type": "premium",
			    "disks_per_node": 1,
			    "disk_size_per_node_bytes": 274877906944
			  },
			  "fqdn": "sensor-data.eks1.eu-west-1.aws.cratedb.net.",
			  "url": "https://sensor-data.eks1.eu-west-1.aws.cratedb.net:4200",
			  "external_ip": "34.250.17.201",
			  "username": "admin",
			  "ip_whitelist": [{"cidr": "203.0.113.0/24", "description": "office"}],
			  "backup_schedule": "0 3 * * *",
			  "health": {"status": "GREEN", "running_operation": "SCALE", "last_seen": "2026-07-10T10:41:02.983000"},
			  "last_async_operation": {
			    "id": "f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a6b",
			    "type": "SCALE",
			    "status": "IN_PROGRESS",
			    "dc": {"created": "2026-07-10T10:40:11.204000+00:00", "modified": "2026-07-10T10:40:45.871000+00:00"}
			  },
			  "suspended": false,
			  "allow_suspend": true,
			  "allow_custom_storage": true,
			  "deletion_protected": true,
			  "gc_available": true,
			  "origin": "cloud",
			  "dc": {"created": "2026-05-02T08:15:37.120000+00:00", "modified": "2026-07-10T10:40:11.204000+00:00"}
			}
			""";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ClustersClient clusters = TestClients.client(api).clusters();

	@Test
	void getReadsEveryPropertyOfTheCluster() {
		api.server().stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/").willReturn(okJson(CLUSTER)));

		Cluster cluster = this.clusters.get(CLUSTER_ID);

		assertThat(cluster.id()).isEqualTo(CLUSTER_ID);
		assertThat(cluster.name()).isEqualTo("sensor-data");
		assertThat(cluster.projectId()).isEqualTo(PROJECT_ID);
		assertThat(cluster.subscriptionId()).isEqualTo(SUBSCRIPTION_ID);
		assertThat(cluster.crateVersion()).isEqualTo("5.10.3");
		assertThat(cluster.channel()).isEqualTo("stable");
		assertThat(cluster.productName()).isEqualTo("cr1");
		assertThat(cluster.productTier()).isEqualTo("default");
		assertThat(cluster.productUnit()).isEqualTo(2);
		assertThat(cluster.numNodes()).isEqualTo(3);
		assertThat(cluster.hardwareSpecs())
			.isEqualTo(new HardwareSpecs(2.0, 8589934592L, 2147483648L, "premium", 1, 274877906944L));
		assertThat(cluster.fqdn()).isEqualTo("sensor-data.eks1.eu-west-1.aws.cratedb.net.");
		assertThat(cluster.hostName()).isEqualTo("sensor-data.eks1.eu-west-1.aws.cratedb.net");
		assertThat(cluster.url()).isEqualTo("https://sensor-data.eks1.eu-west-1.aws.cratedb.net:4200");
		assertThat(cluster.externalIp()).isEqualTo("34.250.17.201");
		assertThat(cluster.username()).isEqualTo("admin");
		assertThat(cluster.ipAllowlist()).containsExactly(new IpAllowlistEntry("203.0.113.0/24", "office"));
		assertThat(cluster.backupSchedule()).isEqualTo("0 3 * * *");
		assertThat(cluster.health()).isEqualTo(new ClusterHealth(ClusterHealthStatus.GREEN, OperationType.SCALE,
				Instant.parse("2026-07-10T10:41:02.983Z")));
		assertThat(cluster.health().isOperationRunning()).isTrue();
		assertThat(cluster.lastAsyncOperation()).isEqualTo(new ClusterOperationSummary(
				"f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a6b", OperationType.SCALE, OperationStatus.IN_PROGRESS,
				new DublinCore(Instant.parse("2026-07-10T10:40:11.204Z"), Instant.parse("2026-07-10T10:40:45.871Z"))));
		assertThat(cluster.suspended()).isFalse();
		assertThat(cluster.allowSuspend()).isTrue();
		assertThat(cluster.allowCustomStorage()).isTrue();
		assertThat(cluster.deletionProtected()).isTrue();
		assertThat(cluster.gcAvailable()).isTrue();
		assertThat(cluster.origin()).isEqualTo("cloud");
		assertThat(cluster.dc()).isEqualTo(new DublinCore(Instant.parse("2026-05-02T08:15:37.120Z"),
				Instant.parse("2026-07-10T10:40:11.204Z")));
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/")));
	}

	@Test
	void healthRightAfterADeployHasNoLastSeen() {
		api.server().stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/").willReturn(okJson("""
				{"id": "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37", "name": "sensor-data",
				 "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "crate_version": "5.10.3",
				 "product_name": "cr1", "product_tier": "default", "username": "admin",
				 "health": {"status": "UNREACHABLE", "running_operation": "CREATE", "last_seen": ""}}
				""")));

		ClusterHealth health = this.clusters.get(CLUSTER_ID).health();

		assertThat(health.status()).isEqualTo(ClusterHealthStatus.UNREACHABLE);
		assertThat(health.runningOperation()).isEqualTo(OperationType.CREATE);
		assertThat(health.lastSeen()).isNull();
	}

	@Test
	void healthOfAnIdleClusterHasAnEmptyRunningOperation() {
		api.offContract("api-notes.md: running_operation is \"\" when idle, which the document's enum lacks");
		api.server().stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/").willReturn(okJson("""
				{"id": "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37", "name": "sensor-data",
				 "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "crate_version": "5.10.3",
				 "product_name": "cr1", "product_tier": "default", "username": "admin",
				 "health": {"status": "GREEN", "running_operation": "", "last_seen": "2026-07-10T10:41:02.983000"}}
				""")));

		ClusterHealth health = this.clusters.get(CLUSTER_ID).health();

		assertThat(health.runningOperation()).isEqualTo(OperationType.NONE);
		assertThat(health.runningOperation().isNone()).isTrue();
		assertThat(health.isOperationRunning()).isFalse();
		assertThat(health.lastSeen()).isEqualTo(Instant.parse("2026-07-10T10:41:02.983Z"));
	}

	@Test
	void healthValuesTheDocumentDoesNotListAreKept() {
		api.offContract("api-notes.md: the document's enums are not closed; new values appear");
		api.server().stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/").willReturn(okJson("""
				{"id": "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37", "name": "sensor-data",
				 "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "crate_version": "5.10.3",
				 "product_name": "cr1", "product_tier": "default", "username": "admin",
				 "health": {"status": "DEGRADED", "running_operation": "TRANSFER_SUBSCRIPTION",
				            "last_seen": "2026-07-10T10:41:02.983000+00:00"},
				 "some_future_field": {"nested": true}}
				""")));

		ClusterHealth health = this.clusters.get(CLUSTER_ID).health();

		assertThat(health.status()).isEqualTo(new ClusterHealthStatus("DEGRADED"));
		assertThat(health.status()).hasToString("DEGRADED");
		assertThat(health.runningOperation()).isEqualTo(new OperationType("TRANSFER_SUBSCRIPTION"));
		assertThat(health.isOperationRunning()).isTrue();
	}

	@Test
	void healthWrittenAsJsonByAnApplicationHasOnlyItsOwnFields() {
		// An application that serves the client's records (as the sample's /api/clusters does)
		// must not see the derived isOperationRunning() as a field.
		ClusterHealth health = new ClusterHealth(ClusterHealthStatus.GREEN, new OperationType("SCALE"), null);

		JsonNode json = JsonMapper.builder().build().valueToTree(health);

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("status", "runningOperation", "lastSeen");
	}

	@Test
	void aClusterIdThatCouldLeaveItsPathSegmentIsRefusedBeforeAnythingIsSent() {
		// Encoding alone would keep "../organizations" in its segment ("..%2Forganizations"), but
		// an id never holds a '/': it is refused rather than sent.
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.get("../organizations"))
			.withMessageStartingWith("cluster_id must not hold '/'");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void blankOrDotSegmentIdsAreRejectedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.get(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.listOperations(".."));
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void listReadsEveryVisibleCluster() {
		api.server().stubFor(get("/api/v2/clusters/").willReturn(okJson("[" + CLUSTER + "]")));

		List<Cluster> clusters = this.clusters.list();

		assertThat(clusters).extracting(Cluster::id).containsExactly(CLUSTER_ID);
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/")));
	}

	@Test
	void listOfAllClustersSendsTheOtherCriteriaOfTheQuery() {
		api.server().stubFor(get(urlPathEqualTo("/api/v2/clusters/")).willReturn(okJson("[" + CLUSTER + "]")));

		this.clusters.list(ClusterQuery.all().withSubscriptionId(SUBSCRIPTION_ID).withProductName("cr1"));

		api.server()
			.verify(getRequestedFor(
					urlEqualTo("/api/v2/clusters/?subscription_id=" + SUBSCRIPTION_ID + "&product_name=cr1")));
	}

	@Test
	void listInAnOrganizationSendsEveryCriterionOfTheQuery() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/"))
				.willReturn(okJson("[" + CLUSTER + "]")));

		List<Cluster> clusters = this.clusters.list(ClusterQuery.inOrganization(ORGANIZATION_ID)
			.withProjectId(PROJECT_ID)
			.withSubscriptionId(SUBSCRIPTION_ID)
			.withProductName("cr1"));

		assertThat(clusters).extracting(Cluster::name).containsExactly("sensor-data");
		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/?project_id="
					+ PROJECT_ID + "&subscription_id=" + SUBSCRIPTION_ID + "&product_name=cr1")));
	}

	@Test
	void listInAnOrganizationWithoutCriteriaSendsNoQuery() {
		api.server()
			.stubFor(get("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/").willReturn(okJson("[]")));

		assertThat(this.clusters.list(ClusterQuery.inOrganization(ORGANIZATION_ID))).isEmpty();
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")));
	}

	@Test
	void listInAProjectLeavesTheProjectToThePath() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/projects/" + PROJECT_ID + "/clusters/"))
				.willReturn(okJson("[" + CLUSTER + "]")));

		List<Cluster> clusters = this.clusters
			.list(ClusterQuery.inProject(PROJECT_ID).withSubscriptionId(SUBSCRIPTION_ID).withProductName("cr1"));

		assertThat(clusters).extracting(Cluster::projectId).containsExactly(PROJECT_ID);
		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/projects/" + PROJECT_ID + "/clusters/?subscription_id="
					+ SUBSCRIPTION_ID + "&product_name=cr1")));
	}

	@Test
	void listInAProjectWithoutCriteriaSendsNoQuery() {
		api.server().stubFor(get("/api/v2/projects/" + PROJECT_ID + "/clusters/").willReturn(okJson("[]")));

		assertThat(this.clusters.list(ClusterQuery.inProject(PROJECT_ID))).isEmpty();
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/projects/" + PROJECT_ID + "/clusters/")));
	}

	@Test
	void queriesRejectABlankOrganizationOrProjectBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClusterQuery.inOrganization(" "))
			.withMessageContaining("organization_id");
		assertThatIllegalArgumentException().isThrownBy(() -> ClusterQuery.inProject(""))
			.withMessageContaining("project_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.list(null)).withMessageContaining("query");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void availableProductsReadsTheSingleProductTheDocumentDeclaresAsAList() {
		api.server()
			.stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/available-products/").willReturn(okJson("""
					{"name": "cr2", "kind": "cluster", "tier": "default", "plan": "default", "offer": "default",
					 "label": "CR2", "description": "General purpose, 4 vCPUs and 16 GiB per node",
					 "region": "eks1.eu-west-1.aws", "deprecated": false, "price_per_dtu_minute": 2,
					 "tags": ["general-purpose"]}
					""")));

		List<Product> products = this.clusters.listAvailableProducts(CLUSTER_ID);

		assertThat(products).singleElement().satisfies((product) -> {
			assertThat(product.name()).isEqualTo("cr2");
			assertThat(product.region()).isEqualTo("eks1.eu-west-1.aws");
			assertThat(product.tags()).containsExactly("general-purpose");
		});
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/available-products/")));
	}

	@Test
	void availableUpgradesReadsEveryChannel() {
		api.server()
			.stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/available-upgrades/").willReturn(okJson("""
					{"crate_versions": {
					  "stable": {"version": "5.10.4", "major": 5, "minor": 10, "hotfix": 4},
					  "testing": {"version": "6.0.0", "major": 6, "minor": 0, "hotfix": 0},
					  "nightly": {"version": "6.1.0", "major": 6, "minor": 1, "hotfix": 0, "date": "2026-07-10-00-02"}
					}}
					""")));

		CrateDbChannels channels = this.clusters.getAvailableUpgrades(CLUSTER_ID).crateVersions();

		assertThat(channels.stable()).isEqualTo(new CrateDbVersion("5.10.4", 5, 10, 4));
		assertThat(channels.testing()).isEqualTo(new CrateDbVersion("6.0.0", 6, 0, 0));
		assertThat(channels.nightly()).isEqualTo(new NightlyCrateDbVersion("6.1.0", 6, 1, 0, "2026-07-10-00-02"));
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/available-upgrades/")));
	}

	@Test
	void jwtIsReadAndNeverPrinted() {
		api.server().stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/jwt/").willReturn(okJson("""
				{"token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJncmFuZC1jZW50cmFsIn0.c2lnbmF0dXJl",
				 "refresh": "eyJhbGciOiJIUzI1NiJ9.eyJ0eXAiOiJyZWZyZXNoIn0.cmVmcmVzaA",
				 "expiry": "2026-07-10T11:41:02.983000+00:00"}
				""")));

		ClusterJwt jwt = this.clusters.getJwt(CLUSTER_ID);

		assertThat(jwt.token()).isEqualTo("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJncmFuZC1jZW50cmFsIn0.c2lnbmF0dXJl");
		assertThat(jwt.refresh()).isEqualTo("eyJhbGciOiJIUzI1NiJ9.eyJ0eXAiOiJyZWZyZXNoIn0.cmVmcmVzaA");
		assertThat(jwt.expiry()).isEqualTo(Instant.parse("2026-07-10T11:41:02.983Z"));
		assertThat(jwt.toString()).doesNotContain("eyJ").contains("2026-07-10T11:41:02.983Z");
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/jwt/")));
	}

	@Test
	void metricsReadsTheMetricsData() {
		api.server()
			.stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/metrics/crate_cpu_seconds/").willReturn(okJson("""
					{"status": "success",
					 "data": {"resultType": "matrix",
					          "result": [{"metric": {"pod": "crate-data-hot-8d3f5a2c-0"},
					                      "values": [[1783680000, "0.42"], [1783680060, "0.47"]]}]}}
					""")));

		ClusterMetrics metrics = this.clusters.getMetrics(CLUSTER_ID, ClusterMetric.CPU_SECONDS);

		assertThat(metrics.metric()).isEqualTo(ClusterMetric.CPU_SECONDS);
		assertThat(metrics.status()).isEqualTo("success");
		assertThat(metrics.resultType()).isEqualTo("matrix");
		assertThat(metrics.series()).singleElement().satisfies((series) -> {
			assertThat(series.labels()).containsExactly(Map.entry("pod", "crate-data-hot-8d3f5a2c-0"));
			assertThat(series.samples()).containsExactly(new MetricSample(Instant.ofEpochSecond(1783680000), 0.42),
					new MetricSample(Instant.ofEpochSecond(1783680060), 0.47));
		});
		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/metrics/crate_cpu_seconds/")));
	}

	@Test
	void metricsBetweenTwoInstantsSendsThemToTheSecond() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/metrics/crate_query_count/"))
				.willReturn(okJson("""
						{"status": "success", "data": {"resultType": "matrix", "result": []}}
						""")));

		this.clusters.getMetrics(CLUSTER_ID, ClusterMetric.QUERY_COUNT,
				MetricQuery.between(Instant.parse("2026-07-10T09:00:00.750Z"), Instant.parse("2026-07-10T10:00:00Z")));

		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID
					+ "/metrics/crate_query_count/?start=2026-07-10T09%3A00%3A00Z&end=2026-07-10T10%3A00%3A00Z")));
	}

	@Test
	void metricsOverTheLastMinutesSendsMinutesAgo() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/metrics/crate_disk_usage2/"))
				.willReturn(okJson("""
						{"status": "success", "data": {"resultType": "vector", "result": []}}
						""")));

		this.clusters.getMetrics(CLUSTER_ID, ClusterMetric.DISK_USAGE, MetricQuery.last(Duration.ofHours(2)));

		api.server()
			.verify(getRequestedFor(urlEqualTo(
					"/api/v2/clusters/" + CLUSTER_ID + "/metrics/crate_disk_usage2/?minutes_ago=120")));
	}

	@Test
	void metricsWithoutDataIsEmpty() {
		api.server()
			.stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/metrics/crate_unreplicated_tables/")
				.willReturn(aResponse().withStatus(204)));

		ClusterMetrics metrics = this.clusters.getMetrics(CLUSTER_ID, ClusterMetric.UNREPLICATED_TABLES);

		assertThat(metrics.isEmpty()).isTrue();
		assertThat(metrics).isEqualTo(ClusterMetrics.empty(ClusterMetric.UNREPLICATED_TABLES));
	}

	@Test
	void metricsOfAnotherShapeAreReadAsFarAsTheyArePrometheusOnes() {
		api.server()
			.stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/metrics/crate_availability/").willReturn(okJson("""
					{"data": {"resultType": "vector",
					          "result": [{"metric": {"pod": "a", "nested": {"x": 1}}, "value": [1783680000.5, "+Inf"]},
					                     {"metric": {}, "value": ["not a time", "1"]},
					                     {"metric": {}, "values": [[1783680000, "NaN"], [1783680060, "oops"], "junk"]},
					                     "not a series"]},
					 "extra": [1, 2, 3]}
					""")));

		ClusterMetrics metrics = this.clusters.getMetrics(CLUSTER_ID, ClusterMetric.AVAILABILITY);

		assertThat(metrics.status()).isNull();
		assertThat(metrics.series()).hasSize(4);
		assertThat(metrics.series().get(0).labels()).containsExactly(Map.entry("pod", "a"));
		assertThat(metrics.series().get(0).samples())
			.containsExactly(new MetricSample(Instant.ofEpochSecond(1783680000, 500_000_000), Double.POSITIVE_INFINITY));
		assertThat(metrics.series().get(1).samples()).isEmpty();
		assertThat(metrics.series().get(2).samples()).singleElement()
			.satisfies((sample) -> assertThat(sample.value()).isNaN());
		assertThat(metrics.series().get(3).samples()).isEmpty();
	}

	@Test
	void metricsRejectsAWindowShorterThanAMinuteAndAWindowWithARange() {
		assertThatIllegalArgumentException().isThrownBy(() -> MetricQuery.last(Duration.ofSeconds(30)))
			.withMessageContaining("last must be at least one minute");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MetricQuery(Instant.parse("2026-07-10T09:00:00Z"), null, Duration.ofMinutes(5)))
			.withMessageContaining("last must be not set together with from or to");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MetricQuery.between(Instant.parse("2026-07-10T10:00:00Z"),
					Instant.parse("2026-07-10T09:00:00Z")))
			.withMessageContaining("from must not be after to");
	}

	@Test
	void operationsReadsTheWrappedList() {
		api.server().stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/operations/").willReturn(okJson("""
				{"operations": [
				  {"id": "f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a6b", "type": "SCALE", "status": "FAILED",
				   "entity": "CLUSTER", "entity_id": "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37",
				   "feedback_data": {"message": "Scaling failed: not enough disk space on the remaining nodes."},
				   "non_sensitive_data": {"current_product_unit": 2, "current_num_nodes": 3,
				                          "target_product_unit": 0, "target_num_nodes": 1},
				   "dc": {"created": "2026-07-10T10:40:11.204000+00:00", "modified": "2026-07-10T10:52:37.015000+00:00"}},
				  {"id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "type": "CREATE", "status": "SUCCEEDED",
				   "entity": "CLUSTER", "entity_id": "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37",
				   "feedback_data": {}, "non_sensitive_data": {},
				   "dc": {"created": "2026-05-02T08:15:37.120000+00:00", "modified": "2026-05-02T08:21:04.558000+00:00"}}
				]}
				""")));

		List<ClusterOperation> operations = this.clusters.listOperations(CLUSTER_ID);

		assertThat(operations).hasSize(2);
		ClusterOperation scale = operations.get(0);
		assertThat(scale.id()).isEqualTo("f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a6b");
		assertThat(scale.type()).isEqualTo(OperationType.SCALE);
		assertThat(scale.status()).isEqualTo(OperationStatus.FAILED);
		assertThat(scale.status().isFinished()).isTrue();
		assertThat(scale.entity()).isEqualTo("CLUSTER");
		assertThat(scale.entityId()).isEqualTo(CLUSTER_ID);
		assertThat(scale.feedbackMessage()).isEqualTo("Scaling failed: not enough disk space on the remaining nodes.");
		assertThat(scale.nonSensitiveData()).containsEntry("target_num_nodes", 1);
		assertThat(scale.dc()).isEqualTo(new DublinCore(Instant.parse("2026-07-10T10:40:11.204Z"),
				Instant.parse("2026-07-10T10:52:37.015Z")));
		assertThat(operations.get(1).feedbackMessage()).isNull();
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/operations/")));
	}

	@Test
	void operationsSendsTheFilter() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/operations/"))
				.willReturn(okJson("{\"operations\": []}")));

		List<ClusterOperation> operations = this.clusters.listOperations(CLUSTER_ID,
				OperationQuery.all()
					.withStatuses(OperationStatus.IN_PROGRESS)
					.withFrom(Instant.parse("2026-07-10T00:00:00Z"))
					.withTo(Instant.parse("2026-07-10T12:30:15.999Z")));

		assertThat(operations).isEmpty();
		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID
					+ "/operations/?statuses=IN_PROGRESS&start=2026-07-10T00%3A00%3A00Z"
					+ "&end=2026-07-10T12%3A30%3A15Z")));
	}

	@Test
	void operationsOfSeveralStatusesAreAskedForOnceAndFilteredHere() {
		// The document describes statuses as "specified several times" but declares it a single
		// string, which the service may hold it to: with several statuses none is sent, and the
		// answer is filtered here.
		api.server().stubFor(get(urlPathEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/operations/")).willReturn(okJson("""
				{"operations": [
				  {"id": "f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a61", "type": "SCALE", "status": "SENT",
				   "entity": "CLUSTER", "entity_id": "%1$s"},
				  {"id": "f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a62", "type": "SCALE", "status": "SUCCEEDED",
				   "entity": "CLUSTER", "entity_id": "%1$s"},
				  {"id": "f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a63", "type": "SCALE", "status": "REGISTERED",
				   "entity": "CLUSTER", "entity_id": "%1$s"}
				]}
				""".formatted(CLUSTER_ID))));

		List<ClusterOperation> operations = this.clusters.listOperations(CLUSTER_ID,
				OperationQuery.all().withStatuses(OperationStatus.REGISTERED, OperationStatus.SENT));

		assertThat(operations).extracting(ClusterOperation::status)
			.containsExactly(OperationStatus.SENT, OperationStatus.REGISTERED);
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/operations/")));
	}

	@Test
	void operationValuesTheDocumentDoesNotListAreKept() {
		api.server().stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/operations/").willReturn(okJson("""
				{"operations": [
				  {"id": "f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a6b", "type": "TRANSFER_SUBSCRIPTION", "status": "CANCELLED",
				   "entity": "CLUSTER", "entity_id": "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37"}
				]}
				""")));

		ClusterOperation operation = this.clusters.listOperations(CLUSTER_ID).get(0);

		assertThat(operation.type()).isEqualTo(new OperationType("TRANSFER_SUBSCRIPTION"));
		assertThat(operation.status()).isEqualTo(new OperationStatus("CANCELLED"));
		assertThat(operation.status().isFinished()).isFalse();
	}

	@Test
	void snapshotsReadsEverySnapshot() {
		api.server().stubFor(get("/api/v2/clusters/" + CLUSTER_ID + "/snapshots/").willReturn(okJson("""
				[{"cluster_id": "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37",
				  "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d",
				  "repository": "system_backup",
				  "snapshot": "2026-07-10t03-00-00.512000+00-00",
				  "created": "2026-07-10T03:00:00.512000+00:00",
				  "tables": ["doc.sensor_readings", "doc.devices"],
				  "concrete_indices": ["sensor_readings", "devices"],
				  "dc": {"created": "2026-07-10T03:04:19.330000+00:00", "modified": "2026-07-10T03:04:19.330000+00:00"}}]
				""")));

		List<ClusterSnapshot> snapshots = this.clusters.listSnapshots(CLUSTER_ID);

		assertThat(snapshots).singleElement().satisfies((snapshot) -> {
			assertThat(snapshot.clusterId()).isEqualTo(CLUSTER_ID);
			assertThat(snapshot.projectId()).isEqualTo(PROJECT_ID);
			assertThat(snapshot.repository()).isEqualTo("system_backup");
			assertThat(snapshot.snapshot()).isEqualTo("2026-07-10t03-00-00.512000+00-00");
			assertThat(snapshot.created()).isEqualTo(Instant.parse("2026-07-10T03:00:00.512Z"));
			assertThat(snapshot.tables()).containsExactly("doc.sensor_readings", "doc.devices");
			assertThat(snapshot.concreteIndices()).containsExactly("sensor_readings", "devices");
			assertThat(snapshot.dc().created()).isEqualTo(Instant.parse("2026-07-10T03:04:19.330Z"));
		});
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/snapshots/")));
	}

	@Test
	void snapshotsBetweenTwoInstantsSendsThem() {
		api.server()
			.stubFor(get(urlPathEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/snapshots/")).willReturn(okJson("[]")));

		this.clusters.listSnapshots(CLUSTER_ID, SnapshotQuery.all().withFrom(Instant.parse("2026-07-01T00:00:00Z")));

		api.server()
			.verify(getRequestedFor(
					urlEqualTo("/api/v2/clusters/" + CLUSTER_ID + "/snapshots/?start=2026-07-01T00%3A00%3A00Z")));
	}

}
