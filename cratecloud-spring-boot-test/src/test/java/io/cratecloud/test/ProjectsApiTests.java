package io.cratecloud.test;

import java.net.http.HttpResponse;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectCreateRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProjectsApiTests extends FakeApiTests {

	ProjectsApiTests() {
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("starts with a space"));
	}

	@Test
	void projectsAreCreatedListedRenamedAndDeleted() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		Project created = this.client.projects().create(ProjectCreateRequest.of(acme.id(), "analytics"));
		assertThat(created.name()).isEqualTo("analytics");
		assertThat(created.organizationId()).isEqualTo(acme.id());

		assertThat(this.client.projects().list(acme.id())).extracting(Project::id)
			.containsExactly(created.id());
		Organization organization = this.client.organizations().get(acme.id());
		assertThat(organization.projectCount()).isEqualTo(1);

		assertThat(this.client.projects().update(created.id(), "reporting").name()).isEqualTo("reporting");
		assertThat(this.client.projects().get(created.id()).name()).isEqualTo("reporting");

		this.client.projects().delete(created.id());
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.projects().get(created.id()));
		assertThat(this.client.projects().list()).isEmpty();
	}

	@Test
	void aProjectInAnUnknownOrganizationIsNotFound() {
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.projects().create(ProjectCreateRequest.of("00000000-0000-4000-8000-000000000000", "analytics")));
	}

	@Test
	void anInvalidBodyIsABadRequestNamingEveryWrongField() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("POST", "/api/v2/projects/",
				"{\"name\": \" starts with a space\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"success\":false")
			.contains("\"name\":[")
			.contains("\"organization_id\":[\"Missing data for required field.\"]");
	}

}
