package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.clusters.OperationStatus;
import io.cratecloud.client.datajobs.DataJobCompression;
import io.cratecloud.client.datajobs.DataJobFailedException;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.DataJobProgress;
import io.cratecloud.client.datajobs.ExportJob;
import io.cratecloud.client.datajobs.ExportJobRequest;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobProgress;
import io.cratecloud.client.datajobs.ImportJobRequest;
import io.cratecloud.client.datajobs.ImportJobType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Import and export jobs: created, listed, read, followed step by step on the manual clock,
 * failed on request, cancelled; an export leaves an organization file.
 */
class DataJobsApiTests extends ClusterFakeTests {

	private static final String CSV_URL = "https://example.com/data/readings.csv";

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final String clusterId = this.acme.project("analytics").cluster("sensors").create();

	@Test
	void anImportJobMovesThroughEveryStatusWithItsProgress() {
		ImportJob created = this.client.dataJobs()
			.createImportJob(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings")
				.withCompression(DataJobCompression.GZIP));
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

		ImportJob done = this.client.dataJobs().awaitImportJob(this.clusterId, id, Duration.ofSeconds(5));
		assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
		DataJobProgress progress = done.progress();
		assertThat(progress.percent()).isEqualTo(100.0);
		assertThat(progress.records()).isEqualTo(progress.totalRecords()).isPositive();
		assertThat(progress.message()).startsWith("Imported ");
		assertThat(this.client.dataJobs().importJobs(this.clusterId)).extracting(ImportJob::id).containsExactly(id);
	}

	@Test
	void theProgressOfAnImportListsItsFile() {
		String id = this.client.dataJobs()
			.createImportJob(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings"))
			.id();
		steps(3);

		ImportJobProgress progress = this.client.dataJobs().importJobProgress(this.clusterId, id);
		assertThat(progress.jobId()).isEqualTo(id);
		assertThat(progress.message()).startsWith("Imported ");
		assertThat(progress.progress().files()).singleElement().satisfies((file) -> {
			assertThat(file.name()).isEqualTo(CSV_URL);
			assertThat(file.status()).isEqualTo("SUCCEEDED");
			assertThat(file.records()).isEqualTo(progress.progress().records());
		});
		assertThat(this.client.dataJobs().importJobProgress(this.clusterId, id, 1, 10).progress().files()).isEmpty();
	}

	@Test
	void theTableNameComesBackUnquoted() {
		ImportJob job = this.client.dataJobs()
			.createImportJob(this.clusterId,
					ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.JSON, "\"doc\".\"sensor-readings\""));

		assertThat(job.destination().table()).isEqualTo("doc.sensor-readings");
	}

	@Test
	void aFailedImportCarriesItsReason() {
		this.fake.failNextOperation("Column 'ts' could not be parsed.");
		String id = this.client.dataJobs()
			.createImportJob(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings"))
			.id();
		steps(3);

		assertThatExceptionOfType(DataJobFailedException.class)
			.isThrownBy(() -> this.client.dataJobs().awaitImportJob(this.clusterId, id, Duration.ofSeconds(5)))
			.withMessageContaining("Column 'ts' could not be parsed.");
		ImportJob failed = job(id);
		assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
		assertThat(failed.progress().failedRecords()).isPositive();
	}

	@Test
	void anImportJobIsCancelled() {
		String id = this.client.dataJobs()
			.createImportJob(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings"))
			.id();

		this.client.dataJobs().cancelImportJob(this.clusterId, id);
		steps(3);

		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> job(id));
		assertThat(this.client.dataJobs().importJobs(this.clusterId)).isEmpty();
		assertThat(this.fake.requests()).filteredOn((exchange) -> exchange.method().equals("DELETE"))
			.extracting(RecordedExchange::status)
			.containsExactly(204);
	}

	@Test
	void anImportNeedsASourceThatExists() {
		String unknown = "00000000-0000-4000-8000-000000000000";

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.dataJobs()
				.createImportJob(this.clusterId,
						ImportJobRequest.fromS3("bucket", "data/readings.csv", unknown, DataJobFormat.CSV,
								"doc.readings")))
			.withMessageContaining("no secret");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.dataJobs()
				.createImportJob(this.clusterId, ImportJobRequest.fromFile(unknown, DataJobFormat.CSV, "doc.readings")))
			.withMessageContaining("no file");
		assertThat(this.client.dataJobs().importJobs(this.clusterId)).isEmpty();
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
				.createImportJob(archive, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings")))
			.withMessageContaining("suspended");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.dataJobs()
				.createExportJob(archive, ExportJobRequest.of("doc.readings", DataJobFormat.CSV)))
			.withMessageContaining("suspended");
	}

	@Test
	void anExportLeavesAnOrganizationFile() {
		ExportJob created = this.client.dataJobs()
			.createExportJob(this.clusterId,
					ExportJobRequest.of("doc.readings", DataJobFormat.PARQUET).withCompression(DataJobCompression.GZIP));
		assertThat(created.status()).isEqualTo(OperationStatus.REGISTERED);
		assertThat(created.fileId()).isNull();
		steps(2);
		ExportJob exporting = this.client.dataJobs().exportJob(this.clusterId, created.id());
		assertThat(exporting.status()).isEqualTo(OperationStatus.IN_PROGRESS);
		assertThat(exporting.fileId()).isNull();
		steps(1);

		ExportJob exported = this.client.dataJobs().awaitExportJob(this.clusterId, created.id(), Duration.ofSeconds(5));
		assertThat(exported.status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(exported.fileId()).isNotNull();
		assertThat(exported.destination().file().name()).isEqualTo("doc.readings.parquet.gz");
		assertThat(exported.destination().file().fileSize()).isEqualTo(exported.progress().bytes());
		assertThat(this.client.dataJobs().exportJobs(this.clusterId)).extracting(ExportJob::id)
			.containsExactly(created.id());

		this.client.dataJobs().cancelExportJob(this.clusterId, created.id());
		assertThat(this.client.dataJobs().exportJobs(this.clusterId)).isEmpty();
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
			.isThrownBy(() -> this.client.dataJobs().exportJob(this.clusterId, unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.dataJobs().importJobs(unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.dataJobs().importJobProgress(this.clusterId, unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.dataJobs().cancelExportJob(this.clusterId, unknown));
	}

	@Test
	void aDeletedClustersJobsGoWithIt() {
		String id = this.client.dataJobs()
			.createImportJob(this.clusterId, ImportJobRequest.fromUrl(CSV_URL, DataJobFormat.CSV, "doc.readings"))
			.id();
		this.client.clusters().delete(this.clusterId);
		steps(3);

		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> job(id));
	}

	private ImportJob job(String id) {
		return this.client.dataJobs().importJob(this.clusterId, id);
	}

}
