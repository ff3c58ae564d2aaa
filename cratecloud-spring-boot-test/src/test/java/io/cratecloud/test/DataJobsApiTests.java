package io.cratecloud.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.datajobs.DataJobCompression;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.DataJobProgress;
import io.cratecloud.client.datajobs.ExportJob;
import io.cratecloud.client.datajobs.ExportJobRequest;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobProgress;
import io.cratecloud.client.datajobs.ImportJobProgressQuery;
import io.cratecloud.client.datajobs.ImportJobRequest;
import io.cratecloud.client.datajobs.ImportJobType;
import io.cratecloud.client.organizations.FileStatus;
import io.cratecloud.client.organizations.OrganizationFile;
import io.cratecloud.client.organizations.Secret;
import io.cratecloud.client.organizations.SecretCreateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Import and export jobs: created from every kind of source, listed, read, followed step by
 * step on the manual clock, failed on request, cancelled; an export leaves an organization
 * file whose bytes download from its pre-signed URL.
 */
class DataJobsApiTests extends ClusterFakeTests {

	private static final String CSV_URL = "https://example.com/data/readings.csv";

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final String clusterId = this.acme.project("analytics").cluster("sensors").create();

	@Test
	void anImportJobMovesThroughEveryStatusWithItsProgress() {
		PendingOperation<ImportJob> pending = this.client.dataJobs()
			.imports()
			.create(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings")
				.withCompression(DataJobCompression.GZIP));
		assertThat(pending.kind()).isEqualTo(OperationKind.IMPORT);
		assertThat(pending.clusterId()).isEqualTo(this.clusterId);
		JsonNode answered = lastAnswer("POST", "/api/v2/clusters/{cluster_id}/import-jobs/");
		assertThat(answered.get("id").asString()).isEqualTo(pending.id());
		assertThat(answered.get("status").asString()).isEqualTo("REGISTERED");
		ImportJob created = job(pending.id());
		assertThat(created.status()).isEqualTo(OperationStatus.REGISTERED);
		assertThat(created.type()).isEqualTo(ImportJobType.URL);
		assertThat(created.url().url()).isEqualTo(CSV_URL);
		assertThat(created.clusterId()).isEqualTo(this.clusterId);
		assertThat(created.compression()).isEqualTo(DataJobCompression.GZIP);
		assertThat(created.destination().createTable()).isTrue();
		assertThat(created.progress().percent()).isZero();
		String id = created.id();

		steps(1);
		assertThat(job(id).status()).isEqualTo(OperationStatus.SENT);
		steps(1);
		ImportJob importing = job(id);
		assertThat(importing.status()).isEqualTo(OperationStatus.IN_PROGRESS);
		assertThat(importing.progress().percent()).isEqualTo(50.0);
		assertThat(importing.progress().message()).isEqualTo("Importing into doc.readings.");
		steps(1);

		ImportJob done = pending.await(Duration.ofSeconds(5));
		assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
		DataJobProgress progress = done.progress();
		assertThat(progress.percent()).isEqualTo(100.0);
		assertThat(progress.records()).isEqualTo(progress.totalRecords()).isPositive();
		assertThat(progress.message()).startsWith("Imported ");
		assertThat(this.client.dataJobs().imports().list(this.clusterId)).extracting(ImportJob::id).containsExactly(id);
	}

