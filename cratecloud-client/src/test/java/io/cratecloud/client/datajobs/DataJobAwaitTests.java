package io.cratecloud.client.datajobs;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.clusters.OperationStatus;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.HttpMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.cratecloud.client.datajobs.DataJobsClientTests.CLUSTER_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.DC;
import static io.cratecloud.client.datajobs.DataJobsClientTests.EXPORT_JOB;
import static io.cratecloud.client.datajobs.DataJobsClientTests.EXPORT_JOB_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.FILE_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.IMPORT_JOB;
import static io.cratecloud.client.datajobs.DataJobsClientTests.IMPORT_JOB_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.ORG_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DataJobAwaitTests {

	private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final DataJobsClient dataJobs = CrateCloudClient.builder()
		.apiKey(CrateCloudApiMock.API_KEY)
		.apiSecret(CrateCloudApiMock.API_SECRET)
		.baseUrl(api.baseUrl())
		.retry(RetrySettings.disabled())
		.operationPollInterval(Duration.ofMillis(20))
		.build()
		.dataJobs();

	private final List<String> heard = new ArrayList<>();

	@Test
	void awaitImportJobFollowsTheJobUntilItSucceedsAndReportsEachChange() {
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(importJob("REGISTERED", 0, 0, "Import job registered")),
				okJson(importJob("SENT", 0, 0, "Import job sent to the cluster")),
				okJson(importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz")),
				okJson(importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz")),
				okJson(importJob("SUCCEEDED", 100, 140000, "Import finished")));

		ImportJob job = this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, LONG_ENOUGH, this::listen);

		assertThat(job.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(job.progress().records()).isEqualTo(140000L);
		assertThat(this.heard).containsExactly("REGISTERED 0.0% 0 records: Import job registered",
				"SENT 0.0% 0 records: Import job sent to the cluster",
				"IN_PROGRESS 42.5% 59500 records: Importing data_weather.csv.gz",
				"SUCCEEDED 100.0% 140000 records: Import finished");
		api.server().verify(5, getRequestedFor(urlEqualTo(IMPORT_JOB)));
	}

	@Test
	void awaitImportJobWithoutAListenerReturnsTheSucceededJob() {
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(importJob("IN_PROGRESS", 42.5, 59500, "Importing data_weather.csv.gz")),
				okJson(importJob("SUCCEEDED", 100, 140000, "Import finished")));

		ImportJob job = this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, LONG_ENOUGH);

		assertThat(job.id()).isEqualTo(IMPORT_JOB_ID);
		assertThat(job.progressMessage()).isEqualTo("Import finished");
	}

	@Test
	void aFailedImportJobEndsTheWaitWithTheJobAndItsMessage() {
		String reason = "Failed to import data_weather.csv.gz: cannot cast 'n/a' to type double precision";
		api.stubInSequence(() -> get(IMPORT_JOB), okJson(importJob("IN_PROGRESS", 10, 14000, "Importing data_weather.csv.gz")),
				okJson(importJob("FAILED", 10, 14000, reason)));

		assertThatExceptionOfType(DataJobFailedException.class)
			.isThrownBy(() -> this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, LONG_ENOUGH, this::listen))
			.satisfies((ex) -> {
				assertThat(ex.getJob()).isInstanceOf(ImportJob.class);
				assertThat(ex.getJob().status()).isEqualTo(OperationStatus.FAILED);
				assertThat(ex.getServerMessage()).isEqualTo(reason);
				assertThat(ex.getStatusCode()).isEqualTo(200);
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

		assertThatExceptionOfType(DataJobTimeoutException.class)
			.isThrownBy(() -> this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, Duration.ofSeconds(1),
					this::listen))
			.satisfies((ex) -> {
				assertThat(ex.getTimeout()).isEqualTo(Duration.ofSeconds(1));
				assertThat(ex.getLastSeen()).isInstanceOf(ImportJob.class);
				assertThat(ex.getLastSeen().status()).isEqualTo(OperationStatus.IN_PROGRESS);
				assertThat(ex.getCall()).isEqualTo(new ApiCall(HttpMethod.GET,
						"/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/", IMPORT_JOB));
				assertThat(ex.getMessage()).contains("has not finished after PT1S",
						"IN_PROGRESS, 42.5%: Importing data_weather.csv.gz", "goes on server-side",
						"GET " + IMPORT_JOB, "DELETE " + IMPORT_JOB);
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

		ImportJob job = this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, LONG_ENOUGH, this::listen);

		assertThat(job.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(this.heard).containsExactly("IN_PROGRESS 42.5% 59500 records: Importing data_weather.csv.gz",
				"SUCCEEDED 100.0% 140000 records: Import finished");
		api.server().verify(4, getRequestedFor(urlEqualTo(IMPORT_JOB)));
	}

	@Test
	void aTimeoutWithoutAnyAnswerSaysSo() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.stubInSequence(() -> get(IMPORT_JOB), aResponse().withStatus(504));

		assertThatExceptionOfType(DataJobTimeoutException.class)
			.isThrownBy(() -> this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, Duration.ofMillis(100)))
			.satisfies((ex) -> {
				assertThat(ex.getLastSeen()).isNull();
				assertThat(ex.getMessage()).contains("no poll was answered", "goes on server-side");
			});
	}

	@Test
	void aJobThatIsGoneEndsTheWait() {
		api.stubInSequence(() -> get(IMPORT_JOB), aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Resource not found.\", \"success\": false}"));

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, LONG_ENOUGH));
		api.server().verify(1, getRequestedFor(urlEqualTo(IMPORT_JOB)));
	}

	@Test
	void awaitExportJobThenDownloadTheResult() {
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

		ExportJob job = this.dataJobs.awaitExportJob(CLUSTER_ID, EXPORT_JOB_ID, LONG_ENOUGH, this::listen);
		URI download = this.dataJobs.exportDownloadUrl(ORG_ID, job);

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

		assertThatExceptionOfType(DataJobFailedException.class)
			.isThrownBy(() -> this.dataJobs.awaitExportJob(CLUSTER_ID, EXPORT_JOB_ID, LONG_ENOUGH))
			.satisfies((ex) -> {
				assertThat(ex.getJob()).isInstanceOf(ExportJob.class);
				assertThat(ex.getServerMessage()).isEqualTo("Table doc.weather-data does not exist");
				assertThat(ex.getCall()).isEqualTo(new ApiCall(HttpMethod.GET,
						"/api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/", EXPORT_JOB));
				assertThat(ex.getMessage()).startsWith("Export job " + EXPORT_JOB_ID);
			});
	}

	@Test
	void awaitArgumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, null))
			.withMessageContaining("timeout");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.awaitImportJob(CLUSTER_ID, IMPORT_JOB_ID, Duration.ofSeconds(-1)))
			.withMessageContaining("timeout");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.awaitExportJob(CLUSTER_ID, EXPORT_JOB_ID, LONG_ENOUGH, null))
			.withMessageContaining("listener");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.awaitImportJob(CLUSTER_ID, " ", LONG_ENOUGH))
			.withMessageContaining("import_job_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataJobs.awaitExportJob("", EXPORT_JOB_ID, LONG_ENOUGH))
			.withMessageContaining("cluster_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	private void listen(@Nullable OperationStatus status, @Nullable DataJobProgress progress) {
		this.heard.add(status + " " + progress.percent() + "% " + progress.records() + " records: " + progress.message());
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
