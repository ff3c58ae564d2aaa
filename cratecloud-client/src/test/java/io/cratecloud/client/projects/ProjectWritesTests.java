package io.cratecloud.client.projects;

import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProjectWritesTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String PROJECT_ID = "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d";

	private static final String PROJECT_PATH = "/api/v2/projects/" + PROJECT_ID + "/";

	private static final Map<String, String> CREDENTIALS = Map.of("access_key_id", "DO00QWERTYUIOPASDFGH",
			"secret_access_key", "hX3v9kLmN2pQ7rS5tU8wY1zA4bC6dE0fG");

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ProjectsClient projects = TestClients.client(api).projects();

	@Test
	void createSendsTheOrganizationAndNameAndAnswers201() {
		api.server().stubFor(post("/api/v2/projects/").willReturn(created("""
				{"id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "name": "telemetry",
				 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "region": "eks1.eu-west-1.aws",
				 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
				""")));

		Project project = this.projects.create(ProjectCreateRequest.of(ORG_ID, "telemetry"));

		assertThat(project).isEqualTo(new Project(PROJECT_ID, "telemetry", ORG_ID, "eks1.eu-west-1.aws", null,
				new DublinCore(Instant.parse("2026-07-10T10:41:02.983Z"), Instant.parse("2026-07-10T10:41:02.983Z"))));
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/projects/")).withRequestBody(equalToJson("""
					{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "name": "telemetry"}
					""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void createInAnEdgeRegionSendsTheRegionAndBackupLocation() {
		api.server().stubFor(post("/api/v2/projects/").willReturn(created("""
				{"id": "b2e4d7f1-6c8a-4f3b-9d0e-2a3b4c5d6e7f", "name": "edge plant-3",
				 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "region": "edge.plant-3.example",
				 "backup_location": {"location": "plant-3-backups", "location_type": "s3",
				   "additional_config": {"endpoint_url": "https://fra1.digitaloceanspaces.com"},
				   "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}}
				""")));

		Project project = this.projects.create(ProjectCreateRequest.of(ORG_ID, "edge plant-3")
			.withRegion("edge.plant-3.example")
			.withBackupLocation(BackupLocationRequest.of(BackupLocationType.S3, "plant-3-backups", CREDENTIALS)
				.withAdditionalConfig(Map.of("endpoint_url", "https://fra1.digitaloceanspaces.com"))));

		assertThat(project.backupLocation()).isEqualTo(new ProjectBackupLocation("plant-3-backups",
				BackupLocationType.S3, Map.of("endpoint_url", "https://fra1.digitaloceanspaces.com"),
				new DublinCore(Instant.parse("2026-07-10T10:41:02.983Z"), Instant.parse("2026-07-10T10:41:02.983Z"))));
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/projects/")).withRequestBody(equalToJson("""
					{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "name": "edge plant-3",
					 "region": "edge.plant-3.example",
					 "backup_location": {"location_type": "s3", "location": "plant-3-backups",
					   "credentials": {"access_key_id": "DO00QWERTYUIOPASDFGH",
					     "secret_access_key": "hX3v9kLmN2pQ7rS5tU8wY1zA4bC6dE0fG"},
					   "additional_config": {"endpoint_url": "https://fra1.digitaloceanspaces.com"}}}
					""")));
	}

	@Test
	void backupCredentialsNeverAppearInToString() {
		String text = BackupLocationRequest.of(BackupLocationType.S3, "plant-3-backups", CREDENTIALS).toString();

		assertThat(text).contains("plant-3-backups", "access_key_id", "secret_access_key")
			.doesNotContain("DO00QWERTYUIOPASDFGH", "hX3v9kLmN2pQ7rS5tU8wY1zA4bC6dE0fG");
		assertThat(ProjectCreateRequest.of(ORG_ID, "edge")
			.withBackupLocation(BackupLocationRequest.of(BackupLocationType.S3, "plant-3-backups", CREDENTIALS))
			.toString()).doesNotContain("hX3v9kLmN2pQ7rS5tU8wY1zA4bC6dE0fG");
	}

	@Test
	void createChecksTheProjectBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.projects.create(null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of("0F9A2C55-7C4B-4A4E-9D0A-5F1F2F0D8B33", "telemetry")))
			.withMessageContaining("organization_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "")))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "-telemetry")))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "telemetry/raw")))
			.withMessageContaining("name");
		// The document's pattern is ECMA 262, whose \w is ASCII only.
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "Messdaten_Zürich")))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "t".repeat(513))))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "telemetry").withRegion("r".repeat(513))))
			.withMessageContaining("region");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "edge")
				.withBackupLocation(BackupLocationRequest.of(BackupLocationType.S3, "", CREDENTIALS))))
			.withMessageContaining("location");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "edge")
				.withBackupLocation(BackupLocationRequest.of(null, "plant-3-backups", CREDENTIALS))))
			.withMessageContaining("location_type");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.projects.create(ProjectCreateRequest.of(ORG_ID, "edge")
				.withBackupLocation(BackupLocationRequest.of(BackupLocationType.S3, "plant-3-backups", null))))
			.withMessageContaining("credentials");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void renameSendsTheNewNameWithPatch() {
		api.server().stubFor(patch(PROJECT_PATH).willReturn(okJson("""
				{"id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "name": "telemetry-eu",
				 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "region": "eks1.eu-west-1.aws",
				 "dc": {"created": "2026-03-02T09:20:44.501000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
				""")));

		Project project = this.projects.update(PROJECT_ID, "telemetry-eu");

		assertThat(project.name()).isEqualTo("telemetry-eu");
		assertThat(project.dc().modified()).isEqualTo(Instant.parse("2026-07-10T10:41:02.983Z"));
		api.server()
			.verify(patchRequestedFor(urlEqualTo(PROJECT_PATH))
				.withRequestBody(equalToJson("{\"name\": \"telemetry-eu\"}")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void renameChecksTheNameBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.projects.update(PROJECT_ID, " telemetry"))
			.withMessageContaining("name");
		assertThatIllegalArgumentException().isThrownBy(() -> this.projects.update(PROJECT_ID, null))
			.withMessageContaining("name");
		assertThatIllegalArgumentException().isThrownBy(() -> this.projects.update("", "telemetry"))
			.withMessageContaining("project_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void deleteAnswers204() {
		api.server().stubFor(delete(PROJECT_PATH).willReturn(noContent()));

		this.projects.delete(PROJECT_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo(PROJECT_PATH)));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void deleteChecksTheIdBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.projects.delete(null))
			.withMessageContaining("project_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	private static ResponseDefinitionBuilder created(String json) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(json);
	}

}
