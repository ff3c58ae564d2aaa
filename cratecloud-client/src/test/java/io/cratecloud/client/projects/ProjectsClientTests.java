package io.cratecloud.client.projects;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectsClientTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String PROJECT_ID = "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final ProjectsClient projects = TestClients.client(api).projects();

	@Test
	void listReadsEveryProject() {
		api.server().stubFor(get("/api/v2/projects/").willReturn(okJson("""
				[
				  {"id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "name": "telemetry",
				   "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "region": "aks1.westeurope.azure",
				   "dc": {"created": "2026-03-02T09:20:44.501000+00:00", "modified": "2026-03-02T09:20:44.501000+00:00"}},
				  {"id": "b2e4d7f1-6c8a-4f3b-9d0e-2a3b4c5d6e7f", "name": "edge-plant-3",
				   "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "region": "edge.plant-3.example",
				   "backup_location": {"location": "plant-3-backups", "location_type": "s3",
				     "additional_config": {"endpoint_url": "https://fra1.digitaloceanspaces.com"},
				     "dc": {"created": "2026-04-11T14:02:09+00:00", "modified": "2026-04-11T14:02:09+00:00"}}}
				]
				""")));

		List<Project> list = this.projects.list();

		assertThat(list).hasSize(2);
		assertThat(list.get(0)).isEqualTo(new Project(PROJECT_ID, "telemetry", ORG_ID, "aks1.westeurope.azure", null,
				new DublinCore(Instant.parse("2026-03-02T09:20:44.501Z"), Instant.parse("2026-03-02T09:20:44.501Z"))));
		ProjectBackupLocation backupLocation = list.get(1).backupLocation();
		assertThat(backupLocation.location()).isEqualTo("plant-3-backups");
		assertThat(backupLocation.locationType()).isEqualTo(BackupLocationType.S3);
		assertThat(backupLocation.additionalConfig())
			.isEqualTo(Map.of("endpoint_url", "https://fra1.digitaloceanspaces.com"));
		assertThat(backupLocation.dc().created()).isEqualTo(Instant.parse("2026-04-11T14:02:09Z"));
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/projects/")));
	}

	@Test
	void listForOrganizationReadsTheOrganizationsProjects() {
		api.server().stubFor(get("/api/v2/organizations/" + ORG_ID + "/projects/").willReturn(okJson("""
				[{"id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "name": "telemetry",
				  "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "region": "aks1.westeurope.azure"}]
				""")));

		List<Project> list = this.projects.list(ORG_ID);

		assertThat(list).singleElement().satisfies((project) -> {
			assertThat(project.id()).isEqualTo(PROJECT_ID);
			assertThat(project.organizationId()).isEqualTo(ORG_ID);
			assertThat(project.backupLocation()).isNull();
			assertThat(project.dc()).isNull();
		});
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/organizations/" + ORG_ID + "/projects/")));
	}

	@Test
	void getReadsOneProject() {
		api.server().stubFor(get("/api/v2/projects/" + PROJECT_ID + "/").willReturn(okJson("""
				{"id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "name": "telemetry",
				 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "region": "eks1.eu-west-1.aws",
				 "dc": {"created": "2026-03-02T09:20:44.501000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
				""")));

		Project project = this.projects.get(PROJECT_ID);

		assertThat(project.name()).isEqualTo("telemetry");
		assertThat(project.region()).isEqualTo("eks1.eu-west-1.aws");
		assertThat(project.dc().modified()).isEqualTo(Instant.parse("2026-07-10T10:41:02.983Z"));
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/projects/" + PROJECT_ID + "/")));
	}

}
