package io.cratecloud.client.datajobs;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cratecloud.client.datajobs.DataJobsClientTests.CLUSTER_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.DC;
import static io.cratecloud.client.datajobs.DataJobsClientTests.FILE_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.IMPORT_JOB;
import static io.cratecloud.client.datajobs.DataJobsClientTests.IMPORT_JOBS;
import static io.cratecloud.client.datajobs.DataJobsClientTests.IMPORT_JOB_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.ORG_ID;
import static io.cratecloud.client.datajobs.DataJobsClientTests.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ImportFileTests {

	private static final String FILES = "/api/v2/organizations/" + ORG_ID + "/files/";

	private static final String UPLOAD_PATH = "/uploads/" + FILE_ID;

	private static final byte[] CSV = "id,name,joined\n1,Ada,2026-07-01\n2,Grace,2026-07-02\n"
		.getBytes(StandardCharsets.UTF_8);

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final DataJobsClient dataJobs = TestClients.client(api).dataJobs();

	@Test
	void importFileUploadsWithoutApiCredentialsThenImportsTheUploadedFile(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("people.csv"), CSV);
		stubUpload("people.csv", CSV.length);
		api.server().stubFor(post(IMPORT_JOBS).willReturn(created(fileImportJob("none", "REGISTERED"))));
		api.server().stubFor(get(IMPORT_JOB).willReturn(okJson(fileImportJob("none", "SUCCEEDED"))));

		PendingOperation<ImportJob> pending = this.dataJobs.imports()
			.createFromFile(CLUSTER_ID, ORG_ID, file, DataJobFormat.CSV, "doc.people");

		assertThat(pending.kind()).isEqualTo(OperationKind.IMPORT);
		assertThat(pending.id()).isEqualTo(IMPORT_JOB_ID);
		assertThat(pending.clusterId()).isEqualTo(CLUSTER_ID);
		api.server()
			.verify(postRequestedFor(urlEqualTo(FILES))
				.withRequestBody(equalToJson("{\"name\": \"people.csv\", \"file_size\": " + CSV.length + "}"))
				.withHeader("Authorization", matching("Basic .+")));
		api.server()
			.verify(putRequestedFor(urlEqualTo(UPLOAD_PATH + "?X-Amz-Signature=abc123"))
				.withHeader("Authorization", absent())
				.withHeader("Cookie", absent())
				.withRequestBody(binaryEqualTo(CSV)));
		api.server()
			.verify(postRequestedFor(urlEqualTo(IMPORT_JOBS)).withHeader("Authorization", matching("Basic .+"))
				.withRequestBody(equalToJson("""
						{"type": "file", "format": "csv", "destination": {"table": "doc.people"},
						 "file": {"id": "%s"}}
						""".formatted(FILE_ID))));
		assertThat(requestsInOrder()).containsExactly("POST " + FILES, "PUT " + UPLOAD_PATH, "POST " + IMPORT_JOBS);
		ImportJob job = pending.await(Duration.ofSeconds(5));
		assertThat(job.file().id()).isEqualTo(FILE_ID);
		assertThat(job.status()).isEqualTo(OperationStatus.SUCCEEDED);
	}

	@Test
	void importFileAppliesTheOptionsToTheRequest(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("people.csv"), CSV);
		stubUpload("people.csv", CSV.length);
		api.server().stubFor(post(IMPORT_JOBS).willReturn(created(fileImportJob("gzip", "REGISTERED"))));
		api.server().stubFor(get(IMPORT_JOB).willReturn(okJson(fileImportJob("gzip", "SUCCEEDED"))));

		ImportJob job = this.dataJobs.imports()
			.createFromFile(CLUSTER_ID, ORG_ID, file, DataJobFormat.CSV, "doc.people",
					(request) -> request.withCompression(DataJobCompression.GZIP).withCreateTable(false))
			.await(Duration.ofSeconds(5));

		assertThat(job.compression()).isEqualTo(DataJobCompression.GZIP);
		api.server().verify(postRequestedFor(urlEqualTo(IMPORT_JOBS)).withRequestBody(equalToJson("""
				{"type": "file", "format": "csv", "compression": "gzip",
				 "destination": {"table": "doc.people", "create_table": false}, "file": {"id": "%s"}}
				""".formatted(FILE_ID))));
	}

	@Test
	void aRefusedImportComesAfterTheUploadAndLeavesTheFile(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("people.csv"), CSV);
		stubUpload("people.csv", CSV.length);
		api.server()
			.stubFor(post(IMPORT_JOBS).willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"message": "Bad request", "errors": {"destination": {"table": ["Invalid table name."]}},
						 "success": false}
						""")));

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.dataJobs.imports().createFromFile(CLUSTER_ID, ORG_ID, file, DataJobFormat.CSV, "doc.people"));
		assertThat(requestsInOrder()).containsExactly("POST " + FILES, "PUT " + UPLOAD_PATH, "POST " + IMPORT_JOBS);
	}

	@Test
	void importFileChecksEverythingBeforeUploading(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("people.csv"), CSV);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.imports().createFromFile(" ", ORG_ID, file, DataJobFormat.CSV, "doc.people"))
			.withMessageContaining("cluster_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.imports().createFromFile(CLUSTER_ID, "", file, DataJobFormat.CSV, "doc.people"))
			.withMessageContaining("organization_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.imports().createFromFile(CLUSTER_ID, ORG_ID, file, DataJobFormat.CSV, " "))
			.withMessageContaining("destination.table");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.imports().createFromFile(CLUSTER_ID, ORG_ID, file, null, "doc.people"))
			.withMessageContaining("format");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.imports().createFromFile(CLUSTER_ID, ORG_ID, null, DataJobFormat.CSV, "doc.people"))
			.withMessageContaining("file");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.dataJobs.imports().createFromFile(CLUSTER_ID, ORG_ID, file, DataJobFormat.CSV, "doc.people",
					null))
			.withMessageContaining("options");
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.dataJobs.imports().createFromFile(CLUSTER_ID,
				ORG_ID, dir.resolve("missing.csv"), DataJobFormat.CSV, "doc.people"));
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	private static void stubUpload(String name, int size) {
		api.server().stubFor(post(FILES).willReturn(created("""
				{"id": "%s", "organization_id": "%s", "name": "%s", "file_size": %d, "status": "PENDING",
				 "upload_url": "%s%s?X-Amz-Signature=abc123", "dc": %s}
				""".formatted(FILE_ID, ORG_ID, name, size, api.baseUrl(), UPLOAD_PATH, DC))));
		api.server().stubFor(put(urlPathEqualTo(UPLOAD_PATH)).willReturn(ok()));
	}

	private static String fileImportJob(String compression, String status) {
		return """
				{"id": "%s", "cluster_id": "%s", "type": "file", "format": "csv", "compression": "%s",
				 "destination": {"table": "doc.people", "create_table": true},
				 "file": {"id": "%s", "name": "people.csv", "file_size": %d, "status": "UPLOADED"},
				 "status": "%s",
				 "progress": {"bytes": 0, "details": {}, "failed_files": 0, "failed_records": 0, "message": "",
				              "percent": 0, "processed_files": 0, "records": 0, "total_files": 0, "total_records": 0},
				 "dc": %s}
				""".formatted(IMPORT_JOB_ID, CLUSTER_ID, compression, FILE_ID, CSV.length, status, DC);
	}

	private static List<String> requestsInOrder() {
		List<ServeEvent> events = new ArrayList<>(api.server().getAllServeEvents());
		// WireMock lists the newest first.
		Collections.reverse(events);
		return events.stream()
			.map((event) -> event.getRequest().getMethod() + " " + event.getRequest().getUrl().replaceAll("\\?.*", ""))
			.toList();
	}

}
