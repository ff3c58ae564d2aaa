package io.cratecloud.test;

import java.net.http.HttpResponse;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.client.organizations.OrganizationUpdateRequest;
import io.cratecloud.client.projects.ProjectCreateRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OrganizationsApiTests extends FakeApiTests {

	OrganizationsApiTests() {
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("\"plan_type\": 9"));
	}

	@Test
	void organizationsAreCreatedListedUpdatedAndDeleted() {
		Organization created = this.client.organizations().create(OrganizationCreateRequest.named("Acme"));
		assertThat(created.name()).isEqualTo("Acme");
		assertThat(created.planType()).isEqualTo(3);
		assertThat(created.projectCount()).isZero();
		assertThat(this.client.organizations().list()).extracting(Organization::id).containsExactly(created.id());

		Organization updated = this.client.organizations()
			.update(created.id(), OrganizationUpdateRequest.none().withName("Acme Corp").withEmail("ops@acme.example"));
		assertThat(updated.name()).isEqualTo("Acme Corp");
		assertThat(updated.email()).isEqualTo("ops@acme.example");
		assertThat(this.client.organizations().get(created.id()).name()).isEqualTo("Acme Corp");

		this.client.organizations().delete(created.id());
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().get(created.id()));
		assertThat(this.client.organizations().list()).isEmpty();
	}

	@Test
	void everyChangeIsInTheAuditLog() {
		Organization created = this.client.organizations().create(OrganizationCreateRequest.named("Acme"));
		this.client.organizations().update(created.id(), OrganizationUpdateRequest.none().withName("Acme Corp"));
		assertThat(this.client.auditLogs().stream(created.id(), AuditLogQuery.all())).extracting(AuditEvent::action)
			.containsExactly("organization.update", "organization.create");
	}

	@Test
	void anOrganizationWithProjectsIsNotDeleted() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		this.client.projects().create(ProjectCreateRequest.of(acme.id(), "analytics"));
		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.organizations().delete(acme.id()))
			.withMessageContaining("still has projects");
		assertThat(this.client.organizations().get(acme.id()).projectCount()).isEqualTo(1);
	}

	@Test
	void unknownOrganizationsAreNotFound() {
		String unknown = "00000000-0000-4000-8000-000000000000";
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().get(unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().delete(unknown));
	}

	@Test
	void anInvalidBodyIsABadRequestNamingEveryWrongField() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("POST", "/api/v2/organizations/",
				"{\"name\": \"\", \"plan_type\": 9}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"success\":false").contains("\"name\":[").contains("\"plan_type\":[");
	}

}
