package io.cratecloud.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.organizations.FileStatus;
import io.cratecloud.client.organizations.OrganizationFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FilesApiTests extends FakeApiTests {

	private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

	/** Not UTF-8 text: bytes that would not survive being read as a string. */
	private static final byte[] BINARY = { 'P', 'A', 'R', '1', 0, (byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, '\n' };

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	FilesApiTests() {
		invalidOnPurpose((exchange) -> exchange.status() == 400);
		// Pre-signed URLs lead to the object store, which the API document does not
		// describe.
		offDocument((exchange) -> exchange.path().startsWith(FilesApi.STORAGE_PATH));
	}

	@Test
	void anUploadedFileIsStreamedWithoutCredentialsAndDownloadedAsUploaded(@TempDir Path directory)
			throws IOException {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		Path local = Files.write(directory.resolve("sensors.parquet"), BINARY);

		OrganizationFile created = this.client.organizations().files().upload(acme.id(), local);

		assertThat(created.name()).isEqualTo("sensors.parquet");
		assertThat(created.status()).isEqualTo(FileStatus.PENDING);
		assertThat(created.uploadUrl()).startsWith(this.fake.baseUrl() + FilesApi.STORAGE_PATH + created.id() + "?");
		RecordedExchange upload = this.fake.requests()
			.stream()
			.filter((exchange) -> exchange.method().equals("PUT"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(upload.path()).isEqualTo(FilesApi.STORAGE_PATH + created.id());
		assertThat(upload.status()).isEqualTo(200);
		assertThat(upload.requestHeaders()).doesNotContainKey("authorization");
		assertThat(upload.responseHeaders()).containsKey("etag");

		OrganizationFile uploaded = this.client.organizations().files().get(acme.id(), created.id());
		assertThat(uploaded.status()).isEqualTo(FileStatus.UPLOADED);
		assertThat(uploaded.fileSize()).isEqualTo((long) BINARY.length);
		assertThat(uploaded.uploadUrl()).isNull();
		HttpResponse<byte[]> download = download(uploaded.downloadUrl());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(BINARY);
		assertThat(auditActions(acme.id())).containsExactly("file.create");
	}

	@Test
	void aPendingFileHasNoDownloadUrlAndAnUploadUrlDoesNotDownload() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		OrganizationFile created = this.client.organizations().files().create(acme.id(), "later.csv", 3);

		assertThat(created.fileSize()).isEqualTo(3L);
		OrganizationFile pending = this.client.organizations().files().get(acme.id(), created.id());
		assertThat(pending.status()).isEqualTo(FileStatus.PENDING);
		assertThat(pending.downloadUrl()).isNull();
		HttpResponse<byte[]> refused = download(created.uploadUrl());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(new String(refused.body())).contains("<Code>AccessDenied</Code>");
	}

	@Test
	void anUploadWithAWrongSignatureIsRefusedAndTheFileStaysPending() throws Exception {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		OrganizationFile created = this.client.organizations().files().create(acme.id(), "data.csv", 3);
		String forged = created.uploadUrl().replaceAll("signature=[0-9a-f]+", "signature=0000");

		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(forged)).PUT(HttpRequest.BodyPublishers.ofString("a,b")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.client.organizations().files().get(acme.id(), created.id()).status()).isEqualTo(FileStatus.PENDING);
	}

	@Test
	void filesAreListedAndDeleted() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededOrganization globex = this.fake.seed().organization("Globex");
		OrganizationFile first = this.client.organizations()
			.files()
			.upload(acme.id(), "first.csv", new ByteArrayInputStream("a,b\n1,2\n".getBytes()), 8);
		OrganizationFile second = this.client.organizations().files().create(acme.id(), "second.csv", 10);
		String downloadUrl = this.client.organizations().files().get(acme.id(), first.id()).downloadUrl();

		assertThat(this.client.organizations().files().list(acme.id())).extracting(OrganizationFile::id)
			.containsExactly(first.id(), second.id());
		assertThat(this.client.organizations().files().list(globex.id())).isEmpty();

		this.client.organizations().files().delete(acme.id(), first.id());

		assertThat(this.client.organizations().files().list(acme.id())).extracting(OrganizationFile::id)
			.containsExactly(second.id());
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().files().get(acme.id(), first.id()));
		assertThat(download(downloadUrl).statusCode()).isEqualTo(404);
		assertThat(auditActions(acme.id())).containsExactly("file.delete", "file.create", "file.create");
	}

	@Test
	void filesOfUnknownOrganizationsOrIdsAreNotFound() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		OrganizationFile created = this.client.organizations().files().create(acme.id(), "data.csv", 3);
		SeededOrganization globex = this.fake.seed().organization("Globex");

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().files().list(UNKNOWN_ID));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().files().create(UNKNOWN_ID, "data.csv", 3));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().files().get(acme.id(), UNKNOWN_ID));
		// A file is found only in its own organization.
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().files().get(globex.id(), created.id()));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().files().delete(globex.id(), created.id()));
		assertThat(this.client.organizations().files().list(acme.id())).hasSize(1);
	}

	@Test
	void anInvalidBodyIsABadRequestNamingEveryWrongField() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		HttpResponse<String> response = new FakeHttp(this.fake).send("POST",
				"/api/v2/organizations/" + acme.id() + "/files/", "{\"name\": \"\", \"file_size\": 0}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"name\":[\"Length must be between 1 and 512.\"]")
			.contains("\"file_size\":[");
		assertThat(this.client.organizations().files().list(acme.id())).isEmpty();
	}

	private HttpResponse<byte[]> download(String url) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private List<String> auditActions(String organizationId) {
		return this.client.auditLogs().stream(organizationId, AuditLogQuery.all()).map(AuditEvent::action).toList();
	}

}