	@Test
	void theProgressOfAnImportListsItsFile() {
		String id = this.client.dataJobs()
			.imports()
			.create(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings"))
			.id();
		steps(3);

		ImportJobProgress progress = this.client.dataJobs().imports().getProgress(this.clusterId, id);
		assertThat(progress.jobId()).isEqualTo(id);
		assertThat(progress.message()).startsWith("Imported ");
		assertThat(progress.progress().files()).singleElement().satisfies((file) -> {
			assertThat(file.name()).isEqualTo(CSV_URL);
			assertThat(file.status()).isEqualTo("SUCCEEDED");
			assertThat(file.records()).isEqualTo(progress.progress().records());
		});
		assertThat(this.client.dataJobs()
			.imports()
			.getProgress(this.clusterId, id, ImportJobProgressQuery.serviceDefault().withOffset(1).withLimit(10))
			.progress()
			.files()).isEmpty();
	}

	@Test
	void theTableNameComesBackUnquoted() {
		String id = this.client.dataJobs()
			.imports()
			.create(this.clusterId,
					ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.JSON, "\"doc\".\"sensor-readings\""))
			.id();

		assertThat(lastAnswer("POST", "/api/v2/clusters/{cluster_id}/import-jobs/").get("destination").get("table")
			.asString()).isEqualTo("doc.sensor-readings");
		assertThat(job(id).destination().table()).isEqualTo("doc.sensor-readings");
	}

