package io.cratecloud.client.users;

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
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Members of organizations and projects, and users themselves.
 */
class MembershipTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String PROJECT_ID = "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d";

	private static final String USER_ID = "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11";

	private static final String ORG_USERS = "/api/v2/organizations/" + ORG_ID + "/users/";

	private static final String PROJECT_USERS = "/api/v2/projects/" + PROJECT_ID + "/users/";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final UsersClient users = TestClients.client(api).users();

	@Test
	void addToOrganizationAnswers201WhenTheUserIsAdded() {
		api.server().stubFor(post(ORG_USERS).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
					 "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "org_member",
					 "added": true, "invited": false}
					""")));

		OrganizationMembership membership = this.users.memberships().addToOrganization(ORG_ID, "ada@analytical-engines.example",
				RoleFqn.ORG_MEMBER);

		assertThat(membership)
			.isEqualTo(new OrganizationMembership(ORG_ID, USER_ID, RoleFqn.ORG_MEMBER, true, false));
		api.server().verify(postRequestedFor(urlEqualTo(ORG_USERS)).withRequestBody(equalToJson("""
				{"user": "ada@analytical-engines.example", "role_fqn": "org_member"}
				""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void theStatusSaysWhetherTheUserWasAddedEvenWithoutAnAddedField() {
		api.server().stubFor(post(ORG_USERS).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
					 "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "org_member"}
					""")));

		assertThat(this.users.memberships().addToOrganization(ORG_ID, USER_ID, RoleFqn.ORG_MEMBER).added()).isTrue();
	}

	@Test
	void addToOrganizationAnswers200WhenOnlyTheRoleChanges() {
		api.server().stubFor(post(ORG_USERS).willReturn(okJson("""
				{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
				 "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "org_admin",
				 "added": false, "invited": false}
				""")));

		OrganizationMembership membership = this.users.memberships().addToOrganization(ORG_ID, USER_ID, RoleFqn.ORG_ADMIN);

		assertThat(membership.added()).isFalse();
		assertThat(membership.roleFqn()).isEqualTo(RoleFqn.ORG_ADMIN);
		api.server().verify(postRequestedFor(urlEqualTo(ORG_USERS)).withRequestBody(equalToJson("""
				{"user": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "org_admin"}
				""")));
	}

	@Test
	void addToOrganizationSaysWhenAUserWithoutAnAccountWasInvited() {
		api.server().stubFor(post(ORG_USERS).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "role_fqn": "org_member",
					 "added": true, "invited": true}
					""")));

		OrganizationMembership membership = this.users.memberships().addToOrganization(ORG_ID, "charles@example.com",
				RoleFqn.ORG_MEMBER);

		assertThat(membership.invited()).isTrue();
		assertThat(membership.userId()).isNull();
	}

	@Test
	void addToOrganizationChecksTheUserAndRoleBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.memberships().addToOrganization(ORG_ID, " ", RoleFqn.ORG_MEMBER))
			.withMessageContaining("user");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.memberships().addToOrganization(ORG_ID, "ada@analytical-engines.example", null))
			.withMessageContaining("role_fqn");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.memberships().addToOrganization("", USER_ID, RoleFqn.ORG_MEMBER))
			.withMessageContaining("organization_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void removeFromOrganizationByIdAnswers204() {
		api.server().stubFor(delete(ORG_USERS + USER_ID + "/").willReturn(noContent()));

		this.users.memberships().removeFromOrganization(ORG_ID, USER_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo(ORG_USERS + USER_ID + "/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void removeFromOrganizationByEmailPutsTheAddressInThePath() {
		// The address is a path variable, so its @ is encoded like every other value.
		String path = ORG_USERS + "ada%40analytical-engines.example/";
		api.server().stubFor(delete(urlEqualTo(path)).willReturn(noContent()));

		this.users.memberships().removeFromOrganization(ORG_ID, "ada@analytical-engines.example");

		api.server().verify(deleteRequestedFor(urlEqualTo(path)));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void removeFromOrganizationChecksTheUserBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.memberships().removeFromOrganization(ORG_ID, ""))
			.withMessageContaining("user_id_or_email");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void addToProjectAnswers201WhenTheUserIsAdded() {
		api.server().stubFor(post(PROJECT_USERS).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d",
					 "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "project_member", "added": true}
					""")));

		ProjectMembership membership = this.users.memberships().addToProject(PROJECT_ID, USER_ID, RoleFqn.PROJECT_MEMBER);

		assertThat(membership).isEqualTo(new ProjectMembership(PROJECT_ID, USER_ID, RoleFqn.PROJECT_MEMBER, true));
		api.server().verify(postRequestedFor(urlEqualTo(PROJECT_USERS)).withRequestBody(equalToJson("""
				{"user": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "project_member"}
				""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void addToProjectAnswers200WhenOnlyTheRoleChanges() {
		api.server().stubFor(post(PROJECT_USERS).willReturn(okJson("""
				{"project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d",
				 "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "project_admin", "added": false}
				""")));

		ProjectMembership membership = this.users.memberships().addToProject(PROJECT_ID, "ada@analytical-engines.example",
				RoleFqn.PROJECT_ADMIN);

		assertThat(membership.added()).isFalse();
		assertThat(membership.roleFqn()).isEqualTo(RoleFqn.PROJECT_ADMIN);
		api.server().verify(postRequestedFor(urlEqualTo(PROJECT_USERS)).withRequestBody(equalToJson("""
				{"user": "ada@analytical-engines.example", "role_fqn": "project_admin"}
				""")));
	}

	@Test
	void addToProjectChecksTheUserAndRoleBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.memberships().addToProject(PROJECT_ID, null, RoleFqn.PROJECT_MEMBER))
			.withMessageContaining("user");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.memberships().addToProject(PROJECT_ID, USER_ID, null))
			.withMessageContaining("role_fqn");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.memberships().addToProject(" ", USER_ID, RoleFqn.PROJECT_MEMBER))
			.withMessageContaining("project_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void removeFromProjectAnswers204() {
		api.server().stubFor(delete(PROJECT_USERS + USER_ID + "/").willReturn(noContent()));

		this.users.memberships().removeFromProject(PROJECT_ID, USER_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo(PROJECT_USERS + USER_ID + "/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void removeFromProjectChecksTheUserBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.memberships().removeFromProject(PROJECT_ID, ".."))
			.withMessageContaining("user_id_or_email");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void deleteUserAnswers204() {
		api.server().stubFor(delete("/api/v2/users/" + USER_ID + "/").willReturn(noContent()));

		this.users.delete(USER_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo("/api/v2/users/" + USER_ID + "/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void deleteUserChecksTheIdBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.delete(" "))
			.withMessageContaining("user_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

}
