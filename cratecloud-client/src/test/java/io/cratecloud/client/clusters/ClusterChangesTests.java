package io.cratecloud.client.clusters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.projects.BackupLocationRequest;
import io.cratecloud.client.projects.BackupLocationType;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Cluster changes that go on in the background, and waiting for them.
 */
class ClusterChangesTests {

	private static final String ORGANIZATION_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String PROJECT_ID = "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d";

	private static final String SUBSCRIPTION_ID = "5c2e7a91-3d4b-4f68-b0a2-9e1c6d8f4a25";

	private static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String CLUSTER_PATH = "/api/v2/clusters/" + CLUSTER_ID + "/";

	private static final String OPERATIONS_PATH = CLUSTER_PATH + "operations/";

	private static final String OLD_OPERATION_ID = "11111111-2222-4333-8444-555555555555";

	private static final String NEW_OPERATION_ID = "99999999-8888-4777-8666-555555555555";

	private static final String PASSWORD = "a-very-long-admin-password-0123";

	/** When the service accepted a change, by its clock: the {@code Date} of its answer. */
	private static final String ACCEPTED = "Fri, 10 Jul 2026 10:41:00 GMT";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ClustersClient clusters = client().clusters();

	@Test
	void createPostsTheClusterAndAwaitsItsCreation() {
		api.server()
			.stubFor(post("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withHeader("Date", ACCEPTED)
					.withBody(cluster(3, "UNREACHABLE", ""))));
		// The answer names no operation: the polls find it.
		stubOperations("CREATE", operations("CREATE", NEW_OPERATION_ID, "REGISTERED", null),
				operations("CREATE", NEW_OPERATION_ID, "IN_PROGRESS", "Creating cluster"),
				operations("CREATE", NEW_OPERATION_ID, "SUCCEEDED", "Cluster created"));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", "2026-07-10T10:45:00.000000"))));
		ClusterCreateRequest request = ClusterCreateRequest.inProject(PROJECT_ID, SUBSCRIPTION_ID,
				spec().productUnit(2).build());
		List<String> progress = new ArrayList<>();

		PendingOperation<Cluster> change = this.clusters.create(ORGANIZATION_ID, request);
		api.server().verify(0, getRequestedFor(urlPathEqualTo(OPERATIONS_PATH)));
		Cluster created = change.await(Duration.ofSeconds(5),
				(seen) -> progress.add(seen.status() + ":" + seen.message()));

		assertThat(change.kind()).isEqualTo(OperationKind.CREATE);
		assertThat(change.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(change.id()).isEqualTo(NEW_OPERATION_ID);
		assertThat(created.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(progress).containsExactly("REGISTERED:null", "IN_PROGRESS:Creating cluster",
				"SUCCEEDED:Cluster created");
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/"))
				.withRequestBody(equalToJson("""
						{"project_id": "%s", "subscription_id": "%s",
						 "cluster": {"name": "sensor-data", "product_name": "cr1", "product_tier": "default",
						             "product_unit": 2, "crate_version": "5.10.3", "channel": "stable",
						             "username": "admin", "password": "%s"}}
						""".formatted(PROJECT_ID, SUBSCRIPTION_ID, PASSWORD))));
		// The request, then three polls.
		api.server()
			.verify(3, getRequestedFor(urlPathEqualTo(OPERATIONS_PATH)).withQueryParam("type", equalTo("CREATE"))
				.withQueryParam("limit", equalTo("1")));
		api.server().verify(1, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
	}

	@Test
	void createIntoANewProjectAndAwaitGreen() {
		api.server()
			.stubFor(post("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody(cluster(1, "UNREACHABLE", ""))));
		api.server().stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(okJson("{\"operations\": []}")));
		api.stubInSequence(() -> get(CLUSTER_PATH), okJson(cluster(1, "UNREACHABLE", "")),
				okJson(cluster(1, "YELLOW", "2026-07-10T10:44:00.000000")),
				okJson(cluster(1, "GREEN", "2026-07-10T10:45:00.000000")));
		ClusterCreateRequest request = ClusterCreateRequest
			.inNewProject(NewProject.of("telemetry", "aks1.eastus2.azure"), SUBSCRIPTION_ID, spec().build());

		PendingOperation<Cluster> created = this.clusters.create(ORGANIZATION_ID, request);
		Cluster green = this.clusters.untilGreen(created.clusterId()).await(Duration.ofSeconds(5));

		assertThat(green.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/"))
				.withRequestBody(equalToJson("""
						{"subscription_id": "%s", "project": {"name": "telemetry", "region": "aks1.eastus2.azure"},
						 "cluster": {"name": "sensor-data", "product_name": "cr1", "product_tier": "default",
						             "crate_version": "5.10.3", "channel": "stable", "username": "admin",
						             "password": "%s"}}
						""".formatted(SUBSCRIPTION_ID, PASSWORD))));
		api.server().verify(3, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
	}

	@Test
	void aNewProjectWithACustomBackupLocationSendsItsCredentialsAsTheDocumentWants() {
		api.server()
			.stubFor(post("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody(cluster(1, "UNREACHABLE", ""))));
		api.server().stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(okJson("{\"operations\": []}")));
		BackupLocationRequest backups = BackupLocationRequest
			.of(BackupLocationType.S3, "plant-3-backups",
					Map.of("access_key_id", "DO00QWERTYUIOPASDFGH", "secret_access_key",
							"hX3v9kLmN2pQ7rS5tU8wY1zA4bC6dE0fG"))
			.withAdditionalConfig(Map.of("endpoint_url", "https://fra1.digitaloceanspaces.com"));
		NewProject project = NewProject.of("edge plant-3", "edge.plant-3.example").withBackupLocation(backups);

		PendingOperation<Cluster> created = this.clusters.create(ORGANIZATION_ID,
				ClusterCreateRequest.inNewProject(project, SUBSCRIPTION_ID, spec().build()));

		assertThat(created.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(project.toString()).doesNotContain("hX3v9kLmN2pQ7rS5tU8wY1zA4bC6dE0fG");
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/"))
				.withRequestBody(equalToJson("""
						{"subscription_id": "%s",
						 "project": {"name": "edge plant-3", "region": "edge.plant-3.example",
						   "backup_location": {"location_type": "s3", "location": "plant-3-backups",
						     "credentials": {"access_key_id": "DO00QWERTYUIOPASDFGH",
						       "secret_access_key": "hX3v9kLmN2pQ7rS5tU8wY1zA4bC6dE0fG"},
						     "additional_config": {"endpoint_url": "https://fra1.digitaloceanspaces.com"}}},
						 "cluster": {"name": "sensor-data", "product_name": "cr1", "product_tier": "default",
						             "crate_version": "5.10.3", "channel": "stable", "username": "admin",
						             "password": "%s"}}
						""".formatted(SUBSCRIPTION_ID, PASSWORD))));
	}

	@Test
	void aCreatedClusterWithoutAnIdIsAnUnexpectedResponse() {
		api.server()
			.stubFor(post("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody(cluster(1, "UNREACHABLE", "").replace("\"id\": \"" + CLUSTER_ID + "\", ", ""))));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.clusters.create(ORGANIZATION_ID,
					ClusterCreateRequest.inProject(PROJECT_ID, SUBSCRIPTION_ID, spec().build())))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("POST /api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")
					.contains("without an id");
				assertThat(ex.getStatusCode()).isEqualTo(201);
			});
		// No operation can be looked for without the cluster's id.
		api.server().verify(0, getRequestedFor(urlPathEqualTo(OPERATIONS_PATH)));
	}

