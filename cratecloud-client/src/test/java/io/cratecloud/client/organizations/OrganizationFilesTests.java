package io.cratecloud.client.organizations;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
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

class OrganizationFilesTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String FILE_ID = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

	private static final String FILES = "/api/v2/organizations/" + ORG_ID + "/files/";

	private static final String UPLOAD_PATH = "/uploads/" + FILE_ID;

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final OrganizationsClient organizations = TestClients.client(api).organizations();

	@Test
	void uploadCreatesTheFileThenPutsTheBytesToTheUploadUrlWithoutApiCredentials(@TempDir Path dir) throws Exception {
		byte[] csv = "id,name\n1,ada\n2,grace\n".getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(dir.resolve("people.csv"), csv);
		stubCreated("people.csv", csv.length);
		api.server().stubFor(put(urlPathEqualTo(UPLOAD_PATH)).willReturn(ok()));

		OrganizationFile uploaded = this.organizations.files().upload(ORG_ID, file);

		assertThat(uploaded.id()).isEqualTo(FILE_ID);
		api.server()
			.verify(postRequestedFor(urlEqualTo(FILES))
				.withRequestBody(equalToJson("{\"name\": \"people.csv\", \"file_size\": " + csv.length + "}"))
				.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Basic .+")));
		api.server()
			.verify(putRequestedFor(urlEqualTo(UPLOAD_PATH + "?X-Amz-Signature=abc123"))
				.withHeader("Authorization", absent())
				.withHeader("Cookie", absent())
				.withHeader("Content-Length", equalTo(Integer.toString(csv.length)))
				.withRequestBody(binaryEqualTo(csv)));
	}

	@Test
	void uploadStreamsContentOfAGivenLength() {
		byte[] json = "{\"id\": 1}\n".getBytes(StandardCharsets.UTF_8);
		stubCreated("rows.json", json.length);
		api.server().stubFor(put(urlPathEqualTo(UPLOAD_PATH)).willReturn(ok()));

		this.organizations.files().upload(ORG_ID, "rows.json", new ByteArrayInputStream(json), json.length);

		api.server()
			.verify(putRequestedFor(urlPathEqualTo(UPLOAD_PATH)).withHeader("Transfer-Encoding", absent())
				.withRequestBody(binaryEqualTo(json)));
	}

	@Test
	void aFailedUploadNamesThePathButNotTheSignature() {
		byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
		stubCreated("rows.json", json.length);
		api.server()
			.stubFor(put(urlPathEqualTo(UPLOAD_PATH)).willReturn(status(503).withBody("<Error>SlowDown</Error>")));

		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> this.organizations.files().upload(ORG_ID, "rows.json", new ByteArrayInputStream(json),
					json.length))
			.satisfies((ex) -> {
				assertThat(ex.getCall().path()).isEqualTo(UPLOAD_PATH);
				assertThat(ex.getMessage()).contains("SlowDown").doesNotContain("abc123");
			});
	}

	@Test
	void aCreatedFileWithoutAnUploadUrlIsAnUnexpectedResponseAndNothingIsUploaded() {
		api.server().stubFor(post(FILES).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"id": "%s", "organization_id": "%s", "name": "rows.json", "file_size": 2, "status": "PENDING"}
					""".formatted(FILE_ID, ORG_ID))));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.organizations.files().upload(ORG_ID, "rows.json",
					new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), 2))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("POST " + FILES).contains("upload_url"));
		api.server().verify(0, putRequestedFor(urlPathEqualTo(UPLOAD_PATH)));
	}

	@Test
	void anUploadUrlThatIsNotAUrlIsAnUnexpectedResponseThatDoesNotQuoteIt() {
		api.offContract("an upload_url that is not a URL breaks the document's format");
		api.server().stubFor(post(FILES).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"id": "%s", "organization_id": "%s", "name": "rows.json", "file_size": 2, "status": "PENDING",
					 "upload_url": "https://bucket.example/up load?X-Amz-Signature=abc123"}
					""".formatted(FILE_ID, ORG_ID))));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.organizations.files().upload(ORG_ID, "rows.json",
					new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), 2))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("not a URL").doesNotContain("abc123"));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.files().create(ORG_ID, "", 10))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.files().create(ORG_ID, "empty.csv", 0))
			.withMessageContaining("file_size");
		assertThatIllegalArgumentException().isThrownBy(() -> this.organizations.files().create(" ", "a.csv", 1))
			.withMessageContaining("organization_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void deleteFile() {
		api.server().stubFor(delete(FILES + FILE_ID + "/").willReturn(noContent()));

		this.organizations.files().delete(ORG_ID, FILE_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo(FILES + FILE_ID + "/")));
	}

	private static void stubCreated(String name, int size) {
		api.server().stubFor(post(FILES).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"id": "%s", "organization_id": "%s", "name": "%s", "file_size": %d, "status": "PENDING",
					 "upload_url": "%s%s?X-Amz-Signature=abc123",
					 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
					""".formatted(FILE_ID, ORG_ID, name, size, api.baseUrl(), UPLOAD_PATH))));
	}

}
