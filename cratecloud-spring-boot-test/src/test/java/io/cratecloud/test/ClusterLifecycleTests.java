package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClusterQuery;
import io.cratecloud.client.clusters.HardwareSpecs;
import io.cratecloud.client.clusters.NewProject;
import io.cratecloud.client.clusters.OperationType;
import io.cratecloud.client.projects.Project;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Clusters from seeding or deployment to deletion: the shapes they are served in, how a
 * deployment progresses, lists and their filters, deletion protection and deletion.
 */
class ClusterLifecycleTests extends ClusterFakeTests {

	private static final long GIB = 1024L * 1024 * 1024;

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	@Test
	void aSeededClusterIsRunningAndGreenWithItsProductsHardware() {
		String id = this.analytics.cluster("sensors").nodes(3).product("default", "cr2").create();

		Cluster cluster = this.client.clusters().get(id);

		assertThat(cluster.name()).isEqualTo("sensors");
		assertThat(cluster.projectId()).isEqualTo(this.analytics.id());
		assertThat(cluster.subscriptionId()).isEqualTo(this.acme.subscriptionId());
		assertThat(cluster.numNodes()).isEqualTo(3);
		assertThat(cluster.productUnit()).isEqualTo(2);
		assertThat(cluster.productName()).isEqualTo("cr2");
		assertThat(cluster.productTier()).isEqualTo("default");
		assertThat(cluster.crateVersion()).isEqualTo("5.10.3");
		assertThat(cluster.username()).isEqualTo("admin");
		assertThat(cluster.hardwareSpecs())
			.isEqualTo(new HardwareSpecs(4.0, 16 * GIB, 4 * GIB, "premium", 1, 512 * GIB));
		assertThat(cluster.fqdn()).isEqualTo("sensors." + ProductCatalog.REGION + ".cratedb.net.");
		// Unlike the service's https://<fqdn>:4200: the cluster's SQL endpoint on the fake.
		assertThat(cluster.url()).isEqualTo(this.fake.baseUrl() + "/_clusters/" + id);
		assertThat(cluster.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(cluster.health().runningOperation()).isEqualTo(OperationType.NONE);
		assertThat(cluster.health().lastSeen()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
		assertThat(cluster.suspended()).isFalse();
		assertThat(cluster.deletionProtected()).isFalse();
		assertThat(this.client.clusters().listOperations(id)).isEmpty();
	}

	@Test
	void aClusterSeededSuspendedAndProtectedSaysSo() {
		String id = this.analytics.cluster("archive").suspended().deletionProtected().create();

		Cluster cluster = this.client.clusters().get(id);

		assertThat(cluster.suspended()).isTrue();
		assertThat(cluster.health().status()).isEqualTo(ClusterHealthStatus.SUSPENDED);
		assertThat(cluster.deletionProtected()).isTrue();
		assertThat(cluster.numNodes()).isEqualTo(1);
		assertThat(cluster.productUnit()).isZero();
	}

	@Test
	void aClusterSeededWithAnSqlEndpointHasItsHostInItsFqdnAndItsUrlStaysOnTheFake() {
		String id = this.analytics.cluster("sensors").sqlEndpoint("127.0.0.1").username("sensors_app").create();
		String suspended = this.analytics.cluster("archive").sqlEndpoint("db.example.test").suspended().create();

		Cluster cluster = this.client.clusters().get(id);

		assertThat(cluster.fqdn()).isEqualTo("127.0.0.1.");
		assertThat(cluster.hostName()).isEqualTo("127.0.0.1");
		assertThat(cluster.url()).isEqualTo(this.fake.baseUrl() + "/_clusters/" + id);
		assertThat(cluster.username()).isEqualTo("sensors_app");
		assertThat(cluster.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(this.client.clusters().list(ClusterQuery.inProject(this.analytics.id())))
			.filteredOn((listed) -> listed.id().equals(suspended))
			.singleElement()
			.satisfies((listed) -> {
				assertThat(listed.fqdn()).isEqualTo("db.example.test.");
				assertThat(listed.url()).isEqualTo(this.fake.baseUrl() + "/_clusters/" + suspended);
				assertThat(listed.suspended()).isTrue();
			});
		// Resuming keeps the endpoint.
		this.client.clusters().resume(suspended);
		steps(3);
		assertThat(this.client.clusters().get(suspended).hostName()).isEqualTo("db.example.test");
	}

	@Test
	void anSqlEndpointIsAHostOnly() {
		for (String host : new String[] { "", "127.0.0.1.", "127.0.0.1:5432", "https://db.example.test", "db example",
				"-db.example.test", "db_1.example.test", "::1" }) {
			assertThatIllegalArgumentException().as("sqlEndpoint(\"%s\")", host)
				.isThrownBy(() -> this.analytics.cluster("sensors").sqlEndpoint(host))
				.withMessageContaining("host name or an IPv4 address");
		}
		assertThat(this.analytics.cluster("sensors").sqlEndpoint("localhost").create()).isNotBlank();
	}

	@Test
	void seedingAProductTheCatalogueLacksOrTooManyNodesIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.analytics.cluster("sensors").product("default", "cr9").create())
			.withMessageContaining("cr9");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.analytics.cluster("sensors").nodes(6).create())
			.withMessageContaining("at most 5");
	}

