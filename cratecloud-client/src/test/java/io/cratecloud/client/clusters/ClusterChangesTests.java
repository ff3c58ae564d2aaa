package io.cratecloud.client.clusters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ClustersClient clusters = client().clusters();

	@Test
	void deployPostsTheClusterAndAwaitsItsCreation() {
		api.server()
			.stubFor(post("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody(cluster(3, "UNREACHABLE", ""))));
		stubOperations("CREATE", operations("CREATE", NEW_OPERATION_ID, "REGISTERED", null),
				operations("CREATE", NEW_OPERATION_ID, "IN_PROGRESS", "Creating cluster"),
				operations("CREATE", NEW_OPERATION_ID, "SUCCEEDED", "Cluster created"));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", "2026-07-10T10:45:00.000000"))));
		ClusterDeployment deployment = ClusterDeployment.inProject(PROJECT_ID, SUBSCRIPTION_ID,
				ClusterSpec.of("sensor-data", "cr1", "default", "5.10.3", "admin", PASSWORD).withProductUnit(2));
		List<String> progress = new ArrayList<>();

		ClusterChange change = this.clusters.deploy(ORGANIZATION_ID, deployment);
		Cluster deployed = change.await(Duration.ofSeconds(5),
				(operation) -> progress.add(operation.status() + ":" + operation.feedbackMessage()));

		assertThat(change.type()).isEqualTo(OperationType.CREATE);
		assertThat(change.cluster().health().status()).isEqualTo(ClusterHealthStatus.UNREACHABLE);
		assertThat(deployed.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(progress).containsExactly("REGISTERED:null", "IN_PROGRESS:Creating cluster",
				"SUCCEEDED:Cluster created");
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/"))
				.withRequestBody(equalToJson("""
						{"project_id": "%s", "subscription_id": "%s",
						 "cluster": {"name": "sensor-data", "product_name": "cr1", "product_tier": "default",
						             "product_unit": 2, "crate_version": "5.10.3", "username": "admin",
						             "password": "%s"}}
						""".formatted(PROJECT_ID, SUBSCRIPTION_ID, PASSWORD))));
		api.server()
			.verify(getRequestedFor(urlPathEqualTo(OPERATIONS_PATH)).withQueryParam("type", equalTo("CREATE"))
				.withQueryParam("limit", equalTo("1")));
	}

	@Test
	void deployIntoANewProjectAndAwaitGreen() {
		api.server()
			.stubFor(post("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/")
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody(cluster(1, "UNREACHABLE", ""))));
		api.stubInSequence(() -> get(CLUSTER_PATH), okJson(cluster(1, "UNREACHABLE", "")),
				okJson(cluster(1, "YELLOW", "2026-07-10T10:44:00.000000")),
				okJson(cluster(1, "GREEN", "2026-07-10T10:45:00.000000")));
		ClusterDeployment deployment = ClusterDeployment.inNewProject(NewProject.of("telemetry", "aks1.eastus2.azure"),
				SUBSCRIPTION_ID, ClusterSpec.of("sensor-data", "cr1", "default", "5.10.3", "admin", PASSWORD));

		Cluster green = this.clusters.deploy(ORGANIZATION_ID, deployment).awaitGreen(Duration.ofSeconds(5));

		assertThat(green.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/clusters/"))
				.withRequestBody(equalToJson("""
						{"subscription_id": "%s", "project": {"name": "telemetry", "region": "aks1.eastus2.azure"},
						 "cluster": {"name": "sensor-data", "product_name": "cr1", "product_tier": "default",
						             "crate_version": "5.10.3", "username": "admin", "password": "%s"}}
						""".formatted(SUBSCRIPTION_ID, PASSWORD))));
	}

	@Test
	void anOlderOperationOfTheSameTypeIsNeverTakenForTheNewOne() {
		api.server().stubFor(put(CLUSTER_PATH + "scale/").willReturn(okJson(cluster(3, "GREEN", ""))));
		// Before the change the newest SCALE is an old, SUCCEEDED one; it stays the answer for
		// two more polls before the new operation appears.
		String old = operations("SCALE", OLD_OPERATION_ID, "SUCCEEDED", "Scaled last week");
		stubOperations("SCALE", old, old, old, operations("SCALE", NEW_OPERATION_ID, "IN_PROGRESS", null),
				operations("SCALE", NEW_OPERATION_ID, "SUCCEEDED", null));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(5, "GREEN", ""))));
		List<String> seen = new ArrayList<>();

		Cluster scaled = this.clusters.scale(CLUSTER_ID, 2)
			.await(Duration.ofSeconds(5), (operation) -> seen.add(operation.id() + ":" + operation.status()));

		assertThat(scaled.numNodes()).isEqualTo(5);
		assertThat(seen).containsExactly(NEW_OPERATION_ID + ":IN_PROGRESS", NEW_OPERATION_ID + ":SUCCEEDED");
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "scale/"))
				.withRequestBody(equalToJson("{\"product_unit\": 2}")));
	}

	@Test
	void operationsOfOtherTypesAreIgnoredEvenIfTheServerSendsThem() {
		api.server().stubFor(put(CLUSTER_PATH + "upgrade/").willReturn(okJson(cluster(3, "GREEN", ""))));
		// The server may ignore 'type' and 'limit' and answer with every operation.
		String all = """
				{"operations": [
				  %s, %s
				]}
				""".formatted(operation("SCALE", OLD_OPERATION_ID, "IN_PROGRESS", null),
				operation("UPGRADE", NEW_OPERATION_ID, "SUCCEEDED", null));
		stubOperations("UPGRADE", "{\"operations\": []}", all);
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		this.clusters.upgrade(CLUSTER_ID, "5.10.4").await(Duration.ofSeconds(5));

		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "upgrade/"))
				.withRequestBody(equalToJson("{\"crate_version\": \"5.10.4\"}")));
	}

	@Test
	void aFailedChangeThrowsWithTheFeedbackMessage() {
		api.server().stubFor(put(CLUSTER_PATH + "storage/").willReturn(okJson(cluster(3, "GREEN", ""))));
		stubOperations("EXPAND_STORAGE", "{\"operations\": []}",
				operations("EXPAND_STORAGE", NEW_OPERATION_ID, "FAILED", "Disk quota exceeded in region"));

		assertThatExceptionOfType(ClusterChangeFailedException.class)
			.isThrownBy(() -> this.clusters.expandStorage(CLUSTER_ID, 549_755_813_888L).await(Duration.ofSeconds(5)))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("EXPAND_STORAGE")
					.contains("FAILED")
					.contains("Disk quota exceeded in region");
				assertThat(ex.getServerMessage()).isEqualTo("Disk quota exceeded in region");
				assertThat(ex.getOperation().id()).isEqualTo(NEW_OPERATION_ID);
			});
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "storage/"))
				.withRequestBody(equalToJson("{\"disk_size_per_node_bytes\": 549755813888}")));
	}

	@Test
	void aChangeThatDoesNotFinishInTimeSaysItGoesOnAndHowToFollowIt() {
		api.server().stubFor(put(CLUSTER_PATH + "suspend/").willReturn(okJson(cluster(3, "GREEN", ""))));
		api.server()
			.stubFor(get(urlPathEqualTo(OPERATIONS_PATH))
				.willReturn(okJson(operations("SUSPEND", NEW_OPERATION_ID, "IN_PROGRESS", "Waiting for backup"))));
		ClusterChange change = this.clusters.suspend(CLUSTER_ID);
		// Taking the newest SUSPEND before the change as the previous one would hide it: the
		// stub answers the same before and after, so the wait must time out.

		assertThatExceptionOfType(ClusterChangeTimeoutException.class)
			.isThrownBy(() -> change.await(Duration.ofMillis(200)))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("SUSPEND")
				.contains("had not finished after PT0.2S")
				.contains("goes on server-side")
				.contains("GET /api/v2/clusters/" + CLUSTER_ID + "/operations/?type=SUSPEND"));
		api.server()
			.verify(putRequestedFor(urlEqualTo(CLUSTER_PATH + "suspend/"))
				.withRequestBody(equalToJson("{\"suspended\": true}")));
	}

	@Test
	void transientErrorsWhilePollingAreNotFatal() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.server().stubFor(put(CLUSTER_PATH + "suspend/").willReturn(okJson(cluster(3, "SUSPENDED", ""))));
		stubOperations("SUSPEND", "{\"operations\": []}", null,
				operations("SUSPEND", NEW_OPERATION_ID, "SUCCEEDED", null));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		Cluster resumed = this.clusters.resume(CLUSTER_ID).await(Duration.ofSeconds(5));

		assertThat(resumed.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
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

		assertThat(this.clusters.changeProduct(CLUSTER_ID, "cr2").type()).isEqualTo(OperationType.CHANGE_COMPUTE);
		assertThat(this.clusters.setBackupSchedule(CLUSTER_ID, "2,14").type())
			.isEqualTo(OperationType.BACKUP_SCHEDULE_UPDATE);
		assertThat(this.clusters
			.setIpAllowlist(CLUSTER_ID, List.of(new IpWhitelistEntry("203.0.113.0/24", "office")))
			.type()).isEqualTo(OperationType.ALLOWED_CIDR_UPDATE);
		ClusterChange password = this.clusters.changePassword(CLUSTER_ID, PASSWORD);

		assertThat(password.type()).isEqualTo(OperationType.PASSWORD_UPDATE);
		assertThat(password.cluster().name()).isEqualTo("sensor-data");
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
	}

	@Test
	void restoreSnapshotAwaitsTheRestore() {
		api.server().stubFor(post(CLUSTER_PATH + "snapshots/restore/").willReturn(okJson("""
				{"repository": "system_backup", "snapshot": "2026-07-09t12-00-00", "project_id": "%s",
				 "dc": {"created": "2026-07-09T12:00:00+00:00"}}
				""".formatted(PROJECT_ID))));
		stubOperations("RESTORE_SNAPSHOT", "{\"operations\": []}",
				operations("RESTORE_SNAPSHOT", NEW_OPERATION_ID, "SUCCEEDED", null));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		ClusterChange restore = this.clusters.restoreSnapshot(CLUSTER_ID,
				SnapshotRestore.tables("system_backup", "2026-07-09t12-00-00", List.of("doc.sensor_readings")));

		assertThat(restore.cluster()).isNull();
		assertThat(restore.await(Duration.ofSeconds(5)).id()).isEqualTo(CLUSTER_ID);
		api.server()
			.verify(postRequestedFor(urlEqualTo(CLUSTER_PATH + "snapshots/restore/")).withRequestBody(equalToJson("""
					{"repository": "system_backup", "snapshot": "2026-07-09t12-00-00", "type": "tables",
					 "tables": ["doc.sensor_readings"]}
					""")));
	}

	@Test
	void aSecondChangeWhileOneRunsIsRefusedWithItsOwnException() {
		api.server().stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(okJson("{\"operations\": []}")));
		api.server()
			.stubFor(put(CLUSTER_PATH + "scale/").willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Another cluster operation is already in progress.\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudOperationInProgressException.class)
			.isThrownBy(() -> this.clusters.scale(CLUSTER_ID, 3))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getMessage()).contains("already in progress").contains("wait for the running change");
			});
	}

	@Test
	void deleteAnswers204AndIsAwaitedUntilTheClusterIsGone() {
		api.server().stubFor(delete(CLUSTER_PATH).willReturn(noContent()));
		api.stubInSequence(() -> get(CLUSTER_PATH), okJson(cluster(3, "GREEN", "")), okJson(cluster(3, "GREEN", "")),
				aResponse().withStatus(404)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"message\": \"Cluster not found.\", \"success\": false}"));

		ClusterDeletion deletion = this.clusters.delete(CLUSTER_ID);
		deletion.await(Duration.ofSeconds(5));

		api.server().verify(deleteRequestedFor(urlEqualTo(CLUSTER_PATH)));
		api.server().verify(3, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
	}

	@Test
	void aDeletionThatDoesNotFinishInTimeSaysSo() {
		api.server().stubFor(delete(CLUSTER_PATH).willReturn(noContent()));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster(3, "GREEN", ""))));

		assertThatExceptionOfType(ClusterChangeTimeoutException.class)
			.isThrownBy(() -> this.clusters.delete(CLUSTER_ID).await(Duration.ofMillis(100)))
			.withMessageContaining("still there")
			.withMessageContaining("404 once it is gone");
	}

	@Test
	void deletionProtectionTakesEffectAtOnce() {
		api.server().stubFor(put(CLUSTER_PATH + "deletion-protection/").willReturn(okJson(cluster(3, "GREEN", ""))));

		this.clusters.setDeletionProtection(CLUSTER_ID, true);

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
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClusterSpec.of("sensor-data", "cr1", "default", "5.10.3", "admin", "too-short"))
			.withMessageContaining("cluster.password");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClusterSpec.of("ab", "cr1", "default", "5.10.3", "admin", PASSWORD))
			.withMessageContaining("cluster.name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClusterSpec.of("sensor-data", "-cr1", "default", "5.10.3", "admin", PASSWORD))
			.withMessageContaining("cluster.product_name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClusterDeployment.inProject("not-a-uuid", SUBSCRIPTION_ID,
					ClusterSpec.of("sensor-data", "cr1", "default", "5.10.3", "admin", PASSWORD)))
			.withMessageContaining("project_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.changePassword(CLUSTER_ID, "short"))
			.withMessageContaining("password");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.scale(CLUSTER_ID, -1))
			.withMessageContaining("product_unit");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.upgrade(" ", "5.10.4"))
			.withMessageContaining("cluster_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.clusters.restartNode(CLUSTER_ID, -1))
			.withMessageContaining("ordinal");
		assertThat(api.server().getAllServeEvents()).isEmpty();
		assertThat(ClusterSpec.of("sensor-data", "cr1", "default", "5.10.3", "admin", PASSWORD).toString())
			.doesNotContain(PASSWORD);
	}

	private static CrateCloudClient client() {
		return CrateCloudClient.builder()
			.apiKey(CrateCloudApiMock.API_KEY)
			.apiSecret(CrateCloudApiMock.API_SECRET)
			.baseUrl(api.baseUrl())
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

	private static String operation(String type, String id, String status, String message) {
		return """
				{"id": "%s", "type": "%s", "status": "%s", "entity": "CLUSTER", "entity_id": "%s",
				 "feedback_data": %s, "non_sensitive_data": {},
				 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:42:02.983000+00:00"}}
				""".formatted(id, type, status, CLUSTER_ID,
				(message != null) ? "{\"message\": \"" + message + "\"}" : "{}");
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