	@Test
	void theSpecBuilderSendsTheDocumentsDefaultTierAndChannel() {
		api.server()
			.stubFor(post("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody(cluster(1, "UNREACHABLE", ""))));
		api.server().stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(okJson("{\"operations\": []}")));
		ClusterSpec spec = ClusterSpec.builder()
			.name("sensor-data")
			.product("cr1")
			.crateVersion("5.10.3")
			.username("admin")
			.password(PASSWORD)
			.build();

		this.clusters.create(ORGANIZATION_ID, ClusterCreateRequest.inProject(PROJECT_ID, SUBSCRIPTION_ID, spec));

		assertThat(spec.productTier()).isEqualTo(ClusterSpec.DEFAULT_TIER).isEqualTo("default");
		assertThat(spec.channel()).isEqualTo(ClusterSpec.DEFAULT_CHANNEL).isEqualTo("stable");
		assertThat(spec.productUnit()).isNull();
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/"))
				.withRequestBody(equalToJson("""
						{"project_id": "%s", "subscription_id": "%s",
						 "cluster": {"name": "sensor-data", "product_name": "cr1", "product_tier": "default",
						             "crate_version": "5.10.3", "channel": "stable", "username": "admin",
						             "password": "%s"}}
						""".formatted(PROJECT_ID, SUBSCRIPTION_ID, PASSWORD))));
	}

