package io.cratecloud.client.observation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.ExportJob;
import io.cratecloud.client.datajobs.ExportJobRequest;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobRequest;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationView;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.observation.tck.TestObservationRegistryAssert.TestObservationRegistryAssertReturningObservationContextAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every {@code await} is one {@code cratecloud.operation.await} observation, from the first
 * poll to the end of the wait, tagged with what was waited for and how the wait ended.
 */
class OperationAwaitObservationTests {

	private static final String AWAIT = "cratecloud.operation.await";

	private static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String PROJECT_ID = "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d";

	private static final String SUBSCRIPTION_ID = "5c2e7a91-3d4b-4f68-b0a2-9e1c6d8f4a25";

	private static final String OPERATION_ID = "99999999-8888-4777-8666-555555555555";

	private static final String IMPORT_JOB_ID = "c7a3e1f2-4b5d-4e6f-8a9b-0c1d2e3f4a5b";

	private static final String EXPORT_JOB_ID = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b";

	private static final String CLUSTER_PATH = "/api/v2/clusters/" + CLUSTER_ID + "/";

	private static final String OPERATIONS_PATH = CLUSTER_PATH + "operations/";

	private static final String IMPORT_JOB_PATH = CLUSTER_PATH + "import-jobs/" + IMPORT_JOB_ID + "/";

	private static final String EXPORT_JOB_PATH = CLUSTER_PATH + "export-jobs/" + EXPORT_JOB_ID + "/";

	private static final String DC = """
			{"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:43:17.402000+00:00"}""";

	private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

	private static final Duration SHORT = Duration.ofMillis(100);

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final CrateCloudClient client = TestClients.builder(api)
		.retry(RetrySettings.disabled())
		.operationPollInterval(Duration.ofMillis(10))
		.observationRegistry(this.registry)
		.build();