	@Test
	void aFailedImportCarriesItsReason() {
		this.fake.failNextOperation("Column 'ts' could not be parsed.");
		PendingOperation<ImportJob> created = this.client.dataJobs()
			.imports()
			.create(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings"));
		String id = created.id();
		String token = created.token();
		steps(3);

		assertThatExceptionOfType(CrateCloudOperationFailedException.class)
			.isThrownBy(() -> this.client.follow(token, ImportJob.class).await(Duration.ofSeconds(5)))
			.withMessageContaining("Column 'ts' could not be parsed.")
			.satisfies((ex) -> {
				assertThat(ex.getProgress().kind()).isEqualTo(OperationKind.IMPORT);
				assertThat(ex.getProgress().id()).isEqualTo(id);
				assertThat(ex.getProgress().status()).isEqualTo(OperationStatus.FAILED);
			});
		ImportJob failed = job(id);
		assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
		assertThat(failed.progress().failedRecords()).isPositive();
	}

	@Test
	void anImportJobIsCancelled() {
		String id = this.client.dataJobs()
			.imports()
			.create(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings"))
			.id();

		this.client.dataJobs().imports().cancel(this.clusterId, id);
		steps(3);

		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> job(id));
		assertThat(this.client.dataJobs().imports().list(this.clusterId)).isEmpty();
		assertThat(this.fake.requests()).filteredOn((exchange) -> exchange.method().equals("DELETE"))
			.extracting(RecordedExchange::status)
			.containsExactly(204);
	}

	@Test
	void anImportNeedsASourceThatExists() {
		String unknown = "00000000-0000-4000-8000-000000000000";

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.dataJobs()
				.imports()
				.create(this.clusterId,
						ImportJobRequest.fromS3("bucket", "data/readings.csv", unknown, DataJobFormat.CSV,
								"doc.readings")))
			.withMessageContaining("no secret");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.dataJobs()
				.imports()
				.create(this.clusterId, ImportJobRequest.fromFile(unknown, DataJobFormat.CSV, "doc.readings")))
			.withMessageContaining("no file");
		assertThat(this.client.dataJobs().imports().list(this.clusterId)).isEmpty();
	}

	@Test
	void anImportBodyIsCheckedFieldByField() {
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("xml"));

		HttpResponse<String> response = new FakeHttp(this.fake).send("POST",
				"/api/v2/clusters/" + this.clusterId + "/import-jobs/",
				"{\"type\": \"ftp\", \"format\": \"xml\", \"compression\": \"zip\", \"destination\": {}}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = ClusterLifecycleTests.json(response.body()).get("errors");
		List<String> fields = new ArrayList<>();
		errors.properties().forEach((field) -> fields.add(field.getKey()));
		assertThat(fields).containsExactlyInAnyOrder("type", "format", "compression", "destination");
		assertThat(errors.get("destination").get("table").get(0).asString()).isEqualTo(BodyChecks.MISSING);
	}

	@Test
	void aSuspendedClusterTakesNoData() {
		String archive = this.acme.project("archive").cluster("archive").suspended().create();

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.dataJobs()
				.imports()
				.create(archive, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings")))
			.withMessageContaining("suspended");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.dataJobs()
				.exports()
				.create(archive, ExportJobRequest.of("doc.readings", DataJobFormat.CSV)))
			.withMessageContaining("suspended");
	}

	@Test
	void anExportLeavesAnOrganizationFile() {
		PendingOperation<ExportJob> pending = this.client.dataJobs()
			.exports()
			.create(this.clusterId,
					ExportJobRequest.of("doc.readings", DataJobFormat.PARQUET).withCompression(DataJobCompression.GZIP));
		assertThat(pending.kind()).isEqualTo(OperationKind.EXPORT);
		ExportJob created = this.client.dataJobs().exports().get(this.clusterId, pending.id());
		assertThat(created.status()).isEqualTo(OperationStatus.REGISTERED);
		assertThat(created.fileId()).isNull();
		steps(2);
		ExportJob exporting = this.client.dataJobs().exports().get(this.clusterId, created.id());
		assertThat(exporting.status()).isEqualTo(OperationStatus.IN_PROGRESS);
		assertThat(exporting.fileId()).isNull();
		steps(1);

		ExportJob exported = pending.await(Duration.ofSeconds(5));
		assertThat(exported.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(exported.fileId()).isNotNull();
		assertThat(exported.destination().file().name()).isEqualTo("doc.readings.parquet.gz");
		assertThat(exported.destination().file().fileSize()).isEqualTo(exported.progress().bytes());
		assertThat(this.client.dataJobs().exports().list(this.clusterId)).extracting(ExportJob::id)
			.containsExactly(created.id());
		OrganizationFile file = this.client.organizations().files().get(this.acme.id(), exported.fileId());
		assertThat(file.name()).isEqualTo("doc.readings.parquet.gz");
		assertThat(file.status()).isEqualTo(FileStatus.UPLOADED);
		assertThat(file.fileSize()).isEqualTo(exported.progress().bytes());
		byte[] content = gunzip(download(this.client.dataJobs().exports().getDownloadUrl(this.acme.id(), exported)));
		assertThat(new String(content, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
		assertThat(new String(content, content.length - 4, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
		assertThat(new String(content, 4, content.length - 8, StandardCharsets.UTF_8).lines())
			.hasSize((int) (exported.progress().records() + 1));

		this.client.dataJobs().exports().cancel(this.clusterId, created.id());
		assertThat(this.client.dataJobs().exports().list(this.clusterId)).isEmpty();
	}

	@Test
	void aCsvExportHasAHeaderAndARowPerRecord() {
		String token = this.client.dataJobs()
			.exports()
			.create(this.clusterId, ExportJobRequest.of("doc.readings", DataJobFormat.CSV))
			.token();
		steps(3);

		ExportJob exported = this.client.follow(token, ExportJob.class).await(Duration.ofSeconds(5));
		List<String> lines = new String(download(this.client.dataJobs().exports().getDownloadUrl(this.acme.id(), exported)),
				StandardCharsets.UTF_8)
			.lines()
			.toList();

		assertThat(lines.get(0)).isEqualTo("id,ts,value");
		assertThat(lines).hasSize((int) (exported.progress().records() + 1));
		assertThat(exported.destination().file().fileSize()).isEqualTo(String.join("\n", lines).length() + 1);
	}

	@Test
	void aLocalFileIsUploadedAndImported(@TempDir Path directory) throws IOException {
		Path csv = directory.resolve("readings.csv");
		Files.writeString(csv, "id,value\n1,42\n");

		PendingOperation<ImportJob> pending = this.client.dataJobs()
			.imports()
			.createFromFile(this.clusterId, this.acme.id(), csv, DataJobFormat.CSV, "doc.readings");
		ImportJob job = job(pending.id());
		steps(3);

		assertThat(job.type()).isEqualTo(ImportJobType.FILE);
		assertThat(job.file().name()).isEqualTo("readings.csv");
		assertThat(job.file().fileSize()).isEqualTo(Files.size(csv));
		assertThat(pending.await(Duration.ofSeconds(5)).status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(this.client.dataJobs().imports().getProgress(this.clusterId, job.id()).progress().files())
			.singleElement()
			.satisfies((file) -> assertThat(file.name()).isEqualTo("readings.csv"));
	}

	@Test
	void importsFromS3AndAzureNameASecretOfTheOrganization() {
		Secret aws = this.client.organizations()
			.secrets()
			.create(this.acme.id(), SecretCreateRequest.aws("s3", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG"));
		Secret azure = this.client.organizations()
			.secrets()
			.create(this.acme.id(), SecretCreateRequest.azure("blob",
					"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5;EndpointSuffix=core.windows.net"));

		ImportJob s3 = job(this.client.dataJobs()
			.imports()
			.create(this.clusterId,
					ImportJobRequest.fromS3("readings", "2026/07/*.json", aws.id(), DataJobFormat.JSON, "doc.readings")
						.withS3Endpoint("https://s3.eu-west-1.amazonaws.com"))
			.id());
		ImportJob blob = job(this.client.dataJobs()
			.imports()
			.create(this.clusterId, ImportJobRequest.fromAzureBlob("readings", "2026/07/readings.parquet",
					azure.id(), DataJobFormat.PARQUET, "doc.readings"))
			.id());

		assertThat(s3.s3().secretId()).isEqualTo(aws.id());
		assertThat(s3.s3().endpoint()).isEqualTo("https://s3.eu-west-1.amazonaws.com");
		assertThat(blob.azureblob().secretId()).isEqualTo(azure.id());
		assertThat(blob.azureblob().blobName()).isEqualTo("2026/07/readings.parquet");
		assertThat(this.client.dataJobs().imports().list(this.clusterId)).hasSize(2);
		steps(3);
		assertThat(this.client.dataJobs().imports().getProgress(this.clusterId, s3.id()).progress().files())
			.singleElement()
			.satisfies((file) -> assertThat(file.name()).isEqualTo("readings/2026/07/*.json"));
	}

	@Test
	void anExportBodyIsChecked() {
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("xml"));

		HttpResponse<String> response = new FakeHttp(this.fake).send("POST",
				"/api/v2/clusters/" + this.clusterId + "/export-jobs/",
				"{\"source\": {}, \"destination\": {\"format\": \"xml\"}}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = ClusterLifecycleTests.json(response.body()).get("errors");
		assertThat(errors.get("source").has("table")).isTrue();
		assertThat(errors.get("destination").has("format")).isTrue();
	}

	@Test
	void jobsOfAnUnknownClusterOrIdAreNotFound() {
		String unknown = "00000000-0000-4000-8000-000000000000";
		// The document lists no 404 for the lists and the progress; the fake answers unknown
		// ids with 404, as everywhere else.
		offDocument((exchange) -> exchange.status() == 404 && (exchange.path().endsWith("-jobs/")
				|| exchange.path().endsWith("/progress/")));

		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> job(unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.dataJobs().exports().get(this.clusterId, unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.dataJobs().imports().list(unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.dataJobs().imports().getProgress(this.clusterId, unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.dataJobs().exports().cancel(this.clusterId, unknown));
	}

	@Test
	void aDeletedClustersJobsGoWithIt() {
		String id = this.client.dataJobs()
			.imports()
			.create(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings"))
			.id();
		this.client.clusters().delete(this.clusterId);
		steps(3);

		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> job(id));
	}

	/**
	 * Downloads a pre-signed URL as any HTTP client would, without the API's credentials.
	 */
	private static byte[] download(URI url) {
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gunzip(byte[] compressed) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ImportJob job(String id) {
		return this.client.dataJobs().imports().get(this.clusterId, id);
	}

}
