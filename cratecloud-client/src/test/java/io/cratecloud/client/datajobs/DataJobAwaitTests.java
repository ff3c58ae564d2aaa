package io.cratecloud.client.datajobs;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.HttpMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.cratecloud.client.datajobs.DataJobsClientTests.CLUSTER_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.DC;
import static io.cratecloud.client.datajobs.DataJobsClientTests.EXPORT_JOB;
import static io.cratecloud.client.datajobs.DataJobsClientTests.EXPORT_JOBS;
import static io.cratecloud.client.datajobs.DataJobsClientTests.EXPORT_JOB_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.FILE_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.IMPORT_JOB;
import static io.cratecloud.client.datajobs.DataJobsClientTests.IMPORT_JOBS;
import static io.cratecloud.client.datajobs.DataJobsClientTests.IMPORT_JOB_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.ORG_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DataJobAwaitTests {

	private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final String URL = "https://cdn.crate.io/downloads/datasets/cratedb-datasets/cloud-tutorials/data_weather.csv.gz";

	private final DataJobsClient dataJobs = TestClients.builder(api)
		.retry(RetrySettings.disabled())
		.operationPollInterval(Duration.ofMillis(20))
		.build()
		.dataJobs();

	private final List<String> heard = new ArrayList<>();

	@Test
	void aFollowedImportJobIsPolledUntilItSucceedsAndEachChangeIsReported() {
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(importJob("REGISTERED", 0, 0, "Import job registered")),
				okJson(importJob("SENT", 0, 0, "Import job sent to the cluster")),
				okJson(importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz")),
				okJson(importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz")),
				okJson(importJob("SUCCEEDED", 100, 140000, "Import finished")));

		ImportJob job = startedImport().await(LONG_ENOUGH, this::listen);

		assertThat(job.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(job.progress().records()).isEqualTo(140000L);
		assertThat(this.heard).containsExactly("REGISTERED 0.0% 0 records: Import job registered",
				"SENT 0.0% 0 records: Import job sent to the cluster",
				"IN_PROGRESS 42.5% 59500 records: Importing data_weather.csv.gz",
				"SUCCEEDED 100.0% 140000 records: Import finished");
		api.server().verify(5, getRequestedFor(urlEqualTo(IMPORT_JOB)));
	}

	@Test
	void aFollowedImportJobAwaitedWithoutAListenerReturnsTheSucceededJob() {
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz")),
				okJson(importJob("SUCCEEDED", 100, 140000, "Import finished")));

		ImportJob job = startedImport().await(LONG_ENOUGH);

		assertThat(job.id()).isEqualTo(IMPORT_JOB_ID);
		assertThat(job.progressMessage()).isEqualTo("Import finished");
	}

	@Test
	void aFailedImportJobEndsTheWaitWithTheJobAndItsMessage() {
		String reason = "Failed to import data_weather.csv.gz: cannot cast 'n/a' to type double precision";
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(importJob("IN_PROGRESS", 10, 14000, "Importing data_weather.csv.gz")),
				okJson(importJob("FAILED", 10, 14000, reason)));

		assertThatExceptionOfType(CrateCloudOperationFailedException.class)
			.isThrownBy(() -> startedImport().await(LONG_ENOUGH, this::listen))
			.satisfies((ex) -> {
				assertThat(ex.getProgress()).isEqualTo(new OperationProgress(OperationKind.IMPORT, CLUSTER_ID, IMPORT_JOB_ID,
						OperationStatus.FAILED, reason, 10.0, 14000L));
				assertThat(ex.getServerMessage()).isEqualTo(reason);
				// Not a response's failure: the poll itself was answered 200.
				assertThat(ex.getStatusCode()).isZero();
				assertThat(ex.getCall()).isEqualTo(new ApiCall(HttpMethod.GET,
						"/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/", IMPORT_JOB));
				assertThat(ex.getMessage()).contains("Import job " + IMPORT_JOB_ID, CLUSTER_ID, reason,
						"GET " + IMPORT_JOB);
			});
		assertThat(this.heard).containsExactly("IN_PROGRESS 10.0% 14000 records: Importing data_weather.csv.gz",
				"FAILED 10.0% 14000 records: " + reason);
	}

	@Test
	void aJobStillRunningAtTheTimeoutGoesOnServerSide() {
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz")));

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> startedImport()
				.await(Duration.ofSeconds(1), this::listen))
			.satisfies((ex) -> {
				assertThat(ex.getTimeout()).isEqualTo(Duration.ofSeconds(1));
				assertThat(ex.getKind()).isEqualTo(OperationKind.IMPORT);
				assertThat(ex.getClusterId()).isEqualTo(CLUSTER_ID);
				assertThat(ex.getId()).isEqualTo(IMPORT_JOB_ID);
				assertThat(ex.getLastSeen()).isEqualTo(new OperationProgress(OperationKind.IMPORT, CLUSTER_ID, IMPORT_JOB_ID,
						OperationStatus.IN_PROGRESS, "Importing data_weather.csv.gz", 42.5, 59500L));
				assertThat(ex.getCall()).isEqualTo(new ApiCall(HttpMethod.GET,
						"/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/", IMPORT_JOB));
				assertThat(ex.getMessage()).contains("had not ended after PT1S",
						"IN_PROGRESS 42.5%, 59500 records: Importing data_weather.csv.gz", "goes on server-side",
						"GET " + IMPORT_JOB, "DELETE " + IMPORT_JOB,
						"client.follow(\"" + ex.getToken() + "\", ImportJob.class)");
			});
		assertThat(this.heard).containsExactly("IN_PROGRESS 42.5% 59500 records: Importing data_weather.csv.gz");
		assertThat(api.server().findAll(getRequestedFor(urlEqualTo(IMPORT_JOB)))).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void aTransientGatewayErrorWhilePollingDoesNotEndTheWait() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz")),
				aResponse().withStatus(503)
					.withHeader("Content-Type", "text/html")
					.withBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"),
				aResponse().withStatus(502),
				okJson(importJob("SUCCEEDED", 100, 140000, "Import finished")));

		ImportJob job = startedImport().await(LONG_ENOUGH, this::listen);

		assertThat(job.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(this.heard).containsExactly("IN_PROGRESS 42.5% 59500 records: Importing data_weather.csv.gz",
				"SUCCEEDED 100.0% 140000 records: Import finished");
		api.server().verify(4, getRequestedFor(urlEqualTo(IMPORT_JOB)));
	}

	@Test
	void aTimeoutWithoutAnyAnswerSaysSo() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.stubInSequence(() -> get(IMPORT_JOB), aResponse().withStatus(504));

		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> startedImport().await(Duration.ofMillis(100)))
			.satisfies((ex) -> {
				assertThat(ex.getLastSeen()).isNull();
				assertThat(ex.getId()).isEqualTo(IMPORT_JOB_ID);
				assertThat(ex.getMessage()).contains("no poll was answered", "goes on server-side");
			});
	}

	@Test
	void aJobThatIsGoneEndsTheWait() {
		api.stubInSequence(() -> get(IMPORT_JOB), aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Resource not found.\", \"success\": false}"));

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> startedImport().await(LONG_ENOUGH));
		api.server().verify(1, getRequestedFor(urlEqualTo(IMPORT_JOB)));
	}

	@Test
	void aFollowedExportJobThenItsDownloadUrl() {
		api.stubInSequence(() -> get(EXPORT_JOB), okJson(exportJob("REGISTERED", 0, "")),
				okJson(exportJob("IN_PROGRESS", 50, "Exporting doc.weather-data")),
				okJson(exportJob("SUCCEEDED", 100, "Export finished")));
		api.server()
			.stubFor(get("/api/v2/organizations/" + ORG_ID + "/files/" + FILE_ID + "/").willReturn(okJson("""
					{"id": "%s", "organization_id": "%s", "name": "weather-data.csv", "file_size": 7340032,
					 "status": "UPLOADED",
					 "download_url": "https://cratedb-cloud-files.s3.amazonaws.com/%s?X-Amz-Signature=7c1e",
					 "dc": %s}
					""".formatted(FILE_ID, ORG_ID, FILE_ID, DC))));

		ExportJob job = startedExport().await(LONG_ENOUGH, this::listen);
		URI download = this.dataJobs.exports().getDownloadUrl(ORG_ID, job);

		assertThat(this.heard).containsExactly("REGISTERED 0.0% 0 records: ",
				"IN_PROGRESS 50.0% 70000 records: Exporting doc.weather-data",
				"SUCCEEDED 100.0% 140000 records: Export finished");
		assertThat(job.fileId()).isEqualTo(FILE_ID);
		assertThat(download)
			.isEqualTo(URI.create("https://cratedb-cloud-files.s3.amazonaws.com/" + FILE_ID + "?X-Amz-Signature=7c1e"));
	}

	@Test
	void aFailedExportJobEndsTheWait() {
		api.stubInSequence(() -> get(EXPORT_JOB), okJson(exportJob("FAILED", 0, "Table doc.weather-data does not exist")));

		assertThatExceptionOfType(CrateCloudOperationFailedException.class)
			.isThrownBy(() -> startedExport().await(LONG_ENOUGH))
			.satisfies((ex) -> {
				assertThat(ex.getProgress().kind()).isEqualTo(OperationKind.EXPORT);
				assertThat(ex.getProgress().id()).isEqualTo(EXPORT_JOB_ID);
				assertThat(ex.getProgress().status()).isEqualTo(OperationStatus.FAILED);
				assertThat(ex.getServerMessage()).isEqualTo("Table doc.weather-data does not exist");
				assertThat(ex.getCall()).isEqualTo(new ApiCall(HttpMethod.GET,
						"/api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/", EXPORT_JOB));
				assertThat(ex.getMessage()).startsWith("Export job " + EXPORT_JOB_ID);
			});
	}

	@Test
	void awaitArgumentsAreCheckedBeforeAnyRequest() {
		PendingOperation<ImportJob> imported = startedImport();
		PendingOperation<ExportJob> exported = startedExport();
		assertThatIllegalArgumentException().isThrownBy(() -> imported.await(null)).withMessageContaining("timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> imported.await(Duration.ofSeconds(-1)))
			.withMessageContaining("timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> exported.await(LONG_ENOUGH, null))
			.withMessageContaining("listener");
		assertThat(api.server().findAll(getRequestedFor(urlEqualTo(IMPORT_JOB)))).isEmpty();
		assertThat(api.server().findAll(getRequestedFor(urlEqualTo(EXPORT_JOB)))).isEmpty();
	}

	@Test
	void aRebuiltImportHandleAwaitsExactlyLikeTheOriginal() {
		String running = importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz");
		String done = importJob("SUCCEEDED", 100, 140000, "Import finished");
		api.server().stubFor(post(IMPORT_JOBS).willReturn(DataJobsClientTests.created(importJob("REGISTERED", 0, 0, ""))));
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(running), okJson(running), okJson(done));
		List<OperationProgress> original = new ArrayList<>();
		PendingOperation<ImportJob> started = this.dataJobs.imports()
			.create(CLUSTER_ID, ImportJobRequest.fromUrl(URL, DataJobFormat.CSV, "doc.weather-data"));
		ImportJob originalResult = started.await(LONG_ENOUGH, original::add);
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(running), okJson(running), okJson(done));
		List<OperationProgress> rebuilt = new ArrayList<>();

		PendingOperation<ImportJob> followed = anotherClient().follow(started.token(), ImportJob.class);
		ImportJob rebuiltResult = followed.await(LONG_ENOUGH, rebuilt::add);

		assertThat(followed.kind()).isEqualTo(started.kind()).isEqualTo(OperationKind.IMPORT);
		assertThat(followed.clusterId()).isEqualTo(started.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(followed.id()).isEqualTo(started.id()).isEqualTo(IMPORT_JOB_ID);
		assertThat(rebuiltResult).isEqualTo(originalResult);
		assertThat(rebuiltResult.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(original).extracting(OperationProgress::describe)
			.containsExactly("IN_PROGRESS 42.5%, 59500 records: Importing data_weather.csv.gz",
					"SUCCEEDED 100.0%, 140000 records: Import finished");
		assertThat(rebuilt).isEqualTo(original);
		api.server().verify(1, postRequestedFor(urlEqualTo(IMPORT_JOBS)));
		api.server().verify(6, getRequestedFor(urlEqualTo(IMPORT_JOB)));
	}

	@Test
	void aRebuiltExportHandleAwaitsExactlyLikeTheOriginal() {
		String running = exportJob("IN_PROGRESS", 50, "Exporting doc.weather-data");
		String done = exportJob("SUCCEEDED", 100, "Export finished");
		api.server()
			.stubFor(post(EXPORT_JOBS).willReturn(DataJobsClientTests.created(exportJob("REGISTERED", 0, ""))));
		api.stubInSequence(() -> get(EXPORT_JOB), okJson(running), okJson(done));
		List<OperationProgress> original = new ArrayList<>();
		PendingOperation<ExportJob> started = this.dataJobs.exports()
			.create(CLUSTER_ID, ExportJobRequest.of("doc.weather-data", DataJobFormat.CSV));
		ExportJob originalResult = started.await(LONG_ENOUGH, original::add);
		api.stubInSequence(() -> get(EXPORT_JOB), okJson(running), okJson(done));
		List<OperationProgress> rebuilt = new ArrayList<>();

		PendingOperation<ExportJob> followed = anotherClient().follow(started.token(), ExportJob.class);
		ExportJob rebuiltResult = followed.await(LONG_ENOUGH, rebuilt::add);

		assertThat(followed.kind()).isEqualTo(started.kind()).isEqualTo(OperationKind.EXPORT);
		assertThat(followed.id()).isEqualTo(started.id()).isEqualTo(EXPORT_JOB_ID);
		assertThat(rebuiltResult).isEqualTo(originalResult);
		assertThat(rebuiltResult.fileId()).isEqualTo(FILE_ID);
		assertThat(original).extracting(OperationProgress::describe)
			.containsExactly("IN_PROGRESS 50.0%, 70000 records: Exporting doc.weather-data",
					"SUCCEEDED 100.0%, 140000 records: Export finished");
		assertThat(rebuilt).isEqualTo(original);
		api.server().verify(1, postRequestedFor(urlEqualTo(EXPORT_JOBS)));
	}

	private static CrateCloudClient anotherClient() {
		return TestClients.builder(api)
			.retry(RetrySettings.disabled())
			.operationPollInterval(Duration.ofMillis(20))
			.build();
	}

	/** An import job started with the client, whose polls the test stubs. */
	private PendingOperation<ImportJob> startedImport() {
		api.server().stubFor(post(IMPORT_JOBS).willReturn(DataJobsClientTests.created(importJob("REGISTERED", 0, 0, ""))));
		return this.dataJobs.imports()
			.create(CLUSTER_ID, ImportJobRequest.fromUrl(URL, DataJobFormat.CSV, "doc.weather-data"));
	}

	/** An export job started with the client, whose polls the test stubs. */
	private PendingOperation<ExportJob> startedExport() {
		api.server().stubFor(post(EXPORT_JOBS).willReturn(DataJobsClientTests.created(exportJob("REGISTERED", 0, ""))));
		return this.dataJobs.exports().create(CLUSTER_ID, ExportJobRequest.of("doc.weather-data", DataJobFormat.CSV));
	}

	private void listen(OperationProgress progress) {
		this.heard.add(progress.status() + " " + progress.percent() + "% " + progress.records() + " records: "
				+ progress.message());
	}

	private static String importJob(String status, double percent, long records, String message) {
		return """
				{"id": "%s", "cluster_id": "%s", "type": "url", "format": "csv", "compression": "gzip",
				 "destination": {"table": "doc.weather-data", "create_table": true},
				 "url": {"url": "https://cdn.crate.io/downloads/datasets/cratedb-datasets/cloud-tutorials/data_weather.csv.gz"},
				 "status": "%s",
				 "progress": {"bytes": %d, "details": {}, "failed_files": 0, "failed_records": 0, "message": "%s",
				              "percent": %s, "processed_files": 0, "records": %d, "total_files": 1,
				              "total_records": 140000},
				 "dc": %s}
				""".formatted(IMPORT_JOB_ID, CLUSTER_ID, status, records * 36, message, percent, records, DC);
	}

	private static String exportJob(String status, double percent, String message) {
		String file = status.equals("SUCCEEDED") ? """
				, "file": {"id": "%s", "name": "weather-data.csv", "file_size": 7340032, "status": "UPLOADED"}"""
			.formatted(FILE_ID) : "";
		return """
				{"id": "%s", "cluster_id": "%s", "source": {"table": "doc.weather-data"},
				 "destination": {"format": "csv"%s}, "status": "%s",
				 "progress": {"bytes": 0, "details": {}, "failed_records": 0, "message": "%s", "percent": %s,
				              "records": %d, "total_records": 140000},
				 "dc": %s}
				""".formatted(EXPORT_JOB_ID, CLUSTER_ID, file, status, message, percent,
				Math.round(1400 * percent), DC);
	}

}