	@Test
	void aDeploymentMovesThroughEveryStatusOneStepAtATime() {
		PendingOperation<Cluster> deployment = this.client.clusters()
			.create(this.acme.id(),
					ClusterCreateRequest.inProject(this.analytics.id(), this.acme.subscriptionId(),
							spec("sensors").productUnit(2).build()));
		String id = deployment.clusterId();
		JsonNode answered = lastAnswer("POST", "/api/v2/organizations/{organization_id}/clusters/");
		assertThat(answered.get("id").asString()).isEqualTo(id);
		assertThat(answered.get("health").get("status").asString()).isEqualTo("UNREACHABLE");
		// Not seen yet: an empty last_seen, which the client reads as none.
		assertThat(answered.get("health").get("last_seen").asString()).isEmpty();
		assertThat(this.client.clusters().get(id).health().lastSeen()).isNull();
		assertThat(answered.get("health").get("running_operation").asString()).isEqualTo("CREATE");
		assertThat(answered.get("num_nodes").asInt()).isEqualTo(3);
		assertThat(answered.get("last_async_operation").get("type").asString()).isEqualTo("CREATE");
		assertThat(answered.get("last_async_operation").get("status").asString()).isEqualTo("REGISTERED");
		assertThat(only(id).status()).isEqualTo(OperationStatus.REGISTERED);
		assertThat(deployment.kind()).isEqualTo(OperationKind.CREATE);
		assertThat(deployment.id()).isEqualTo(only(id).id());

		this.fake.advance(STEP.minusMillis(1));
		assertThat(only(id).status()).isEqualTo(OperationStatus.REGISTERED);
		this.fake.advance(Duration.ofMillis(1));
		assertThat(only(id).status()).isEqualTo(OperationStatus.SENT);
		steps(1);
		ClusterOperation inProgress = only(id);
		assertThat(inProgress.status()).isEqualTo(OperationStatus.IN_PROGRESS);
		assertThat(inProgress.feedbackMessage()).contains("3 node(s)");
		Cluster creating = this.client.clusters().get(id);
		assertThat(creating.health().status()).isEqualTo(ClusterHealthStatus.UNREACHABLE);
		assertThat(creating.health().runningOperation()).isEqualTo(OperationType.CREATE);
		assertThat(creating.lastAsyncOperation().status()).isEqualTo(OperationStatus.IN_PROGRESS);
		steps(1);

		Cluster created = deployment.await(Duration.ofSeconds(5));
		assertThat(created.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(created.health().runningOperation()).isEqualTo(OperationType.NONE);
		assertThat(created.health().lastSeen()).isNotNull();
		assertThat(created.lastAsyncOperation().status()).isEqualTo(OperationStatus.SUCCEEDED);
		ClusterOperation succeeded = only(id);
		assertThat(succeeded.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(succeeded.entity()).isEqualTo("CLUSTER");
		assertThat(succeeded.entityId()).isEqualTo(id);
		assertThat(succeeded.dc().modified()).isEqualTo(succeeded.dc().created().plus(STEP.multipliedBy(3)));
		assertThat(this.client.clusters().untilGreen(id).await(Duration.ofSeconds(5)).id()).isEqualTo(id);
	}

	@Test
	void aDeploymentIntoANewProjectCreatesTheProject() {
		PendingOperation<Cluster> deployment = this.client.clusters()
			.create(this.acme.id(), ClusterCreateRequest.inNewProject(NewProject.of("reporting", null),
					this.acme.subscriptionId(), spec("reports").build()));

		String projectId = lastAnswer("POST", "/api/v2/organizations/{organization_id}/clusters/").get("project_id")
			.asString();
		assertThat(this.client.clusters().get(deployment.clusterId()).projectId()).isEqualTo(projectId);
		Project project = this.client.projects().get(projectId);
		assertThat(project.name()).isEqualTo("reporting");
		assertThat(project.organizationId()).isEqualTo(this.acme.id());
		assertThat(this.client.clusters().list(ClusterQuery.inProject(projectId))).extracting(Cluster::name)
			.containsExactly("reports");
	}

	@Test
	void aDeploymentIsCheckedFieldByField() {
		String body = """
				{"subscription_id": "%s", "project_id": "%s",
				 "cluster": {"name": "Not_A-Name", "product_name": "cr9", "product_tier": "default",
				             "crate_version": "", "username": "admin", "password": "too-short"}}
				""".formatted(this.acme.subscriptionId(), this.analytics.id());
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("Not_A-Name"));

		HttpResponse<String> response = new FakeHttp(this.fake).send("POST",
				"/api/v2/organizations/" + this.acme.id() + "/clusters/", body);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = json(response.body()).get("errors").get("cluster");
		assertThat(errors.get("name").get(0).asString()).contains("lower-case");
		assertThat(errors.get("product_name").get(0).asString()).contains("cr9");
		assertThat(errors.has("crate_version")).isTrue();
		assertThat(errors.has("password")).isTrue();
		assertThat(errors.has("username")).isFalse();
		assertThat(this.client.clusters().list()).isEmpty();
	}

	@Test
	void aDeploymentNeedsAFreeNameANodeCountTheProductOffersAndTheOrganizationsSubscription() {
		this.analytics.cluster("sensors").create();
		SeededOrganization other = this.fake.seed().organization("Other");
		String body = """
				{"subscription_id": "%s", "project_id": "%s",
				 "cluster": {"name": "sensors", "product_name": "cr1", "product_tier": "default", "product_unit": 5,
				             "crate_version": "5.10.3", "username": "admin", "password": "%s"}}
				""".formatted(other.subscriptionId(), this.analytics.id(), PASSWORD);

		HttpResponse<String> response = new FakeHttp(this.fake).send("POST",
				"/api/v2/organizations/" + this.acme.id() + "/clusters/", body);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = json(response.body()).get("errors");
		assertThat(errors.get("cluster").get("name").get(0).asString()).contains("already exists");
		assertThat(errors.get("cluster").get("product_unit").get(0).asString()).contains("0 to 4");
		assertThat(errors.get("subscription_id").get(0).asString()).contains(other.subscriptionId());
	}

	@Test
	void aDeploymentIntoAnUnknownOrganizationOrProjectIsNotFound() {
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters()
				.create("00000000-0000-4000-8000-000000000000", ClusterCreateRequest
					.inProject(this.analytics.id(), this.acme.subscriptionId(), spec("sensors").build())));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters()
				.create(this.acme.id(), ClusterCreateRequest.inProject("00000000-0000-4000-8000-000000000000",
						this.acme.subscriptionId(), spec("sensors").build())));
		assertThat(this.client.clusters().list()).isEmpty();
	}

	@Test
	void listsAreScopedAndFiltered() {
		SeededProject reporting = this.acme.project("reporting");
		SeededOrganization other = this.fake.seed().organization("Other");
		String sensors = this.analytics.cluster("sensors").create();
		String devices = this.analytics.cluster("devices").product("default", "cr2").create();
		String reports = reporting.cluster("reports").create();
		String elsewhere = other.project("elsewhere").cluster("elsewhere").create();
		// One cluster with a running change, so that the lists are checked against the document
		// without the idle health the document's enum lacks.
		this.client.clusters().scale(sensors, 1);

		assertThat(this.client.clusters().list()).extracting(Cluster::id)
			.containsExactly(sensors, devices, reports, elsewhere);
		assertThat(this.client.clusters().list(ClusterQuery.inProject(this.analytics.id()))).extracting(Cluster::id)
			.containsExactly(sensors, devices);
		// The list of all clusters takes a project_id too, which the client no longer sends.
		FakeHttp http = new FakeHttp(this.fake);
		assertThat(json(http.send("GET", "/api/v2/clusters/?project_id=" + reporting.id(), null).body()))
			.extracting((cluster) -> cluster.get("id").asString())
			.containsExactly(reports);
		assertThat(json(http.send("GET", "/api/v2/clusters/?project_id=" + this.analytics.id() + "&product_name=cr2",
				null).body()))
			.extracting((cluster) -> cluster.get("id").asString())
			.containsExactly(devices);
		assertThat(this.client.clusters().list(ClusterQuery.all().withProductName("cr2"))).extracting(Cluster::id)
			.containsExactly(devices);
		assertThat(this.client.clusters().list(ClusterQuery.all().withSubscriptionId(other.subscriptionId())))
			.extracting(Cluster::id)
			.containsExactly(elsewhere);
		assertThat(this.client.clusters().list(ClusterQuery.inOrganization(this.acme.id()))).extracting(Cluster::id)
			.containsExactly(sensors, devices, reports);
		assertThat(this.client.clusters()
			.list(ClusterQuery.inOrganization(this.acme.id()).withProjectId(reporting.id())))
			.extracting(Cluster::id)
			.containsExactly(reports);
		assertThat(this.client.clusters().list(ClusterQuery.inProject(this.analytics.id()).withProductName("cr1")))
			.extracting(Cluster::id)
			.containsExactly(sensors);
	}

	@Test
	void listsAndDeletionProtectionShowARunningChange() {
		// Every cluster answered has a running change, so that each answer is checked against
		// the document as it is, without the idle health the document's enum lacks.
		String id = this.analytics.cluster("sensors").create();
		this.client.clusters().scale(id, 1);

		assertThat(this.client.clusters().list()).singleElement()
			.satisfies((cluster) -> assertThat(cluster.health().runningOperation()).isEqualTo(OperationType.SCALE));
		assertThat(this.client.clusters().list(ClusterQuery.inOrganization(this.acme.id()))).extracting(Cluster::id)
			.containsExactly(id);
		assertThat(this.client.clusters().list(ClusterQuery.inProject(this.analytics.id()))).extracting(Cluster::id)
			.containsExactly(id);
		Cluster protectedCluster = this.client.clusters().updateDeletionProtection(id, true);
		assertThat(protectedCluster.deletionProtected()).isTrue();
		assertThat(protectedCluster.health().runningOperation()).isEqualTo(OperationType.SCALE);
		assertThat(this.fake.requests()).noneSatisfy(
				(exchange) -> assertThat(exchange.responseBody()).contains("\"running_operation\":\"\""));
	}

	@Test
	void listsOfAnUnknownOrganizationOrProjectAreNotFound() {
		// The document lists no 404 for these lists; the fake answers unknown ids with 404,
		// as it does everywhere else.
		offDocument((exchange) -> exchange.status() == 404);
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters()
				.list(ClusterQuery.inOrganization("00000000-0000-4000-8000-000000000000")));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters()
				.list(ClusterQuery.inProject("00000000-0000-4000-8000-000000000000")));
	}

	@Test
	void deletionProtectionTakesEffectAtOnceAndKeepsTheClusterFromBeingDeleted() {
		String id = this.analytics.cluster("sensors").create();

		Cluster protectedCluster = this.client.clusters().updateDeletionProtection(id, true);
		assertThat(protectedCluster.deletionProtected()).isTrue();
		assertThat(this.client.clusters().listOperations(id)).isEmpty();
		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.clusters().delete(id))
			.withMessageContaining("deletion protection");
		assertThat(this.client.clusters().get(id).deletionProtected()).isTrue();

		assertThat(this.client.clusters().updateDeletionProtection(id, false).deletionProtected()).isFalse();
		assertThat(this.client.clusters().delete(id).await(Duration.ofSeconds(5))).isNull();

		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> this.client.clusters().get(id));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters().listOperations(id));
		assertThat(this.client.clusters().list()).isEmpty();
		assertThat(this.fake.requests()).filteredOn((exchange) -> exchange.method().equals("DELETE"))
			.extracting(RecordedExchange::status)
			.containsExactly(403, 204);
	}

	@Test
	void aClusterCanBeDeletedWhileItsDeploymentRuns() {
		String id = this.client.clusters()
			.create(this.acme.id(),
					ClusterCreateRequest.inProject(this.analytics.id(), this.acme.subscriptionId(),
							spec("sensors").build()))
			.clusterId();

		this.client.clusters().delete(id);
		steps(3);

		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> this.client.clusters().get(id));
	}

	@Test
	void anUnknownClusterIsNotFound() {
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters().get("00000000-0000-4000-8000-000000000000"));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters().delete("00000000-0000-4000-8000-000000000000"));
	}

	private ClusterOperation only(String clusterId) {
		List<ClusterOperation> operations = this.client.clusters().listOperations(clusterId);
		assertThat(operations).hasSize(1);
		return operations.get(0);
	}

	static JsonNode json(String body) {
		return JsonMapper.builder().build().readTree(body);
	}

}
