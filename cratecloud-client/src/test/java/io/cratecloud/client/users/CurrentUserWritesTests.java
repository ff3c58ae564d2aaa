package io.cratecloud.client.users;

import java.time.Instant;

import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Writes the current user makes on their own account: e-mail address, invitations and API
 * keys.
 */
class CurrentUserWritesTests {

	private static final String USER_ID = "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11";

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String ME = """
			{"uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@analytical-engines.example",
			 "name": "Ada Lovelace", "username": "ada", "idp": "cognito", "status": "active", "is_superuser": false,
			 "organization_roles": [{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "role_fqn": "org_admin"}],
			 "project_roles": []}
			""";

	private static final String KEY = "9b7e1f40c2d34a6f";

	private static final String SECRET = "Yx3kP9qLm2Rt7Vw5Zb8Nc4Df6Gh1Jk0Sa";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final UsersClient users = TestClients.client(api).users();

	@Test
	void updateEmailThatTakesEffectAtOnceAnswers200WithTheUser() {
		api.server().stubFor(patch("/api/v2/users/me/").willReturn(okJson(ME)));

		EmailChange change = this.users.updateEmail("ada@analytical-engines.example");

		assertThat(change.confirmationPending()).isFalse();
		assertThat(change.user().email()).isEqualTo("ada@analytical-engines.example");
		assertThat(change.user().organizationRoles())
			.containsExactly(new OrganizationRole(ORG_ID, RoleFqn.ORG_ADMIN));
		assertThat(change.message()).isNull();
		api.server()
			.verify(patchRequestedFor(urlEqualTo("/api/v2/users/me/"))
				.withRequestBody(equalToJson("{\"email\": \"ada@analytical-engines.example\"}")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void updateEmailThatWaitsForConfirmationAnswers202() {
		api.server().stubFor(patch("/api/v2/users/me/").willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"message": "A confirmation e-mail was sent to ada@analytical-engines.example.",
					 "status": "pending", "success": true}
					""")));

		EmailChange change = this.users.updateEmail("ada@analytical-engines.example");

		assertThat(change).isEqualTo(new EmailChange(null,
				"A confirmation e-mail was sent to ada@analytical-engines.example.", "pending"));
		assertThat(change.confirmationPending()).isTrue();
	}

	@Test
	void updateEmailChecksTheAddressBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updateEmail("ada"))
			.withMessageContaining("email");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updateEmail(null))
			.withMessageContaining("email");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updateEmail("ada lovelace@example.com"))
			.withMessageContaining("email");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void confirmEmailSendsTheTokenWithPut() {
		api.server().stubFor(put("/api/v2/users/me/confirm-email/").willReturn(okJson(ME)));

		CurrentUser user = this.users.confirmEmail("eyJlbWFpbCI6ImFkYUBhbmFseXRpY2FsIn0.ZnR4Ng");

		assertThat(user.uid()).isEqualTo(USER_ID);
		api.server()
			.verify(putRequestedFor(urlEqualTo("/api/v2/users/me/confirm-email/"))
				.withRequestBody(equalToJson("{\"token\": \"eyJlbWFpbCI6ImFkYUBhbmFseXRpY2FsIn0.ZnR4Ng\"}")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void acceptInviteThatAddsTheUserAnswers201() {
		api.server().stubFor(post("/api/v2/users/me/accept-invite/").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
					 "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "org_member",
					 "added": true, "invited": false}
					""")));

		OrganizationMembership membership = this.users.acceptInvite("c3e1f0a2-6b4d-4e8f-9a7c-2d5b1e0f3a64");

		assertThat(membership)
			.isEqualTo(new OrganizationMembership(ORG_ID, USER_ID, RoleFqn.ORG_MEMBER, true, false));
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/users/me/accept-invite/"))
				.withRequestBody(equalToJson("{\"token\": \"c3e1f0a2-6b4d-4e8f-9a7c-2d5b1e0f3a64\"}")));
	}

	@Test
	void acceptInviteForAMemberAnswers200AndChangesTheRole() {
		api.server().stubFor(post("/api/v2/users/me/accept-invite/").willReturn(okJson("""
				{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
				 "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "role_fqn": "org_admin",
				 "added": false, "invited": false}
				""")));

		OrganizationMembership membership = this.users.acceptInvite("c3e1f0a2-6b4d-4e8f-9a7c-2d5b1e0f3a64");

		assertThat(membership.added()).isFalse();
		assertThat(membership.roleFqn()).isEqualTo(RoleFqn.ORG_ADMIN);
	}

	@Test
	void tokensAreCheckedBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.confirmEmail(" "))
			.withMessageContaining("token");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.acceptInvite(null))
			.withMessageContaining("token");
		assertThat(api.server().getAllServeEvents()).isEmpty();
		// That the request body never prints the token: SecretRequestBodiesTests.
	}

	@Test
	void createApiKeyReadsTheDocumentsNestedAnswer() {
		api.server().stubFor(post("/api/v2/users/me/api-keys/").willReturn(okJson("""
				{"key": {"key": "9b7e1f40c2d34a6f", "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "active": true,
				   "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}},
				 "secret": "Yx3kP9qLm2Rt7Vw5Zb8Nc4Df6Gh1Jk0Sa", "success": true}
				""")));

		ApiKey key = this.users.apiKeys().create();

		assertThat(key).isEqualTo(new ApiKey(KEY, SECRET, USER_ID, true, null,
				new DublinCore(Instant.parse("2026-07-10T10:41:02.983Z"), Instant.parse("2026-07-10T10:41:02.983Z"))));
		assertThat(key.toString()).contains(KEY).doesNotContain(SECRET);
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/users/me/api-keys/")).withRequestBody(absent())
				.withHeader("Content-Type", absent()));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void createApiKeyReadsTheFlatAnswerTheServiceGives() {
		api.offContract("api-notes.md: the service answers flat, {key, secret, user_id, active}, as the CLI reads it");
		api.server().stubFor(post("/api/v2/users/me/api-keys/").willReturn(okJson("""
				{"key": "9b7e1f40c2d34a6f", "secret": "Yx3kP9qLm2Rt7Vw5Zb8Nc4Df6Gh1Jk0Sa",
				 "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "active": true}
				""")));

		ApiKey key = this.users.apiKeys().create();

		assertThat(key).isEqualTo(new ApiKey(KEY, SECRET, USER_ID, true, null, null));
		assertThat(key.toString()).doesNotContain(SECRET);
	}

	@Test
	void createApiKeyWithoutASecretInTheAnswerFailsWithoutEchoingTheBody() {
		api.server().stubFor(post("/api/v2/users/me/api-keys/").willReturn(okJson("""
				{"key": {"key": "9b7e1f40c2d34a6f", "active": true}, "success": true}
				""")));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.users.apiKeys().create())
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("/api/v2/users/me/api-keys/").doesNotContain(KEY);
				assertThat(ex.getCall().pathTemplate()).isEqualTo("/api/v2/users/me/api-keys/");
			});
	}

	@Test
	void setApiKeyActiveSendsTheFlagWithPatch() {
		api.server().stubFor(patch("/api/v2/users/me/api-keys/" + KEY + "/").willReturn(okJson("""
				{"key": "9b7e1f40c2d34a6f", "user_id": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "active": false,
				 "last_used": "2026-07-09T18:20:00.000000+00:00",
				 "dc": {"created": "2026-07-01T08:00:00+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
				""")));

		ApiKey key = this.users.apiKeys().update(KEY, false);

		assertThat(key.active()).isFalse();
		assertThat(key.secret()).isNull();
		assertThat(key.lastUsed()).isEqualTo(Instant.parse("2026-07-09T18:20:00Z"));
		api.server()
			.verify(patchRequestedFor(urlEqualTo("/api/v2/users/me/api-keys/" + KEY + "/"))
				.withRequestBody(equalToJson("{\"active\": false}")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void deleteApiKeyAnswers204() {
		api.server().stubFor(delete("/api/v2/users/me/api-keys/" + KEY + "/").willReturn(noContent()));

		this.users.apiKeys().delete(KEY);

		api.server().verify(deleteRequestedFor(urlEqualTo("/api/v2/users/me/api-keys/" + KEY + "/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void apiKeyOperationsCheckTheKeyBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.apiKeys().update("", true))
			.withMessageContaining("api_key");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.apiKeys().delete(null))
			.withMessageContaining("api_key");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

}
