package io.cratecloud.client.datajobs;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.organizations.FileStatus;
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
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DataJobsClientTests {

	static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	static final String IMPORT_JOB_ID = "c7a3e1f2-4b5d-4e6f-8a9b-0c1d2e3f4a5b";

	static final String EXPORT_JOB_ID = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b";

	static final String FILE_ID = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

	static final String SECRET_ID = "3b9c1e47-6d2a-4f85-a0c3-7e1d9b4f2a68";

	static final String IMPORT_JOBS = "/api/v2/clusters/" + CLUSTER_ID + "/import-jobs/";

	static final String IMPORT_JOB = IMPORT_JOBS + IMPORT_JOB_ID + "/";

	static final String EXPORT_JOBS = "/api/v2/clusters/" + CLUSTER_ID + "/export-jobs/";

	static final String EXPORT_JOB = EXPORT_JOBS + EXPORT_JOB_ID + "/";

	static final String DC = """
			{"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:43:17.402000+00:00"}""";

	private static final String URL = "https://cdn.crate.io/downloads/datasets/cratedb-datasets/cloud-tutorials/data_weather.csv.gz";

	private static final String URL_IMPORT_JOB = """
			{
			  "id": "%s",
			  "cluster_id": "%s",
			  "type": "url",
			  "format": "csv",
			  "compression": "gzip",
			  "destination": {"table": "doc.weather-data", "create_table": true, "table_definition": null},
			  "url": {"url": "%s"},
			  "schema": null,
			  "status": "IN_PROGRESS",
			  "progress": {
			    "bytes": 2097152, "details": {"step": "copy"}, "failed_files": 0, "failed_records": 3,
			    "message": "Importing data_weather.csv.gz", "percent": 42.5, "processed_files": 0,
			    "records": 59500, "total_files": 1, "total_records": 140000
			  },
			  "dc": %s
			}
			""".formatted(IMPORT_JOB_ID, CLUSTER_ID, URL, DC);

	private static final String EXPORT_JOB_JSON = """
			{
			  "id": "%s",
			  "cluster_id": "%s",
			  "source": {"table": "doc.weather-data"},
			  "destination": {
			    "format": "parquet",
			    "file": {"id": "%s", "name": "weather-data.parquet", "file_size": 5242880, "status": "UPLOADED"}
			  },
			  "compression": null,
			  "status": "SUCCEEDED",
			  "progress": {"bytes": 5242880, "details": {}, "failed_records": 0, "message": "Export finished",
			               "percent": 100, "records": 140000, "total_records": 140000},
			  "dc": %s
			}
			""".formatted(EXPORT_JOB_ID, CLUSTER_ID, FILE_ID, DC);

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

	private final DataJobsClient dataJobs = TestClients.builder(api)
		.retry(RetrySettings.disabled())
		.operationPollInterval(Duration.ofMillis(20))
		.build()
		.dataJobs();

	@Test
	void createImportJobFromUrlSendsTheSourceAndFollowsTheCreatedJob() {
		api.server().stubFor(post(IMPORT_JOBS).willReturn(created(URL_IMPORT_JOB)));

		PendingOperation<ImportJob> job = this.dataJobs.imports()
			.create(CLUSTER_ID,
					ImportJobRequest.fromUrl(URL, DataJobFormat.CSV, "doc.weather-data")
						.withCompression(DataJobCompression.GZIP));

		api.server().verify(postRequestedFor(urlEqualTo(IMPORT_JOBS)).withRequestBody(equalToJson("""
				{"type": "url", "format": "csv", "compression": "gzip",
				 "destination": {"table": "doc.weather-data"}, "url": {"url": "%s"}}
				""".formatted(URL))));
		assertThat(job.kind()).isEqualTo(OperationKind.IMPORT);
		assertThat(job.id()).isEqualTo(IMPORT_JOB_ID);
		assertThat(job.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(api.server().getAllServeEvents()).as("nothing is polled before the wait").hasSize(1);
	}

	@Test
	void aCreatedImportJobWithoutAnIdCannotBeFollowed() {
		api.server().stubFor(post(IMPORT_JOBS).willReturn(created("""
				{"cluster_id": "%s", "type": "url", "format": "csv", "destination": {"table": "doc.weather-data"},
				 "url": {"url": "%s"}, "status": "REGISTERED"}
				""".formatted(CLUSTER_ID, URL))));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.dataJobs.imports()
				.create(CLUSTER_ID, ImportJobRequest.fromUrl(URL, DataJobFormat.CSV, "doc.weather-data")))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("POST " + IMPORT_JOBS).contains("without an id");
				assertThat(ex.getStatusCode()).isEqualTo(201);
			});
	}

	@Test
	void importJobReadsEveryPropertyOfTheJob() {
		api.server().stubFor(get(IMPORT_JOB).willReturn(okJson(URL_IMPORT_JOB)));

		ImportJob job = this.dataJobs.imports().get(CLUSTER_ID, IMPORT_JOB_ID);

		assertThat(job.id()).isEqualTo(IMPORT_JOB_ID);
		assertThat(job.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(job.type()).isEqualTo(ImportJobType.URL);
		assertThat(job.format()).isEqualTo(DataJobFormat.CSV);
		assertThat(job.compression()).isEqualTo(DataJobCompression.GZIP);
		assertThat(job.destination()).isEqualTo(new ImportJobDestination("doc.weather-data", true, null));
		assertThat(job.url()).isEqualTo(new ImportUrlSource(URL));
		assertThat(job.s3()).isNull();
		assertThat(job.file()).isNull();
		assertThat(job.azureblob()).isNull();
		assertThat(job.schema()).isNull();
		assertThat(job.status()).isEqualTo(OperationStatus.IN_PROGRESS);
		assertThat(job.progress()).isEqualTo(new DataJobProgress("Importing data_weather.csv.gz", 59500L, 42.5,
				2097152L, 3L, 140000L, 0L, 0L, 1L, null, Map.of("step", "copy")));
		assertThat(job.progressMessage()).isEqualTo("Importing data_weather.csv.gz");
		assertThat(job.dc()).isEqualTo(new DublinCore(Instant.parse("2026-07-10T10:41:02.983Z"),
				Instant.parse("2026-07-10T10:43:17.402Z")));
	}

	@Test
	void createImportJobFromS3WithEndpointAndTableDefinition() {
		stubCreatedAndSucceeded(IMPORT_JOBS, IMPORT_JOB, """
				{"id": "%s", "cluster_id": "%s", "type": "s3", "format": "parquet", "compression": "none",
				 "destination": {"table": "sensors.readings", "create_table": false,
				                 "table_definition": [{"name": "ts", "type": "TIMESTAMP WITH TIME ZONE", "extra": null},
				                                      {"name": "value", "type": "DOUBLE", "extra": "NOT NULL"}]},
				 "s3": {"bucket": "acme-exports", "file_path": "2026/07/readings.parquet", "secret_id": "%s",
				        "endpoint": "https://storage.googleapis.com"},
				 "status": "REGISTERED", "dc": %s}
				""".formatted(IMPORT_JOB_ID, CLUSTER_ID, SECRET_ID, DC));
		List<ImportTableColumn> columns = List.of(new ImportTableColumn("ts", "TIMESTAMP WITH TIME ZONE", null),
				new ImportTableColumn("value", "DOUBLE", "NOT NULL"));

		ImportJob job = this.dataJobs.imports()
			.create(CLUSTER_ID,
				ImportJobRequest
					.fromS3("acme-exports", "2026/07/readings.parquet", SECRET_ID, DataJobFormat.PARQUET,
							"sensors.readings")
					.withS3Endpoint("https://storage.googleapis.com")
					.withCompression(DataJobCompression.NONE)
					.withCreateTable(false)
					.withTableDefinition(columns))
			.await(LONG_ENOUGH);

		api.server().verify(postRequestedFor(urlEqualTo(IMPORT_JOBS)).withRequestBody(equalToJson("""
				{"type": "s3", "format": "parquet", "compression": "none",
				 "destination": {"table": "sensors.readings", "create_table": false,
				                 "table_definition": [{"name": "ts", "type": "TIMESTAMP WITH TIME ZONE"},
				                                      {"name": "value", "type": "DOUBLE", "extra": "NOT NULL"}]},
				 "s3": {"bucket": "acme-exports", "file_path": "2026/07/readings.parquet", "secret_id": "%s",
				        "endpoint": "https://storage.googleapis.com"}}
				""".formatted(SECRET_ID))));
		assertThat(job.type()).isEqualTo(ImportJobType.S3);
		assertThat(job.s3()).isEqualTo(new ImportS3Source("acme-exports", "2026/07/readings.parquet", SECRET_ID,
				"https://storage.googleapis.com"));
		assertThat(job.destination()).isEqualTo(new ImportJobDestination("sensors.readings", false, columns));
		assertThat(job.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(job.progress()).isNull();
	}

	@Test
	void createImportJobFromAFileOfTheOrganization() {
		stubCreatedAndSucceeded(IMPORT_JOBS, IMPORT_JOB, """
				{"id": "%s", "cluster_id": "%s", "type": "file", "format": "json", "compression": "none",
				 "destination": {"table": "doc.people", "create_table": true},
				 "file": {"id": "%s", "name": "people.json", "file_size": 2048, "status": "UPLOADED"},
				 "status": "REGISTERED", "dc": %s}
				""".formatted(IMPORT_JOB_ID, CLUSTER_ID, FILE_ID, DC));

		ImportJob job = this.dataJobs.imports()
			.create(CLUSTER_ID, ImportJobRequest.fromFile(FILE_ID, DataJobFormat.JSON, "doc.people"))
			.await(LONG_ENOUGH);

		api.server().verify(postRequestedFor(urlEqualTo(IMPORT_JOBS)).withRequestBody(equalToJson("""
				{"type": "file", "format": "json", "destination": {"table": "doc.people"}, "file": {"id": "%s"}}
				""".formatted(FILE_ID))));
		assertThat(job.file()).isEqualTo(new DataJobFile(FILE_ID, "people.json", 2048L, FileStatus.UPLOADED, null,
				null));
	}

	@Test
	void createImportJobFromAzureBlobWithASchema() {
		stubCreatedAndSucceeded(IMPORT_JOBS, IMPORT_JOB, """
				{"id": "%s", "cluster_id": "%s", "type": "azureblob", "format": "csv", "compression": "gzip",
				 "destination": {"table": "doc.orders", "create_table": true},
				 "azureblob": {"container_name": "exports", "blob_name": "orders-2026-07.csv.gz", "secret_id": "%s"},
				 "schema": {"delimiter": ";"},
				 "status": "REGISTERED", "dc": %s}
				""".formatted(IMPORT_JOB_ID, CLUSTER_ID, SECRET_ID, DC));

		ImportJob job = this.dataJobs.imports()
			.create(CLUSTER_ID,
					ImportJobRequest
						.fromAzureBlob("exports", "orders-2026-07.csv.gz", SECRET_ID, DataJobFormat.CSV, "doc.orders")
						.withCompression(DataJobCompression.GZIP)
						.withSchema(Map.of("delimiter", ";")))
			.await(LONG_ENOUGH);

		api.server().verify(postRequestedFor(urlEqualTo(IMPORT_JOBS)).withRequestBody(equalToJson("""
				{"type": "azureblob", "format": "csv", "compression": "gzip", "destination": {"table": "doc.orders"},
				 "azureblob": {"container_name": "exports", "blob_name": "orders-2026-07.csv.gz", "secret_id": "%s"},
				 "schema": {"delimiter": ";"}}
				""".formatted(SECRET_ID))));
		assertThat(job.type()).isEqualTo(ImportJobType.AZURE_BLOB);
		assertThat(job.azureblob())
			.isEqualTo(new ImportAzureBlobSource("exports", "orders-2026-07.csv.gz", SECRET_ID));
		assertThat(job.schema()).isEqualTo(Map.of("delimiter", ";"));
	}

	@Test
	void importJobsListsTheJobsOfTheCluster() {
		api.server().stubFor(get(IMPORT_JOBS).willReturn(okJson("[" + URL_IMPORT_JOB + "]")));

		List<ImportJob> jobs = this.dataJobs.imports().list(CLUSTER_ID);

		assertThat(jobs).singleElement().satisfies((job) -> {
			assertThat(job.id()).isEqualTo(IMPORT_JOB_ID);
			assertThat(job.url()).isEqualTo(new ImportUrlSource(URL));
		});
		api.server().verify(getRequestedFor(urlEqualTo(IMPORT_JOBS)));
	}

	@Test
	void importJobReadsOneJobAndKeepsStatusesTheDocumentDoesNotList() {
		api.server().stubFor(get(IMPORT_JOB).willReturn(okJson(URL_IMPORT_JOB)));

		assertThat(this.dataJobs.imports().get(CLUSTER_ID, IMPORT_JOB_ID).status()).isEqualTo(OperationStatus.IN_PROGRESS);

		api.offContract("api-notes.md: enum-like strings may be values the document does not list");
		api.server()
			.stubFor(get(IMPORT_JOB)
				.willReturn(okJson(URL_IMPORT_JOB.replace("\"IN_PROGRESS\"", "\"CANCELLING\""))));
		assertThat(this.dataJobs.imports().get(CLUSTER_ID, IMPORT_JOB_ID).status())
			.isEqualTo(new OperationStatus("CANCELLING"));
	}

	@Test
	void cancelImportJobAnswersNoContent() {
		api.server().stubFor(delete(IMPORT_JOB).willReturn(noContent()));

		this.dataJobs.imports().cancel(CLUSTER_ID, IMPORT_JOB_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo(IMPORT_JOB)));
	}

	@Test
	void importJobProgressReadsEachFile() {
		api.server().stubFor(get(IMPORT_JOB + "progress/").willReturn(okJson("""
				{"job_id": "%s", "message": "Importing data_weather.csv.gz",
				 "progress": {"records": 59500, "bytes": 2097152, "failed_records": 3, "total_records": 140000,
				              "percent": 42.5, "processed_files": 0, "failed_files": 0, "total_files": 1,
				              "files": [{"name": "data_weather.csv.gz", "records": 59500, "status": "IN_PROGRESS",
				                         "message": null, "percent": 42.5, "bytes": 2097152, "failed_records": 3,
				                         "total_records": 140000}]},
				 "details": null}
				""".formatted(IMPORT_JOB_ID))));

		ImportJobProgress progress = this.dataJobs.imports().getProgress(CLUSTER_ID, IMPORT_JOB_ID);

		api.server().verify(getRequestedFor(urlEqualTo(IMPORT_JOB + "progress/")));
		assertThat(progress.jobId()).isEqualTo(IMPORT_JOB_ID);
		assertThat(progress.message()).isEqualTo("Importing data_weather.csv.gz");
		assertThat(progress.details()).isNull();
		assertThat(progress.progress()).isEqualTo(new DataJobProgress(null, 59500L, 42.5, 2097152L, 3L, 140000L, 0L,
				0L, 1L, List.of(new DataJobFileFeedback("data_weather.csv.gz", 59500, "IN_PROGRESS", null, 42.5,
						2097152L, 3L, 140000L)),
				null));
	}

	@Test
	void importJobProgressAsksForAWindowOfFilesOrForAll() {
		String progress = """
				{"job_id": "%s", "message": "Import finished", "progress": {"records": 140000, "files": []}}
				""".formatted(IMPORT_JOB_ID);
		api.server().stubFor(get(urlPathEqualTo(IMPORT_JOB + "progress/")).willReturn(okJson(progress)));

		this.dataJobs.imports()
			.getProgress(CLUSTER_ID, IMPORT_JOB_ID, ImportJobProgressQuery.serviceDefault().withOffset(20).withLimit(10));
		this.dataJobs.imports()
			.getProgress(CLUSTER_ID, IMPORT_JOB_ID, ImportJobProgressQuery.serviceDefault().withOffset(0).withAllFiles());

		api.server().verify(getRequestedFor(urlEqualTo(IMPORT_JOB + "progress/?limit=10&offset=20")));
		api.server().verify(getRequestedFor(urlEqualTo(IMPORT_JOB + "progress/?limit=ALL&offset=0")));
	}

	@Test
	void createExportJobSendsTableFormatAndCompressionAndFollowsTheJob() {
		String registered = """
				{"id": "%s", "cluster_id": "%s", "source": {"table": "doc.weather-data"},
				 "destination": {"format": "csv"}, "compression": "gzip", "status": "REGISTERED",
				 "progress": {"bytes": 0, "details": {}, "failed_records": 0, "message": "", "percent": 0,
				              "records": 0, "total_records": 0},
				 "dc": %s}
				""".formatted(EXPORT_JOB_ID, CLUSTER_ID, DC);
		api.server().stubFor(post(EXPORT_JOBS).willReturn(created(registered)));
		api.server().stubFor(get(EXPORT_JOB).willReturn(okJson(registered)));

		PendingOperation<ExportJob> pending = this.dataJobs.exports()
			.create(CLUSTER_ID,
					ExportJobRequest.of("doc.weather-data", DataJobFormat.CSV).withCompression(DataJobCompression.GZIP));

		api.server().verify(postRequestedFor(urlEqualTo(EXPORT_JOBS)).withRequestBody(equalToJson("""
				{"source": {"table": "doc.weather-data"}, "destination": {"format": "csv"}, "compression": "gzip"}
				""")));
		assertThat(pending.kind()).isEqualTo(OperationKind.EXPORT);
		assertThat(pending.id()).isEqualTo(EXPORT_JOB_ID);
		assertThat(pending.clusterId()).isEqualTo(CLUSTER_ID);
		ExportJob job = this.dataJobs.exports().get(CLUSTER_ID, pending.id());
		assertThat(job.id()).isEqualTo(EXPORT_JOB_ID);
		assertThat(job.clusterId()).isEqualTo(CLUSTER_ID);
		assertThat(job.source()).isEqualTo(new ExportJobSource("doc.weather-data"));
		assertThat(job.destination()).isEqualTo(new ExportJobDestination(DataJobFormat.CSV, null));
		assertThat(job.fileId()).isNull();
		assertThat(job.compression()).isEqualTo(DataJobCompression.GZIP);
		assertThat(job.status()).isEqualTo(OperationStatus.REGISTERED);
		assertThat(job.progress()).isEqualTo(new DataJobProgress("", 0L, 0.0, 0L, 0L, 0L, null, null, null, null,
				Map.of()));
	}

	@Test
	void createExportJobWithoutCompressionLeavesItOut() {
		api.server().stubFor(post(EXPORT_JOBS).willReturn(created(EXPORT_JOB_JSON)));

		this.dataJobs.exports().create(CLUSTER_ID, ExportJobRequest.of("doc.weather-data", DataJobFormat.PARQUET));

		api.server().verify(postRequestedFor(urlEqualTo(EXPORT_JOBS)).withRequestBody(equalToJson("""
				{"source": {"table": "doc.weather-data"}, "destination": {"format": "parquet"}}
				""")));
	}

	@Test
	void exportJobsAndExportJobReadTheFile() {
		api.server().stubFor(get(EXPORT_JOBS).willReturn(okJson("[" + EXPORT_JOB_JSON + "]")));
		api.server().stubFor(get(EXPORT_JOB).willReturn(okJson(EXPORT_JOB_JSON)));

		List<ExportJob> jobs = this.dataJobs.exports().list(CLUSTER_ID);
		ExportJob job = this.dataJobs.exports().get(CLUSTER_ID, EXPORT_JOB_ID);

		assertThat(jobs).containsExactly(job);
		assertThat(job.destination()).isEqualTo(new ExportJobDestination(DataJobFormat.PARQUET,
				new DataJobFile(FILE_ID, "weather-data.parquet", 5242880L, FileStatus.UPLOADED, null, null)));
		assertThat(job.fileId()).isEqualTo(FILE_ID);
		assertThat(job.compression()).isNull();
		assertThat(job.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(job.progress().percent()).isEqualTo(100.0);
		assertThat(job.progress().records()).isEqualTo(140000L);
		api.server().verify(getRequestedFor(urlEqualTo(EXPORT_JOBS)));
		api.server().verify(getRequestedFor(urlEqualTo(EXPORT_JOB)));
	}

	@Test
	void cancelExportJobAnswersNoContent() {
		api.server().stubFor(delete(EXPORT_JOB).willReturn(noContent()));

		this.dataJobs.exports().cancel(CLUSTER_ID, EXPORT_JOB_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo(EXPORT_JOB)));
	}

	@Test
	void exportDownloadUrlReadsThePreSignedUrlOfTheOrganizationFile() {
		api.server().stubFor(get(EXPORT_JOB).willReturn(okJson(EXPORT_JOB_JSON)));
		stubOrganizationFile(FILE_ID);
		ExportJob job = this.dataJobs.exports().get(CLUSTER_ID, EXPORT_JOB_ID);

		URI url = this.dataJobs.exports().getDownloadUrl(ORG_ID, job);

		assertThat(url).isEqualTo(URI.create(
				"https://cratedb-cloud-files.s3.amazonaws.com/" + FILE_ID + "?X-Amz-Signature=7c1e&X-Amz-Expires=3600"));
		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/organizations/" + ORG_ID + "/files/" + FILE_ID + "/")));
	}

	@Test
	void exportDownloadUrlNeedsASucceededJobWithAFile() {
		ExportJob running = new ExportJob(EXPORT_JOB_ID, CLUSTER_ID, new ExportJobSource("doc.weather-data"),
				new ExportJobDestination(DataJobFormat.CSV, null), null, OperationStatus.IN_PROGRESS, null, null);
		ExportJob withoutFile = new ExportJob(EXPORT_JOB_ID, CLUSTER_ID, new ExportJobSource("doc.weather-data"),
				new ExportJobDestination(DataJobFormat.CSV, null), null, OperationStatus.SUCCEEDED, null, null);

		assertThatIllegalArgumentException().isThrownBy(() -> this.dataJobs.exports().getDownloadUrl(ORG_ID, running))
			.withMessageContaining("job.status")
			.withMessageContaining("IN_PROGRESS");
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataJobs.exports().getDownloadUrl(ORG_ID, withoutFile))
			.withMessageContaining("job.destination.file.id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataJobs.exports().getDownloadUrl(ORG_ID, null))
			.withMessageContaining("job");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void exportDownloadUrlFailsWhenTheFileHasNoDownloadUrl() {
		api.server()
			.stubFor(get("/api/v2/organizations/" + ORG_ID + "/files/" + FILE_ID + "/").willReturn(okJson("""
					{"id": "%s", "organization_id": "%s", "name": "weather-data.parquet", "file_size": 5242880,
					 "status": "PENDING", "dc": %s}
					""".formatted(FILE_ID, ORG_ID, DC))));
		ExportJob job = new ExportJob(EXPORT_JOB_ID, CLUSTER_ID, new ExportJobSource("doc.weather-data"),
				new ExportJobDestination(DataJobFormat.PARQUET, new DataJobFile(FILE_ID, null, null, null, null, null)),
				null, OperationStatus.SUCCEEDED, null, null);

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.dataJobs.exports().getDownloadUrl(ORG_ID, job))
			.withMessageContaining(FILE_ID)
			.withMessageContaining("download_url");
	}

	@Test
	void importRequestsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobRequest.fromUrl(" ", DataJobFormat.CSV, "doc.t"))
			.withMessageContaining("url.url");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportJobRequest.fromUrl(URL, null, "doc.t"))
			.withMessageContaining("format");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportJobRequest.fromUrl(URL, DataJobFormat.CSV, ""))
			.withMessageContaining("destination.table");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobRequest.fromS3("", "a.csv", SECRET_ID, DataJobFormat.CSV, "doc.t"))
			.withMessageContaining("s3.bucket");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobRequest.fromS3("b", "x".repeat(513), SECRET_ID, DataJobFormat.CSV, "doc.t"))
			.withMessageContaining("s3.file_path");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobRequest.fromS3("b", "a.csv", "my-aws-secret", DataJobFormat.CSV, "doc.t"))
			.withMessageContaining("s3.secret_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobRequest.fromFile("people.json", DataJobFormat.JSON, "doc.t"))
			.withMessageContaining("file.id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobRequest.fromAzureBlob("", "b.csv", SECRET_ID, DataJobFormat.CSV, "doc.t"))
			.withMessageContaining("azureblob.container_name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobRequest.fromAzureBlob("c", "", SECRET_ID, DataJobFormat.CSV, "doc.t"))
			.withMessageContaining("azureblob.blob_name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobRequest.fromAzureBlob("c", "b.csv", null, DataJobFormat.CSV, "doc.t"))
			.withMessageContaining("azureblob.secret_id");
		ImportJobRequest request = ImportJobRequest.fromUrl(URL, DataJobFormat.CSV, "doc.t");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> request.withCompression(new DataJobCompression("-zip")))
			.withMessageContaining("compression");
		assertThatIllegalArgumentException().isThrownBy(() -> request.withTableDefinition(List.of()))
			.withMessageContaining("destination.table_definition");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> request.withTableDefinition(List.of(new ImportTableColumn("ts", " ", null))))
			.withMessageContaining("destination.table_definition[0].type");
		assertThatIllegalStateException().isThrownBy(() -> request.withS3Endpoint("https://minio.example.com"))
			.withMessageContaining("s3.endpoint");
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataJobs.imports().create(CLUSTER_ID, null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataJobs.imports().create(" ", request))
			.withMessageContaining("cluster_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void anImportRequestHasExactlyOneSourceOfItsType() {
		ImportJobDestination destination = new ImportJobDestination("doc.t", null, null);
		ImportUrlSource url = new ImportUrlSource(URL);
		DataJobFile file = new DataJobFile(FILE_ID, null, null, null, null, null);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImportJobRequest(ImportJobType.URL, DataJobFormat.CSV, null, destination, url, null,
					file, null, null))
			.withMessageContaining("exactly one of url, s3, file and azureblob")
			.withMessageContaining("not 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImportJobRequest(ImportJobType.URL, DataJobFormat.CSV, null, destination, null,
					null, null, null, null))
			.withMessageContaining("not 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImportJobRequest(ImportJobType.S3, DataJobFormat.CSV, null, destination, url, null,
					null, null, null))
			.withMessageContaining("type must be 'url'");
	}

	@Test
	void exportRequestsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExportJobRequest.of("", DataJobFormat.CSV))
			.withMessageContaining("source.table");
		assertThatIllegalArgumentException().isThrownBy(() -> ExportJobRequest.of("x".repeat(513), DataJobFormat.CSV))
			.withMessageContaining("source.table");
		assertThatIllegalArgumentException().isThrownBy(() -> ExportJobRequest.of("doc.t", null))
			.withMessageContaining("destination.format");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ExportJobRequest.of("doc.t", new DataJobFormat("csv; drop")))
			.withMessageContaining("destination.format");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ExportJobRequest.of("doc.t", DataJobFormat.CSV).withCompression(null))
			.withMessageContaining("compression");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExportJobRequest(new ExportJobSource("doc.t"),
					new ExportJobDestination(DataJobFormat.CSV, new DataJobFile(FILE_ID, null, null, null, null, null)),
					null))
			.withMessageContaining("destination.file");
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataJobs.exports().create(CLUSTER_ID, null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportJobProgressQuery.serviceDefault().withOffset(-1))
			.withMessageContaining("offset");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportJobProgressQuery.serviceDefault().withLimit(0))
			.withMessageContaining("limit");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.imports().getProgress(CLUSTER_ID, IMPORT_JOB_ID, null))
			.withMessageContaining("query");
		assertThatIllegalArgumentException().isThrownBy(() -> this.dataJobs.exports().get(CLUSTER_ID, ".."))
			.withMessageContaining("export_job_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	/**
	 * A job that {@code POST} creates as given and that has succeeded by the first poll.
	 */
	private static void stubCreatedAndSucceeded(String jobsPath, String jobPath, String createdJob) {
		api.server().stubFor(post(jobsPath).willReturn(created(createdJob)));
		api.server().stubFor(get(jobPath).willReturn(okJson(createdJob.replace("\"REGISTERED\"", "\"SUCCEEDED\""))));
	}

	static ResponseDefinitionBuilder created(String body) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static void stubOrganizationFile(String fileId) {
		api.server()
			.stubFor(get("/api/v2/organizations/" + ORG_ID + "/files/" + fileId + "/")
				.withHeader("Authorization", equalTo(basicCredentials()))
				.willReturn(okJson("""
						{"id": "%s", "organization_id": "%s", "name": "weather-data.parquet", "file_size": 5242880,
						 "status": "UPLOADED",
						 "download_url": "https://cratedb-cloud-files.s3.amazonaws.com/%s?X-Amz-Signature=7c1e&X-Amz-Expires=3600",
						 "dc": %s}
						""".formatted(fileId, ORG_ID, fileId, DC))));
	}

	private static String basicCredentials() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((CrateCloudApiMock.API_KEY + ":" + CrateCloudApiMock.API_SECRET)
				.getBytes(StandardCharsets.UTF_8));
	}

}
