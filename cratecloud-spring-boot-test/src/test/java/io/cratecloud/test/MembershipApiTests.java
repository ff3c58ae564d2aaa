package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.users.OrganizationMembership;
import io.cratecloud.client.users.OrganizationRole;
import io.cratecloud.client.users.OrganizationUser;
import io.cratecloud.client.users.ProjectMembership;
import io.cratecloud.client.users.ProjectRole;
import io.cratecloud.client.users.ProjectUser;
import io.cratecloud.client.users.RoleFqn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class MembershipApiTests extends FakeApiTests {

	private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

	MembershipApiTests() {
		// Adding a member lists no 400 and no 403 in the document, but the fake refuses
		// wrong bodies and demoting an organization's last admin, as the service does (the
		// requests of the wrong bodies are off the document on purpose too).
		offDocument((exchange) -> "POST".equals(exchange.method()) && exchange.path().endsWith("/users/")
				&& (exchange.status() == 400 || exchange.status() == 403));
	}

	@Test
	void aUserIsAddedToAnOrganizationGivenAnotherRoleAndRemoved() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		String me = this.client.users().me().uid();
		String grace = this.fake.seed().user("grace@example.com");

		OrganizationMembership added = this.client.users().memberships().addToOrganization(acme.id(), "grace@example.com",
				RoleFqn.ORG_MEMBER);

		assertThat(added).isEqualTo(new OrganizationMembership(acme.id(), grace, RoleFqn.ORG_MEMBER, true, false));
		assertThat(lastStatus("POST")).isEqualTo(201);
		assertThat(this.client.users().memberships().listOrganizationUsers(acme.id())).extracting(OrganizationUser::uid,
				OrganizationUser::organizationRoles)
			.containsExactly(
					tuple(me, List.of(new OrganizationRole(acme.id(), RoleFqn.ORG_ADMIN))),
					tuple(grace,
							List.of(new OrganizationRole(acme.id(), RoleFqn.ORG_MEMBER))));

		OrganizationMembership promoted = this.client.users().memberships().addToOrganization(acme.id(), grace, RoleFqn.ORG_ADMIN);

		assertThat(promoted.added()).isFalse();
		assertThat(promoted.roleFqn()).isEqualTo(RoleFqn.ORG_ADMIN);
		assertThat(lastStatus("POST")).isEqualTo(200);

		this.client.users().memberships().removeFromOrganization(acme.id(), "GRACE@example.com");

		assertThat(this.client.users().memberships().listOrganizationUsers(acme.id())).extracting(OrganizationUser::uid)
			.containsExactly(me);
		assertThat(this.client.auditLogs().stream(acme.id(), AuditLogQuery.all()).map(AuditEvent::action))
			.containsExactly("user.remove", "user.update_role", "user.add");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().removeFromOrganization(acme.id(), grace));
	}

	@Test
	void anOrganizationKeepsItsLastAdmin() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		String me = this.client.users().me().uid();

		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.users().memberships().removeFromOrganization(acme.id(), me));
		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.users().memberships().addToOrganization(acme.id(), me, RoleFqn.ORG_MEMBER));

		String grace = this.fake.seed().user("grace@example.com");
		this.client.users().memberships().addToOrganization(acme.id(), grace, RoleFqn.ORG_ADMIN);
		this.client.users().memberships().removeFromOrganization(acme.id(), me);

		assertThat(this.client.users().me().organizationRoles()).isEmpty();
		assertThat(this.client.users().memberships().listOrganizationUsers(acme.id())).extracting(OrganizationUser::uid)
			.containsExactly(grace);
	}

	@Test
	void leavingAnOrganizationLeavesItsProjects() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		SeededProject elsewhere = this.fake.seed().organization("Elsewhere").project("reporting");
		String me = this.client.users().me().uid();
		String grace = this.fake.seed().user("grace@example.com");
		this.client.users().memberships().addToOrganization(acme.id(), grace, RoleFqn.ORG_ADMIN);

		this.client.users().memberships().removeFromOrganization(acme.id(), me);

		assertThat(this.client.users().memberships().listProjectUsers(analytics.id())).isEmpty();
		assertThat(this.client.users().me().projectRoles())
			.containsExactly(new ProjectRole(elsewhere.id(), RoleFqn.PROJECT_ADMIN));
	}

	@Test
	void aUserIsAddedToAProjectGivenAnotherRoleAndRemoved() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		String me = this.client.users().me().uid();

		this.client.users().memberships().removeFromProject(analytics.id(), "fake.user@example.com");
		assertThat(this.client.users().memberships().listProjectUsers(analytics.id())).isEmpty();

		ProjectMembership added = this.client.users().memberships().addToProject(analytics.id(), me, RoleFqn.PROJECT_MEMBER);

		assertThat(added).isEqualTo(new ProjectMembership(analytics.id(), me, RoleFqn.PROJECT_MEMBER, true));
		assertThat(lastStatus("POST")).isEqualTo(201);
		assertThat(this.client.users().memberships().listProjectUsers(analytics.id())).singleElement()
			.extracting(ProjectUser::projectRoles)
			.isEqualTo(List.of(new ProjectRole(analytics.id(), RoleFqn.PROJECT_MEMBER)));

		ProjectMembership promoted = this.client.users().memberships().addToProject(analytics.id(), "fake.user@example.com",
				RoleFqn.PROJECT_ADMIN);

		assertThat(promoted.added()).isFalse();
		assertThat(lastStatus("POST")).isEqualTo(200);
		assertThat(this.client.users().me().projectRoles())
			.containsExactly(new ProjectRole(analytics.id(), RoleFqn.PROJECT_ADMIN));
		assertThat(this.client.auditLogs().stream(acme.id(), AuditLogQuery.all()).map(AuditEvent::action))
			.containsExactly("project.user.update_role", "project.user.add", "project.user.remove");
	}

	@Test
	void projectsHaveNoInvitationsSoAnUnknownUserIsNotFound() {
		SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");

		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(
				() -> this.client.users().memberships().addToProject(analytics.id(), "nobody@example.com", RoleFqn.PROJECT_MEMBER));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().removeFromProject(analytics.id(), "nobody@example.com"));
		assertThat(this.client.users().memberships().listProjectUsers(analytics.id())).hasSize(1);
	}

	@Test
	void unknownOrganizationsProjectsAndUsersAreNotFound() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().listOrganizationUsers(UNKNOWN_ID));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().addToOrganization(UNKNOWN_ID, "fake.user@example.com",
					RoleFqn.ORG_ADMIN));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().removeFromOrganization(UNKNOWN_ID, "fake.user@example.com"));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().listProjectUsers(UNKNOWN_ID));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().addToProject(UNKNOWN_ID, "fake.user@example.com",
					RoleFqn.PROJECT_ADMIN));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().removeFromProject(UNKNOWN_ID, "fake.user@example.com"));
		// An unknown id is not invited: only e-mail addresses are.
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().memberships().addToOrganization(acme.id(), UNKNOWN_ID, RoleFqn.ORG_MEMBER));
		assertThat(this.client.organizations().invitations().list(acme.id())).isEmpty();
	}

	@Test
	void aRoleMustBeOneTheRolesListOffersForTheKindOfEntity() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		FakeHttp http = new FakeHttp(this.fake);

		HttpResponse<String> organization = http.send("POST", "/api/v2/organizations/" + acme.id() + "/users/",
				"{\"user\": \"fake.user@example.com\", \"role_fqn\": \"project_member\"}");
		HttpResponse<String> project = http.send("POST", "/api/v2/projects/" + analytics.id() + "/users/",
				"{\"user\": \"fake.user@example.com\", \"role_fqn\": \"org_member\"}");

		assertThat(organization.statusCode()).isEqualTo(400);
		assertThat(organization.body()).contains("\"role_fqn\":[\"Must be one of: org_admin, org_member.\"]");
		assertThat(project.statusCode()).isEqualTo(400);
		assertThat(project.body()).contains("\"role_fqn\":[\"Must be one of: project_admin, project_member.\"]");
		assertThat(this.client.users().me().organizationRoles()).extracting(OrganizationRole::roleFqn)
			.containsExactly(RoleFqn.ORG_ADMIN);
	}

	@Test
	void aBodyWithoutUserAndWithAnUnknownRoleIsABadRequestNamingBoth() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		HttpResponse<String> response = new FakeHttp(this.fake).send("POST",
				"/api/v2/organizations/" + acme.id() + "/users/", "{\"role_fqn\": \"owner\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"user\":[\"Missing data for required field.\"]")
			.contains("\"role_fqn\":[\"Must be one of: org_admin, org_member.\"]");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().memberships().addToOrganization(acme.id(), "neither-id-nor-address",
					RoleFqn.ORG_MEMBER))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("user"));
	}

	private int lastStatus(String method) {
		return this.fake.requests()
			.stream()
			.filter((exchange) -> method.equals(exchange.method()))
			.reduce((first, second) -> second)
			.orElseThrow()
			.status();
	}

}