	@Test
	void theSpecBuilderChecksEachPartAsItIsSetAndTheRequiredOnesAtBuild() {
		ClusterSpec.Builder builder = ClusterSpec.builder();
		String short23 = "only-23-characters-long";
		assertThat(short23).hasSize(23);
		assertThatIllegalArgumentException().isThrownBy(() -> builder.password(short23))
			.withMessageContaining("cluster.password");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.name("ab")).withMessageContaining("cluster.name");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.product("-cr1"))
			.withMessageContaining("cluster.product_name");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.channel(" "))
			.withMessageContaining("cluster.channel");
		// Only what is missing is left to build().
		ClusterSpec.Builder withoutVersion = ClusterSpec.builder()
			.name("sensor-data")
			.product("cr1")
			.username("admin")
			.password(PASSWORD);
		assertThatIllegalArgumentException().isThrownBy(withoutVersion::build)
			.withMessageContaining("cluster.crate_version");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClusterSpec.builder()
				.name("sensor-data")
				.product("cr1")
				.crateVersion("5.10.3")
				.username("admin")
				.build())
			.withMessageContaining("cluster.password");
		assertThat(withoutVersion.toString()).doesNotContain(PASSWORD);
		assertThat(spec().build()).isEqualTo(
				new ClusterSpec("sensor-data", "cr1", "default", null, "5.10.3", "stable", "admin", PASSWORD, null));
	}

	@Test
	void anOlderOperationOfTheSameTypeIsNeverTakenForTheNewOne() {
		api.server().stubFor(put(CLUSTER_PATH + "scale/").willReturn(accepted(cluster(3, "GREEN", ""))));
		// The newest SCALE is an old, SUCCEEDED one, created before the service accepted the
		// change, for two polls before the new operation appears.
		String old = "{\"operations\": [" + operation("SCALE", OLD_OPERATION_ID, "SUCCEEDED", "Scaled last week",
				"2026-07-03T09:00:00.000000+00:00") + "]}";
		stubOperations("SCALE", old, old, operations("SCALE", NEW_OPERATION_ID, "IN_PROGRESS", null),
				operations("SCALE", NEW_OPERATION_ID, "SUCCEEDED", null));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(5, "GREEN", ""))));
		List<String> seen = new ArrayList<>();

		PendingOperation<Cluster> change = this.clusters.scale(CLUSTER_ID, 2);
		assertThat(change.id()).as("the answer to the change named no operation").isNull();
		Cluster scaled = change.await(Duration.ofSeconds(5),
				(progress) -> seen.add(progress.id() + ":" + progress.status()));

		assertThat(scaled.numNodes()).isEqualTo(5);
		assertThat(seen).containsExactly(NEW_OPERATION_ID + ":IN_PROGRESS", NEW_OPERATION_ID + ":SUCCEEDED");
		assertThat(change.id()).isEqualTo(NEW_OPERATION_ID);
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "scale/"))
				.withRequestBody(equalToJson("{\"product_unit\": 2}")));
	}

	@Test
	void operationsOfOtherTypesAreIgnoredEvenIfTheServerSendsThem() {
		api.server().stubFor(put(CLUSTER_PATH + "upgrade/").willReturn(accepted(cluster(3, "GREEN", ""))));
		// The server may ignore 'type' and 'limit' and answer with every operation.
		String all = """
				{"operations": [
				  %s, %s
				]}
				""".formatted(operation("SCALE", OLD_OPERATION_ID, "IN_PROGRESS", null),
				operation("UPGRADE", NEW_OPERATION_ID, "SUCCEEDED", null));
		stubOperations("UPGRADE", all);
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		PendingOperation<Cluster> change = this.clusters.upgrade(CLUSTER_ID, "5.10.4");

		assertThat(change.await(Duration.ofSeconds(5)).id()).isEqualTo(CLUSTER_ID);
		assertThat(change.id()).isEqualTo(NEW_OPERATION_ID);
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "upgrade/"))
				.withRequestBody(equalToJson("{\"crate_version\": \"5.10.4\"}")));
	}

	@Test
	void aFailedChangeThrowsWithTheFeedbackMessage() {
		api.server().stubFor(put(CLUSTER_PATH + "storage/").willReturn(accepted(cluster(3, "GREEN", ""))));
		stubOperations("EXPAND_STORAGE",
				operations("EXPAND_STORAGE", NEW_OPERATION_ID, "FAILED", "Disk quota exceeded in region"));

		assertThatExceptionOfType(CrateCloudOperationFailedException.class)
			.isThrownBy(() -> this.clusters.expandStorage(CLUSTER_ID, 549_755_813_888L).await(Duration.ofSeconds(5)))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("EXPAND_STORAGE")
					.contains("ended FAILED")
					.contains("Disk quota exceeded in region")
					.contains("GET " + OPERATIONS_PATH);
				assertThat(ex.getServerMessage()).isEqualTo("Disk quota exceeded in region");
				assertThat(ex.getProgress()).isEqualTo(new OperationProgress(OperationKind.EXPAND_STORAGE, CLUSTER_ID,
						NEW_OPERATION_ID, OperationStatus.FAILED, "Disk quota exceeded in region", null, null));
			});
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "storage/"))
				.withRequestBody(equalToJson("{\"disk_size_per_node_bytes\": 549755813888}")));
	}

	@Test
	void aChangeWhoseOperationNeverAppearsSaysItGoesOnAndHowToFollowIt() {
		api.server().stubFor(put(CLUSTER_PATH + "suspend/").willReturn(accepted(cluster(3, "GREEN", ""))));
		// Only a SUSPEND created before the service accepted this change is listed: another one.
		api.server()
			.stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(okJson("{\"operations\": [" + operation("SUSPEND",
					OLD_OPERATION_ID, "IN_PROGRESS", "Waiting for backup", "2026-07-10T10:30:00.000000+00:00") + "]}")));
		PendingOperation<Cluster> change = this.clusters.suspend(CLUSTER_ID);

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> change.await(Duration.ofMillis(200)))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("SUSPEND")
					.contains("had not ended after PT0.2S")
					.contains("its operation had not appeared yet")
					.contains("goes on server-side")
					.contains("GET /api/v2/clusters/" + CLUSTER_ID + "/operations/")
					.contains("client.follow(\"" + change.token() + "\", Cluster.class)");
				assertThat(ex.getKind()).isEqualTo(OperationKind.SUSPEND);
				assertThat(ex.getToken()).isEqualTo(change.token());
				assertThat(ex.getClusterId()).isEqualTo(CLUSTER_ID);
				assertThat(ex.getId()).isNull();
				assertThat(ex.getLastSeen()).isNull();
				assertThat(ex.getTimeout()).isEqualTo(Duration.ofMillis(200));
			});
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "suspend/"))
				.withRequestBody(equalToJson("{\"suspended\": true}")));
	}

	@Test
	void aChangeThatDoesNotEndInTimeNamesTheCallThatResumesIt() {
		api.server().stubFor(put(CLUSTER_PATH + "scale/").willReturn(accepted(cluster(3, "GREEN", ""))));
		stubOperations("SCALE", operations("SCALE", NEW_OPERATION_ID, "IN_PROGRESS", "Waiting for backup"));

		PendingOperation<Cluster> change = this.clusters.scale(CLUSTER_ID, 4);

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> change.await(Duration.ofMillis(150)))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("The SCALE change of cluster " + CLUSTER_ID)
					.contains("operation " + NEW_OPERATION_ID)
					.contains("had not ended after PT0.15S")
					.contains("last seen IN_PROGRESS: Waiting for backup")
					.contains("goes on server-side")
					.contains("client.follow(\"" + change.token() + "\", Cluster.class)");
				assertThat(ex.getKind()).isEqualTo(OperationKind.SCALE);
				assertThat(ex.getClusterId()).isEqualTo(CLUSTER_ID);
				assertThat(ex.getId()).isEqualTo(NEW_OPERATION_ID);
				assertThat(ex.getToken()).isEqualTo(change.token());
				assertThat(ex.getLastSeen()).isEqualTo(new OperationProgress(OperationKind.SCALE, CLUSTER_ID, NEW_OPERATION_ID,
						OperationStatus.IN_PROGRESS, "Waiting for backup", null, null));
				assertThat(ex.getTimeout()).isEqualTo(Duration.ofMillis(150));
				assertThat(ex.getStatusCode()).isZero();
				assertThat(ex.getCall().path()).isEqualTo(OPERATIONS_PATH);
			});
	}

	@Test
	void aRebuiltHandleAwaitsExactlyLikeTheOriginal() {
		api.server().stubFor(put(CLUSTER_PATH + "scale/").willReturn(accepted(cluster(3, "GREEN", ""))));
		String waiting = operations("SCALE", NEW_OPERATION_ID, "IN_PROGRESS", "Waiting for backup");
		String adding = operations("SCALE", NEW_OPERATION_ID, "IN_PROGRESS", "Adding node 5");
		String done = operations("SCALE", NEW_OPERATION_ID, "SUCCEEDED", "Scaled to 5 nodes");
		stubOperations("SCALE", waiting, adding, done);
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(5, "GREEN", ""))));
		List<OperationProgress> original = new ArrayList<>();
		PendingOperation<Cluster> started = this.clusters.scale(CLUSTER_ID, 4);
		String tokenBeforeTheWait = started.token();
		Cluster originalResult = started.await(Duration.ofSeconds(5), original::add);
		// The same three polls for the handle rebuilt, in another client, from the token it
		// had before its operation was found.
		stubOperations("SCALE", waiting, adding, done);
		List<OperationProgress> rebuilt = new ArrayList<>();

		PendingOperation<Cluster> followed = client().follow(tokenBeforeTheWait, Cluster.class);
		Cluster rebuiltResult = followed.await(Duration.ofSeconds(5), rebuilt::add);

		assertThat(followed.kind()).isEqualTo(started.kind()).isEqualTo(OperationKind.SCALE);
		assertThat(followed.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(followed.id()).isEqualTo(started.id()).isEqualTo(NEW_OPERATION_ID);
		assertThat(followed.token()).isEqualTo(started.token()).isNotEqualTo(tokenBeforeTheWait);
		assertThat(rebuiltResult).isEqualTo(originalResult);
		assertThat(rebuiltResult.numNodes()).isEqualTo(5);
		assertThat(original).extracting(OperationProgress::describe)
			.containsExactly("IN_PROGRESS: Waiting for backup", "IN_PROGRESS: Adding node 5",
					"SUCCEEDED: Scaled to 5 nodes");
		assertThat(rebuilt).isEqualTo(original);
		api.server().verify(1, putRequestedFor(urlEqualTo(CLUSTER_PATH + "scale/")));
	}

	@Test
	void aHandleKnowsItsOperationFromTheAnswerToTheChangeWhenTheServiceNamesIt() {
		api.server()
			.stubFor(put(CLUSTER_PATH + "scale/").willReturn(accepted(cluster(3, "GREEN", "").replace(
					"\"health\":", "\"last_async_operation\": {\"id\": \"" + NEW_OPERATION_ID
							+ "\", \"type\": \"SCALE\", \"status\": \"REGISTERED\", \"dc\": {\"created\": "
							+ "\"2026-07-10T10:41:00.500000+00:00\"}}, \"health\":"))));

		PendingOperation<Cluster> change = this.clusters.scale(CLUSTER_ID, 4);

		assertThat(change.id()).isEqualTo(NEW_OPERATION_ID);
		assertThat(client().follow(change.token(), Cluster.class).id()).isEqualTo(NEW_OPERATION_ID);
		assertThat(api.server().getAllServeEvents()).as("the change sent exactly its one request").singleElement();
	}

	@Test
	void aTokenIsRefusedForAnotherResultTypeOrWhenItIsNoToken() {
		api.server().stubFor(put(CLUSTER_PATH + "scale/").willReturn(accepted(cluster(3, "GREEN", ""))));
		String token = this.clusters.scale(CLUSTER_ID, 4).token();

		assertThatIllegalArgumentException().isThrownBy(() -> client().follow(token, Void.class))
			.withMessageContaining("resultType must be Cluster.class, what a SCALE produces, not Void.class");
		assertThatIllegalArgumentException().isThrownBy(() -> client().follow("not-a-token", Cluster.class))
			.withMessageContaining("token must be a token of a pending operation")
			.withMessageNotContaining("not-a-token");
		assertThatIllegalArgumentException().isThrownBy(() -> client().follow("cco1.%%%", Cluster.class))
			.withMessageContaining("token must be a token of a pending operation");
	}

	@Test
	void transientErrorsWhilePollingAreNotFatal() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.server().stubFor(put(CLUSTER_PATH + "suspend/").willReturn(accepted(cluster(3, "SUSPENDED", ""))));
		// A first poll finds nothing yet, the gateway fails the second, the third succeeds.
		stubOperations("SUSPEND", "{\"operations\": []}", null,
				operations("SUSPEND", NEW_OPERATION_ID, "SUCCEEDED", null));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		Cluster resumed = this.clusters.resume(CLUSTER_ID).await(Duration.ofSeconds(5));

		assertThat(resumed.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		api.server().verify(3, getRequestedFor(urlPathEqualTo(OPERATIONS_PATH)));
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "suspend/"))
				.withRequestBody(equalToJson("{\"suspended\": false}")));
	}

	@Test
	void everyChangeSendsItsBodyAndFollowsItsOperationType() {
		api.server().stubFor(put(CLUSTER_PATH + "product/").willReturn(okJson(cluster(3, "GREEN", ""))));
		api.server().stubFor(put(CLUSTER_PATH + "backup-schedule/").willReturn(okJson(cluster(3, "GREEN", ""))));
		api.server().stubFor(put(CLUSTER_PATH + "ip-restrictions/").willReturn(okJson(cluster(3, "GREEN", ""))));
		api.server().stubFor(patch(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));
		api.server().stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(okJson("{\"operations\": []}")));

		assertThat(this.clusters.changeProduct(CLUSTER_ID, "cr2").kind()).isEqualTo(OperationKind.CHANGE_COMPUTE);
		assertThat(this.clusters.updateBackupSchedule(CLUSTER_ID, "2,14").kind())
			.isEqualTo(OperationKind.BACKUP_SCHEDULE_UPDATE);
		assertThat(this.clusters
			.updateIpAllowlist(CLUSTER_ID, List.of(new IpAllowlistEntry("203.0.113.0/24", "office")))
			.kind()).isEqualTo(OperationKind.ALLOWED_CIDR_UPDATE);
		PendingOperation<Cluster> password = this.clusters.updatePassword(CLUSTER_ID, PASSWORD);

		assertThat(password.kind()).isEqualTo(OperationKind.PASSWORD_UPDATE);
		assertThat(password.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(password.id()).isNull();
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "product/"))
				.withRequestBody(equalToJson("{\"product_name\": \"cr2\"}")));
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "backup-schedule/"))
				.withRequestBody(equalToJson("{\"backup_hours\": \"2,14\"}")));
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "ip-restrictions/")).withRequestBody(
					equalToJson("{\"ip_whitelist\": [{\"cidr\": \"203.0.113.0/24\", \"description\": \"office\"}]}")));
		api.server()
			.verify(patchRequestedFor(urlEqualTo(CLUSTER_PATH))
				.withRequestBody(equalToJson("{\"password\": \"" + PASSWORD + "\"}")));
		// Each change sends exactly its one request; nothing is looked up before it is awaited.
		api.server().verify(0, getRequestedFor(urlPathEqualTo(OPERATIONS_PATH)));
		assertThat(api.server().getAllServeEvents()).hasSize(4);
	}

	@Test
	void restoreSnapshotAwaitsTheRestore() {
		api.server().stubFor(post(CLUSTER_PATH + "snapshots/restore/").willReturn(accepted("""
				{"repository": "system_backup", "snapshot": "2026-07-09t12-00-00", "project_id": "%s",
				 "dc": {"created": "2026-07-09T12:00:00+00:00"}}
				""".formatted(PROJECT_ID))));
		// An older restore, then this one.
		stubOperations("RESTORE_SNAPSHOT", "{\"operations\": [" + operation("RESTORE_SNAPSHOT", OLD_OPERATION_ID,
				"SUCCEEDED", null, "2026-07-01T08:00:00.000000+00:00") + "]}",
				operations("RESTORE_SNAPSHOT", NEW_OPERATION_ID, "SUCCEEDED", null));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		PendingOperation<Cluster> restore = this.clusters.restoreSnapshot(CLUSTER_ID,
				SnapshotRestoreRequest.tables("system_backup", "2026-07-09t12-00-00", List.of("doc.sensor_readings")));

		assertThat(restore.kind()).isEqualTo(OperationKind.RESTORE_SNAPSHOT);
		assertThat(restore.id()).isNull();
		assertThat(restore.await(Duration.ofSeconds(5)).id()).isEqualTo(CLUSTER_ID);
		assertThat(restore.id()).isEqualTo(NEW_OPERATION_ID);
		api.server()
			.verify(postRequestedFor(urlEqualTo(CLUSTER_PATH + "snapshots/restore/")).withRequestBody(equalToJson("""
					{"repository": "system_backup", "snapshot": "2026-07-09t12-00-00", "type": "tables",
					 "tables": ["doc.sensor_readings"]}
					""")));
	}

	@Test
	void aSecondChangeWhileOneRunsIsRefusedWithTheHandleOfTheRunningOne() {
		api.server()
			.stubFor(put(CLUSTER_PATH + "scale/").willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Another cluster operation is already in progress.\", \"success\": false}")));
		// The running UPGRADE, then the same once it has ended.
		api.stubInSequence(() -> get(urlPathEqualTo(OPERATIONS_PATH)).withQueryParam("type", absent()),
				okJson("{\"operations\": [" + operation("UPGRADE", NEW_OPERATION_ID, "IN_PROGRESS", "Upgrading") + ", "
						+ operation("SCALE", OLD_OPERATION_ID, "SUCCEEDED", null, "2026-07-01T08:00:00.000000+00:00")
						+ "]}"));
		stubOperations("UPGRADE", operations("UPGRADE", NEW_OPERATION_ID, "SUCCEEDED", "Upgraded"));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		CrateCloudOperationInProgressException refused = catchThrowableOfType(CrateCloudOperationInProgressException.class,
				() -> this.clusters.scale(CLUSTER_ID, 3));

		assertThat(refused.getStatusCode()).isEqualTo(400);
		assertThat(refused.getMessage()).contains("already in progress");
		PendingOperation<Cluster> running = refused.runningOperation();
		assertThat(running.kind()).isEqualTo(OperationKind.UNKNOWN);
		assertThat(api.server().getAllServeEvents()).as("nothing is asked until it is awaited").singleElement();
		assertThat(running.await(Duration.ofSeconds(5)).id()).isEqualTo(CLUSTER_ID);
		assertThat(running.kind()).isEqualTo(OperationKind.UPGRADE);
		assertThat(running.id()).isEqualTo(NEW_OPERATION_ID);
	}

	@Test
	void theRunningOperationOfARefusedChangeThatHasEndedSinceHasSucceeded() {
		api.server()
			.stubFor(put(CLUSTER_PATH + "suspend/").willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Another cluster operation is already in progress.\", \"success\": false}")));
		api.server()
			.stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(okJson(
					operations("UPGRADE", NEW_OPERATION_ID, "SUCCEEDED", "Upgraded"))));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		PendingOperation<Cluster> running = catchThrowableOfType(CrateCloudOperationInProgressException.class,
				() -> this.clusters.suspend(CLUSTER_ID))
			.runningOperation();

		assertThat(running.await(Duration.ofSeconds(5)).id()).isEqualTo(CLUSTER_ID);
		assertThat(client().follow(running.token(), Cluster.class).kind()).isEqualTo(OperationKind.UNKNOWN);
	}

	@Test
	void untilGreenPollsTheClusterUntilItsHealthIsGreen() {
		api.stubInSequence(() -> get(CLUSTER_PATH), okJson(cluster(3, "UNREACHABLE", "")),
				okJson(cluster(3, "YELLOW", "2026-07-10T10:44:00.000000")),
				okJson(cluster(3, "GREEN", "2026-07-10T10:45:00.000000")));
		List<OperationProgress> progress = new ArrayList<>();

		PendingOperation<Cluster> health = this.clusters.untilGreen(CLUSTER_ID);
		Cluster green = health.await(Duration.ofSeconds(5), progress::add);

		assertThat(health.kind()).isEqualTo(OperationKind.HEALTH);
		assertThat(health.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(health.id()).isNull();
		assertThat(green.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(progress).extracting(OperationProgress::describe)
			.containsExactly("IN_PROGRESS: health UNREACHABLE", "IN_PROGRESS: health YELLOW",
					"SUCCEEDED: health GREEN");
		assertThat(progress).allSatisfy((seen) -> assertThat(seen.kind()).isEqualTo(OperationKind.HEALTH));
		api.server().verify(3, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
	}

	@Test
	void untilGreenThatDoesNotComeInTimeSaysHowToWaitAgain() {
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "YELLOW", ""))));

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> this.clusters.untilGreen(CLUSTER_ID).await(Duration.ofMillis(100)))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("The health of cluster " + CLUSTER_ID)
					.contains("last seen IN_PROGRESS: health YELLOW")
					.contains("client.follow(\"" + ex.getToken() + "\", Cluster.class)");
				assertThat(ex.getKind()).isEqualTo(OperationKind.HEALTH);
				assertThat(ex.getId()).isNull();
			});
	}

	@Test
	void deleteAnswers204AndIsAwaitedUntilTheClusterIsGone() {
		api.server().stubFor(delete(CLUSTER_PATH).willReturn(noContent()));
		api.stubInSequence(() -> get(CLUSTER_PATH), okJson(cluster(3, "GREEN", "")), okJson(cluster(3, "GREEN", "")),
				aResponse().withStatus(404)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"message\": \"Cluster not found.\", \"success\": false}"));

		PendingOperation<Void> deletion = this.clusters.delete(CLUSTER_ID);

		assertThat(deletion.kind()).isEqualTo(OperationKind.DELETE);
		assertThat(deletion.id()).isNull();
		assertThat(deletion.await(Duration.ofSeconds(5))).isNull();
		api.server().verify(deleteRequestedFor(urlEqualTo(CLUSTER_PATH)));
		api.server().verify(3, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
	}

	@Test
	void aDeletionRebuiltFromItsTokenOnlyWaitsForTheNotFound() {
		api.stubInSequence(() -> get(CLUSTER_PATH), okJson(cluster(3, "GREEN", "")),
				aResponse().withStatus(404)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"message\": \"Cluster not found.\", \"success\": false}"));
		List<String> progress = new ArrayList<>();

		api.server().stubFor(delete(CLUSTER_PATH).willReturn(noContent()));
		String token = this.clusters.delete(CLUSTER_ID).token();
		api.server().resetRequests();

		PendingOperation<Void> deletion = client().follow(token, Void.class);
		assertThat(api.server().getAllServeEvents()).as("nothing is asked before the wait").isEmpty();

		assertThat(deletion.await(Duration.ofSeconds(5), (seen) -> progress.add(seen.describe()))).isNull();
		assertThat(deletion.kind()).isEqualTo(OperationKind.DELETE);
		assertThat(progress).containsExactly("IN_PROGRESS: health GREEN", "SUCCEEDED: gone");
		api.server().verify(0, deleteRequestedFor(urlEqualTo(CLUSTER_PATH)));
		api.server().verify(2, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
	}

	@Test
	void aDeletionThatDoesNotFinishInTimeSaysSo() {
		api.server().stubFor(delete(CLUSTER_PATH).willReturn(noContent()));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> this.clusters.delete(CLUSTER_ID).await(Duration.ofMillis(100)))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("The deletion of cluster " + CLUSTER_ID)
					.contains("had not ended after PT0.1S")
					.contains("last seen IN_PROGRESS: health GREEN")
					.contains("404 once it is gone")
					.contains("client.follow(\"" + ex.getToken() + "\", Void.class)");
				assertThat(ex.getKind()).isEqualTo(OperationKind.DELETE);
				assertThat(ex.getClusterId()).isEqualTo(CLUSTER_ID);
				assertThat(ex.getId()).isNull();
				assertThat(ex.getLastSeen().status()).isEqualTo(OperationStatus.IN_PROGRESS);
			});
	}

	@Test
	void deletionProtectionTakesEffectAtOnce() {
		api.server().stubFor(put(CLUSTER_PATH + "deletion-protection/").willReturn(okJson(cluster(3, "GREEN", ""))));

		this.clusters.updateDeletionProtection(CLUSTER_ID, true);

		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "deletion-protection/"))
				.withRequestBody(equalToJson("{\"deletion_protected\": true}")));
	}

	@Test
	void restartNodeAnswers202() {
		api.server().stubFor(delete(CLUSTER_PATH + "nodes/2").willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"apiVersion\": \"v1\", \"code\": 200, \"kind\": \"Pod\", \"status\": \"Success\"}")));

		NodeRestart restart = this.clusters.restartNode(CLUSTER_ID, 2);

		assertThat(restart).isEqualTo(new NodeRestart("v1", 200, "Pod", "Success"));
	}

	@Test
	void transferSubscriptionWhichTheDocumentLacks() {
		api.unvalidated("api-notes.md: POST /clusters/{id}/transfer-subscription/ exists but is not in the document");
		String newSubscription = "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b";
		api.server().stubFor(post(CLUSTER_PATH + "transfer-subscription/").willReturn(okJson(cluster(3, "GREEN", ""))));

		this.clusters.transferSubscription(CLUSTER_ID, SUBSCRIPTION_ID, newSubscription);

		api.server()
			.verify(postRequestedFor(urlEqualTo(CLUSTER_PATH + "transfer-subscription/")).withRequestBody(equalToJson(
					"{\"old_subscription_id\": \"%s\", \"new_subscription_id\": \"%s\"}".formatted(SUBSCRIPTION_ID,
							newSubscription))));
	}

	@Test
	void checkNameTellsAvailableTakenAndInvalidApart() {
		api.server().stubFor(head(urlEqualTo("/api/v2/clusters/name/sensor-data/")).willReturn(status(404)));
		api.server().stubFor(head(urlEqualTo("/api/v2/clusters/name/telemetry-prod/")).willReturn(status(200)));
		api.server().stubFor(head(urlEqualTo("/api/v2/clusters/name/bad%20name/")).willReturn(status(400)));

		assertThat(this.clusters.checkName("sensor-data")).isEqualTo(ClusterNameAvailability.AVAILABLE);
		assertThat(this.clusters.checkName("telemetry-prod")).isEqualTo(ClusterNameAvailability.TAKEN);
		assertThat(this.clusters.checkName("bad name")).isEqualTo(ClusterNameAvailability.INVALID);
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> spec().password("too-short"))
			.withMessageContaining("cluster.password");
		assertThatIllegalArgumentException().isThrownBy(() -> spec().name("ab")).withMessageContaining("cluster.name");
		assertThatIllegalArgumentException().isThrownBy(() -> spec().product("-cr1"))
			.withMessageContaining("cluster.product_name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClusterCreateRequest.inProject("not-a-uuid", SUBSCRIPTION_ID, spec().build()))
			.withMessageContaining("project_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.updatePassword(CLUSTER_ID, "short"))
			.withMessageContaining("password");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.scale(CLUSTER_ID, -1))
			.withMessageContaining("product_unit");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.upgrade(" ", "5.10.4"))
			.withMessageContaining("cluster_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.restartNode(CLUSTER_ID, -1))
			.withMessageContaining("ordinal");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.delete(" "))
			.withMessageContaining("cluster_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.untilGreen(""))
			.withMessageContaining("cluster_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
		assertThat(spec().build().toString()).doesNotContain(PASSWORD);
	}

	private static ClusterSpec.Builder spec() {
		return ClusterSpec.builder()
			.name("sensor-data")
			.product("cr1")
			.productTier("default")
			.crateVersion("5.10.3")
			.username("admin")
			.password(PASSWORD);
	}

	private static CrateCloudClient client() {
		return TestClients.builder(api)
			.retry(RetrySettings.disabled())
			.operationPollInterval(Duration.ofMillis(10))
			.build();
	}

	/**
	 * Answers to the operations of a type, one per poll, the last one for every poll after;
	 * a {@code null} answer is a 503 from the gateway.
	 */
	private static void stubOperations(String type, String... answers) {
		ResponseDefinitionBuilder[] responses = new ResponseDefinitionBuilder[answers.length];
		for (int i = 0; i < answers.length; i++) {
			responses[i] = (answers[i] != null) ? okJson(answers[i]) : status(503);
		}
		api.stubInSequence(() -> get(urlPathEqualTo(OPERATIONS_PATH)).withQueryParam("type", equalTo(type)), responses);
	}

	private static String operations(String type, String id, String status, String message) {
		return "{\"operations\": [" + operation(type, id, status, message) + "]}";
	}

	/** An operation created two seconds after the service accepted the change. */
	private static String operation(String type, String id, String status, String message) {
		return operation(type, id, status, message, "2026-07-10T10:41:02.983000+00:00");
	}

	private static String operation(String type, String id, String status, String message, String created) {
		return """
				{"id": "%s", "type": "%s", "status": "%s", "entity": "CLUSTER", "entity_id": "%s",
				 "feedback_data": %s, "non_sensitive_data": {},
				 "dc": {"created": "%s", "modified": "%s"}}
				""".formatted(id, type, status, CLUSTER_ID,
				(message != null) ? "{\"message\": \"" + message + "\"}" : "{}", created, created);
	}

	/**
	 * The answer to a change: the cluster, dated by the service's clock, as it accepted the
	 * change.
	 */
	private static ResponseDefinitionBuilder accepted(String cluster) {
		return okJson(cluster).withHeader("Date", ACCEPTED);
	}

	private static String cluster(int numNodes, String health, String lastSeen) {
		return """
				{"id": "%s", "name": "sensor-data", "crate_version": "5.10.3", "num_nodes": %d,
				 "project_id": "%s", "subscription_id": "%s", "product_name": "cr1", "product_tier": "default",
				 "product_unit": 2, "channel": "stable", "username": "admin", "suspended": false,
				 "deletion_protected": false,
				 "fqdn": "sensor-data.aks1.eastus2.azure.cratedb.net.",
				 "url": "https://sensor-data.aks1.eastus2.azure.cratedb.net:4200",
				 "health": {"status": "%s", "running_operation": "CREATE", "last_seen": "%s"}}
				""".formatted(CLUSTER_ID, numNodes, PROJECT_ID, SUBSCRIPTION_ID, health, lastSeen);
	}

}
