package io.cratecloud.client.users;

import java.time.Instant;

import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class UsersClientTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final UsersClient users = TestClients.client(api).users();

	@Test
	void meReadsTheCurrentUser() {
		api.server().stubFor(get("/api/v2/users/me/").willReturn(okJson("""
				{
				  "uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11",
				  "email": "ada@example.com",
				  "name": "Ada Lovelace",
				  "username": "ada",
				  "idp": "cognito",
				  "status": "active",
				  "is_superuser": false,
				  "hmac": "3f1e",
				  "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
				  "organization_roles": [
				    {"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "role_fqn": "org_admin"}
				  ],
				  "project_roles": [
				    {"project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "role_fqn": "project_member"}
				  ]
				}
				""")));

		CurrentUser me = this.users.me();

		assertThat(me.email()).isEqualTo("ada@example.com");
		assertThat(me.isSuperuser()).isFalse();
		assertThat(me.organizationRoles()).containsExactly(
				new OrganizationRole("0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", RoleFqn.ORG_ADMIN));
		assertThat(me.projectRoles()).containsExactly(
				new ProjectRole("a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", RoleFqn.PROJECT_MEMBER));
		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/users/me/")).withBasicAuth(
					new com.github.tomakehurst.wiremock.client.BasicCredentials(CrateCloudApiMock.API_KEY,
							CrateCloudApiMock.API_SECRET))
				.withHeader("User-Agent", equalTo(io.cratecloud.client.CrateCloudClient.USER_AGENT))
				.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void aRoleTheDocumentDoesNotListIsKept() {
		api.offContract("api-notes.md: the document's enums are not closed; new values appear");
		api.server().stubFor(get("/api/v2/users/me/").willReturn(okJson("""
				{"email": "ada@example.com", "is_superuser": false,
				 "project_roles": [{"project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "role_fqn": "project_viewer"}],
				 "some_future_field": {"nested": true}}
				""")));

		CurrentUser me = this.users.me();

		assertThat(me.projectRoles()).singleElement()
			.extracting(ProjectRole::roleFqn)
			.isEqualTo(new RoleFqn("project_viewer"));
	}

	@Test
	void apiKeysNeverShowASecretInToString() {
		api.server().stubFor(get("/api/v2/users/me/api-keys/").willReturn(okJson("""
				[{"key": "k-1", "secret": "s3cr3t-value", "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11",
				  "active": true, "last_used": "2026-07-10T10:41:02.983000+00:00",
				  "dc": {"created": "2026-07-01T08:00:00Z", "modified": "2026-07-01T08:00:00Z"}}]
				""")));

		ApiKey key = this.users.apiKeys().list().get(0);

		assertThat(key.secret()).isEqualTo("s3cr3t-value");
		assertThat(key.toString()).doesNotContain("s3cr3t-value");
		assertThat(key.lastUsed()).isEqualTo(Instant.parse("2026-07-10T10:41:02.983Z"));
	}


	@Test
	void listIsForSuperusers() {
		api.server().stubFor(get("/api/v2/users/").willReturn(okJson("""
				[{"uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com", "name": "Ada Lovelace",
				  "username": "ada", "idp": "cognito",
				  "organization_roles": [{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "role_fqn": "org_member"}],
				  "project_roles": []}]
				""")));

		assertThat(this.users.list()).singleElement().satisfies((user) -> {
			assertThat(user.email()).isEqualTo("ada@example.com");
			assertThat(user.organizationRoles()).extracting(OrganizationRole::roleFqn).containsExactly(RoleFqn.ORG_MEMBER);
		});
	}

	@Test
	void apiKeyByKey() {
		api.server().stubFor(get("/api/v2/users/me/api-keys/k-1/").willReturn(okJson("""
				{"key": "k-1", "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "active": false,
				 "last_used": "2026-07-10T10:41:02Z"}
				""")));

		ApiKey key = this.users.apiKeys().get("k-1");

		assertThat(key.key()).isEqualTo("k-1");
		assertThat(key.active()).isFalse();
		assertThat(key.secret()).isNull();
	}

	@Test
	void membersOfAnOrganizationAndOfAProject() {
		api.server().stubFor(get("/api/v2/organizations/0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33/users/").willReturn(okJson("""
				[{"uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com",
				  "organization_roles": [{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "role_fqn": "org_admin"}]}]
				""")));
		api.server().stubFor(get("/api/v2/projects/a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d/users/").willReturn(okJson("""
				[{"uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com",
				  "project_roles": [{"project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "role_fqn": "project_admin"}]}]
				""")));

		assertThat(this.users.memberships().listOrganizationUsers("0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33"))
			.singleElement()
			.satisfies((user) -> assertThat(user.organizationRoles()).extracting(OrganizationRole::roleFqn)
				.containsExactly(RoleFqn.ORG_ADMIN));
		assertThat(this.users.memberships().listProjectUsers("a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d"))
			.singleElement()
			.satisfies((user) -> assertThat(user.projectRoles()).extracting(ProjectRole::roleFqn)
				.containsExactly(RoleFqn.PROJECT_ADMIN));
	}

}