	@Test
	void aClusterChangeThatSucceedsIsObservedAsSucceededAndParentsItsPolls() {
		// Two polls.
		stubOperations("SCALE", operations("SCALE", "IN_PROGRESS"), operations("SCALE", "SUCCEEDED"));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster("GREEN"))));
		PendingOperation<Cluster> change = scale();

		change.await(LONG_ENOUGH);

		awaitObservation().hasLowCardinalityKeyValue("operation", "SCALE")
			.hasLowCardinalityKeyValue("outcome", "SUCCEEDED")
			.hasHighCardinalityKeyValue("cratecloud.cluster.id", CLUSTER_ID)
			.hasHighCardinalityKeyValue("cratecloud.job.id", "none")
			.hasContextualNameEqualTo("cratecloud await scale")
			.doesNotHaveLowCardinalityKeyValueWithKey("team")
			.doesNotHaveError();
		// The two polls and the final read of the cluster happen within the wait; the change
		// itself does not.
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasHandledContextsThatSatisfy((contexts) -> assertThat(httpRequests(contexts))
				.extracting((context) -> context.getLowCardinalityKeyValue("method").getValue() + " "
						+ parentName(context))
				.containsExactly("PUT null", "GET " + AWAIT, "GET " + AWAIT, "GET " + AWAIT));
	}

	@Test
	void aClusterChangeThatFailsIsObservedAsFailed() {
		stubOperations("SCALE", "{\"operations\": []}", operations("SCALE", "FAILED"));
		PendingOperation<Cluster> change = scale();

		assertThatExceptionOfType(CrateCloudOperationFailedException.class).isThrownBy(() -> change.await(LONG_ENOUGH));

		awaitObservation().hasLowCardinalityKeyValue("operation", "SCALE")
			.hasLowCardinalityKeyValue("outcome", "FAILED")
			.assertThatError()
			.isInstanceOf(CrateCloudOperationFailedException.class);
	}

	@Test
	void aClusterChangeThatTimesOutIsObservedAsTimeout() {
		stubOperations("SCALE", "{\"operations\": []}", operations("SCALE", "IN_PROGRESS"));
		PendingOperation<Cluster> change = scale();

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class).isThrownBy(() -> change.await(SHORT));

		awaitObservation().hasLowCardinalityKeyValue("operation", "SCALE")
			.hasLowCardinalityKeyValue("outcome", "TIMEOUT")
			.assertThatError()
			.isInstanceOf(CrateCloudOperationTimeoutException.class);
	}

	@Test
	void aClusterChangeWhosePollsAreRefusedIsObservedAsError() {
		// Before the change, right after it (nothing yet), then a refused poll.
		stubOperations("SCALE", "{\"operations\": []}", "{\"operations\": []}", null);
		PendingOperation<Cluster> change = scale();

		assertThatExceptionOfType(CrateCloudPermissionException.class).isThrownBy(() -> change.await(LONG_ENOUGH));

		awaitObservation().hasLowCardinalityKeyValue("operation", "SCALE")
			.hasLowCardinalityKeyValue("outcome", "ERROR")
			.assertThatError()
			.isInstanceOf(CrateCloudPermissionException.class);
	}

	@Test
	void waitingForGreenIsObservedAsHealth() {
		api.stubInSequence(() -> get(CLUSTER_PATH), okJson(cluster("YELLOW")), okJson(cluster("GREEN")));
		this.client.clusters().untilGreen(CLUSTER_ID).await(LONG_ENOUGH);

		awaitObservation().hasLowCardinalityKeyValue("operation", "HEALTH")
			.hasLowCardinalityKeyValue("outcome", "SUCCEEDED")
			.hasContextualNameEqualTo("cratecloud await health")
			.doesNotHaveError();
	}

	@Test
	void waitingForGreenInVainIsObservedAsTimeout() {
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster("YELLOW"))));
		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> this.client.clusters().untilGreen(CLUSTER_ID).await(SHORT));

		awaitObservation().hasLowCardinalityKeyValue("operation", "HEALTH")
			.hasLowCardinalityKeyValue("outcome", "TIMEOUT");
	}

	@Test
	void waitingForGreenOfAClusterThatIsGoneIsObservedAsError() {
		api.server().stubFor(get(CLUSTER_PATH).willReturn(notFound("Cluster not found.")));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters().untilGreen(CLUSTER_ID).await(LONG_ENOUGH));

		awaitObservation().hasLowCardinalityKeyValue("operation", "HEALTH")
			.hasLowCardinalityKeyValue("outcome", "ERROR")
			.assertThatError()
			.isInstanceOf(CrateCloudNotFoundException.class);
	}

	@Test
	void aDeletionIsObservedAsDeleteAndOnlyItsPollsAreWithinIt() {
		api.server().stubFor(delete(CLUSTER_PATH).willReturn(noContent()));
		api.stubInSequence(() -> get(CLUSTER_PATH), okJson(cluster("GREEN")), notFound("Cluster not found."));

		this.client.clusters().delete(CLUSTER_ID).await(LONG_ENOUGH);

		awaitObservation().hasLowCardinalityKeyValue("operation", "DELETE")
			.hasLowCardinalityKeyValue("outcome", "SUCCEEDED")
			.doesNotHaveError();
		// The deletion itself is not part of the wait; each of its two polls is.
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasHandledContextsThatSatisfy((contexts) -> assertThat(httpRequests(contexts))
				.extracting((context) -> context.getLowCardinalityKeyValue("method").getValue() + " "
						+ parentName(context))
				.containsExactly("DELETE null", "GET " + AWAIT, "GET " + AWAIT));
	}

	@Test
	void aDeletionThatDoesNotFinishInTimeIsObservedAsTimeout() {
		api.server().stubFor(delete(CLUSTER_PATH).willReturn(noContent()));
		api.server().stubFor(get(CLUSTER_PATH).willReturn(okJson(cluster("GREEN"))));

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> this.client.clusters().delete(CLUSTER_ID).await(SHORT));

		awaitObservation().hasLowCardinalityKeyValue("operation", "DELETE")
			.hasLowCardinalityKeyValue("outcome", "TIMEOUT");
	}

	@Test
	void anImportJobThatSucceedsIsObservedAsImportWithTheJobsId() {
		api.stubInSequence(() -> get(IMPORT_JOB_PATH), okJson(importJob("IN_PROGRESS")), okJson(importJob("SUCCEEDED")));

		startedImport(this.client).await(LONG_ENOUGH);

		awaitObservation().hasLowCardinalityKeyValue("operation", "IMPORT")
			.hasLowCardinalityKeyValue("outcome", "SUCCEEDED")
			.hasHighCardinalityKeyValue("cratecloud.cluster.id", CLUSTER_ID)
			.hasHighCardinalityKeyValue("cratecloud.job.id", IMPORT_JOB_ID)
			.doesNotHaveError();
	}

	@Test
	void anImportJobThatFailsIsObservedAsFailed() {
		api.stubInSequence(() -> get(IMPORT_JOB_PATH), okJson(importJob("FAILED")));

		assertThatExceptionOfType(CrateCloudOperationFailedException.class)
			.isThrownBy(() -> startedImport(this.client).await(LONG_ENOUGH));

		awaitObservation().hasLowCardinalityKeyValue("operation", "IMPORT")
			.hasLowCardinalityKeyValue("outcome", "FAILED")
			.assertThatError()
			.isInstanceOf(CrateCloudOperationFailedException.class);
	}

	@Test
	void anImportJobThatTimesOutIsObservedAsTimeout() {
		api.stubInSequence(() -> get(IMPORT_JOB_PATH), okJson(importJob("IN_PROGRESS")));

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> startedImport(this.client).await(SHORT));

		awaitObservation().hasLowCardinalityKeyValue("operation", "IMPORT")
			.hasLowCardinalityKeyValue("outcome", "TIMEOUT");
	}

	@Test
	void anImportJobThatIsGoneIsObservedAsError() {
		api.stubInSequence(() -> get(IMPORT_JOB_PATH), notFound("Resource not found."));

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> startedImport(this.client).await(LONG_ENOUGH));

		awaitObservation().hasLowCardinalityKeyValue("operation", "IMPORT")
			.hasLowCardinalityKeyValue("outcome", "ERROR");
	}

	@Test
	void exportJobsAreObservedAsExport() {
		api.stubInSequence(() -> get(EXPORT_JOB_PATH), okJson(exportJob("FAILED")));

		assertThatExceptionOfType(CrateCloudOperationFailedException.class)
			.isThrownBy(() -> startedExport(this.client).await(LONG_ENOUGH));

		awaitObservation().hasLowCardinalityKeyValue("operation", "EXPORT")
			.hasLowCardinalityKeyValue("outcome", "FAILED")
			.hasHighCardinalityKeyValue("cratecloud.job.id", EXPORT_JOB_ID);
	}

	@Test
	void withoutARegistryNothingIsObservedAndWaitsStillWork() {
		api.stubInSequence(() -> get(IMPORT_JOB_PATH), okJson(importJob("SUCCEEDED")));
		CrateCloudClient unobserved = TestClients.client(api);

		startedImport(unobserved).await(LONG_ENOUGH);

		TestObservationRegistryAssert.assertThat(this.registry).doesNotHaveAnyObservation();
	}

	@Test
	void aCustomConventionSetOnTheBuilderNamesAndTagsTheWait() {
		api.stubInSequence(() -> get(IMPORT_JOB_PATH), okJson(importJob("IN_PROGRESS")), okJson(importJob("SUCCEEDED")));
		CrateCloudClient customized = TestClients.builder(api)
			.retry(RetrySettings.disabled())
			.operationPollInterval(Duration.ofMillis(10))
			.observationRegistry(this.registry)
			.operationAwaitObservationConvention(new TeamConvention())
			.build();

		startedImport(customized).await(LONG_ENOUGH);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(AWAIT, 0)
			.hasNumberOfObservationsWithNameEqualTo("acme.cratecloud.wait", 1)
			.hasObservationWithNameEqualTo("acme.cratecloud.wait")
			.that()
			.hasBeenStopped()
			.hasContextualNameEqualTo("acme waits for import")
			.hasLowCardinalityKeyValue("team", "data-platform")
			.hasLowCardinalityKeyValue("operation", "IMPORT")
			.hasLowCardinalityKeyValue("outcome", "SUCCEEDED");
	}

	@Test
	void withoutACustomConventionTheDefaultOneIsUsed() {
		api.stubInSequence(() -> get(IMPORT_JOB_PATH), okJson(importJob("SUCCEEDED")));
		CrateCloudClient defaulted = TestClients.builder(api)
			.retry(RetrySettings.disabled())
			.observationRegistry(this.registry)
			.operationAwaitObservationConvention(null)
			.build();

		startedImport(defaulted).await(LONG_ENOUGH);

		awaitObservation().hasContextualNameEqualTo("cratecloud await import")
			.doesNotHaveLowCardinalityKeyValueWithKey("team");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("acme.cratecloud.wait", 0);
	}

	private TestObservationRegistryAssertReturningObservationContextAssert awaitObservation() {
		return TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(AWAIT, 1)
			.hasObservationWithNameEqualTo(AWAIT)
			.that()
			.hasBeenStarted()
			.hasBeenStopped();
	}

	private static List<Observation.Context> httpRequests(List<Observation.Context> contexts) {
		return contexts.stream().filter((context) -> "http.client.requests".equals(context.getName())).toList();
	}

	private static @Nullable String parentName(Observation.Context context) {
		ObservationView parent = context.getParentObservation();
		return (parent != null) ? parent.getContextView().getName() : null;
	}

	/**
	 * A scale whose operation is followed with the stubs of the test.
	 */
	private PendingOperation<Cluster> scale() {
		api.server().stubFor(put(CLUSTER_PATH + "scale/").willReturn(okJson(cluster("GREEN"))));
		return this.client.clusters().scale(CLUSTER_ID, 2);
	}

	/**
	 * Answers to the operations of a type, one per request, the last one for every request
	 * after; a {@code null} answer is a {@code 403}.
	 */
	private static void stubOperations(String type, String... answers) {
		ResponseDefinitionBuilder[] responses = new ResponseDefinitionBuilder[answers.length];
		for (int i = 0; i < answers.length; i++) {
			responses[i] = (answers[i] != null) ? okJson(answers[i])
					: aResponse().withStatus(403)
						.withHeader("Content-Type", "application/json")
						.withBody("{\"message\": \"Permission denied.\", \"success\": false}");
		}
		api.stubInSequence(() -> get(urlPathEqualTo(OPERATIONS_PATH)).withQueryParam("type", equalTo(type)), responses);
	}

	private static ResponseDefinitionBuilder notFound(String message) {
		return aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"" + message + "\", \"success\": false}");
	}

	private static String operations(String type, String status) {
		return """
				{"operations": [{"id": "%s", "type": "%s", "status": "%s", "entity": "CLUSTER", "entity_id": "%s",
				 "feedback_data": {}, "non_sensitive_data": {},
				 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:42:02.983000+00:00"}}]}
				""".formatted(OPERATION_ID, type, status, CLUSTER_ID);
	}

	private static String cluster(String health) {
		return """
				{"id": "%s", "name": "sensor-data", "crate_version": "5.10.3", "num_nodes": 3,
				 "project_id": "%s", "subscription_id": "%s", "product_name": "cr1", "product_tier": "default",
				 "product_unit": 2, "channel": "stable", "username": "admin", "suspended": false,
				 "deletion_protected": false,
				 "fqdn": "sensor-data.aks1.eastus2.azure.cratedb.net.",
				 "url": "https://sensor-data.aks1.eastus2.azure.cratedb.net:4200",
				 "health": {"status": "%s", "running_operation": "SCALE", "last_seen": "2026-07-10T10:45:00.000000"}}
				""".formatted(CLUSTER_ID, PROJECT_ID, SUBSCRIPTION_ID, health);
	}

	/** An import job started with the client, whose polls the test stubs. */
	private static PendingOperation<ImportJob> startedImport(CrateCloudClient client) {
		api.server()
			.stubFor(post(CLUSTER_PATH + "import-jobs/").willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(importJob("REGISTERED"))));
		return client.dataJobs()
			.imports()
			.create(CLUSTER_ID, ImportJobRequest.fromUrl(
					"https://cdn.crate.io/downloads/datasets/cratedb-datasets/cloud-tutorials/data_weather.csv.gz",
					DataJobFormat.CSV, "doc.weather-data"));
	}

	/** An export job started with the client, whose polls the test stubs. */
	private static PendingOperation<ExportJob> startedExport(CrateCloudClient client) {
		api.server()
			.stubFor(post(CLUSTER_PATH + "export-jobs/").willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(exportJob("REGISTERED"))));
		return client.dataJobs().exports().create(CLUSTER_ID, ExportJobRequest.of("doc.weather-data", DataJobFormat.CSV));
	}

	private static String importJob(String status) {
		return """
				{"id": "%s", "cluster_id": "%s", "type": "url", "format": "csv", "compression": "gzip",
				 "destination": {"table": "doc.weather-data", "create_table": true},
				 "url": {"url": "https://cdn.crate.io/downloads/datasets/cratedb-datasets/cloud-tutorials/data_weather.csv.gz"},
				 "status": "%s",
				 "progress": {"bytes": 0, "details": {}, "failed_files": 0, "failed_records": 0, "message": "",
				              "percent": 0, "processed_files": 0, "records": 0, "total_files": 1,
				              "total_records": 140000},
				 "dc": %s}
				""".formatted(IMPORT_JOB_ID, CLUSTER_ID, status, DC);
	}

	private static String exportJob(String status) {
		return """
				{"id": "%s", "cluster_id": "%s", "source": {"table": "doc.weather-data"},
				 "destination": {"format": "csv"}, "status": "%s",
				 "progress": {"bytes": 0, "details": {}, "failed_records": 0, "message": "Table doc.weather-data does not exist",
				              "percent": 0, "records": 0, "total_records": 140000},
				 "dc": %s}
				""".formatted(EXPORT_JOB_ID, CLUSTER_ID, status, DC);
	}

	/**
	 * A team's own convention: its own name, and a tag the default one does not have.
	 */
	static final class TeamConvention extends DefaultOperationAwaitObservationConvention {

		TeamConvention() {
			super("acme.cratecloud.wait");
		}

		@Override
		public String getContextualName(OperationAwaitObservationContext context) {
			return "acme waits for " + context.getOperation().toLowerCase(Locale.ROOT);
		}

		@Override
		public KeyValues getLowCardinalityKeyValues(OperationAwaitObservationContext context) {
			return super.getLowCardinalityKeyValues(context).and("team", "data-platform");
		}

	}

}
