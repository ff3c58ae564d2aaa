package io.cratecloud.client.users;

import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.http.ApiResponse;
import io.cratecloud.client.http.CrateCloudTransport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * Users: the current user, their API keys, and the members of organizations and projects.
 */
public final class UsersClient {

	// What failures name when an answer is read here rather than by the transport.
	private static final ApiCall UPDATE_EMAIL = new ApiCall(HttpMethod.PATCH, "/api/v2/users/me/",
			"/api/v2/users/me/");

	private static final ApiCall CREATE_API_KEY = new ApiCall(HttpMethod.POST, "/api/v2/users/me/api-keys/",
			"/api/v2/users/me/api-keys/");

	// Lenient on purpose: the service judges addresses; this only stops what plainly is none.
	private static final ParameterizedTypeReference<List<User>> USER_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ApiKey>> API_KEY_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<OrganizationUser>> ORGANIZATION_USER_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ProjectUser>> PROJECT_USER_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public UsersClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * The user the API key belongs to: {@code GET /api/v2/users/me/}.
	 * @return the current user
	 */
	public CurrentUser me() {
		return this.transport.get("/api/v2/users/me/").retrieve(CurrentUser.class);
	}

	/**
	 * Every user of CrateDB Cloud, for superusers only: {@code GET /api/v2/users/}.
	 * @return the users
	 */
	public List<User> list() {
		return this.transport.get("/api/v2/users/").retrieve(USER_LIST);
	}

	/**
	 * The current user's API keys, without their secrets: {@code GET /api/v2/users/me/api-keys/}.
	 * @return the API keys
	 */
	public List<ApiKey> apiKeys() {
		return this.transport.get("/api/v2/users/me/api-keys/").retrieve(API_KEY_LIST);
	}

	/**
	 * One of the current user's API keys: {@code GET /api/v2/users/me/api-keys/{api_key}/}.
	 * @param key the key
	 * @return the API key, without its secret
	 */
	public ApiKey apiKey(String key) {
		return this.transport.get("/api/v2/users/me/api-keys/{api_key}/")
			.pathVariable("api_key", key)
			.retrieve(ApiKey.class);
	}

	/**
	 * The members of an organization: {@code GET /api/v2/organizations/{organization_id}/users/}.
	 * @param organizationId the organization's id
	 * @return the organization's users
	 */
	public List<OrganizationUser> listForOrganization(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/users/")
			.pathVariable("organization_id", organizationId)
			.retrieve(ORGANIZATION_USER_LIST);
	}

	/**
	 * The members of a project: {@code GET /api/v2/projects/{project_id}/users/}.
	 * @param projectId the project's id
	 * @return the project's users
	 */
	public List<ProjectUser> listForProject(String projectId) {
		return this.transport.get("/api/v2/projects/{project_id}/users/")
			.pathVariable("project_id", projectId)
			.retrieve(PROJECT_USER_LIST);
	}

	/**
	 * Change the current user's e-mail address: {@code PATCH /api/v2/users/me/}. The service
	 * may make the change at once or wait until the new address is confirmed with
	 * {@link #confirmEmail(String)}; the answer says which.
	 * @param email the new address
	 * @return the change, with the user as changed if it took effect at once
	 */
	public EmailChange updateEmail(String email) {
		Arguments.email(email, "email");
		ApiResponse<JsonNode> answer = this.transport.patch("/api/v2/users/me/")
			.body(new EmailEdit(email))
			.retrieveWithStatus(JsonNode.class);
		// 200 answers with the changed user; 202 with a message, as the change waits for the
		// new address to be confirmed.
		if (answer.statusCode() == 202) {
			return new EmailChange(null, answer.body().path("message").stringValue(null),
					answer.body().path("status").stringValue(null));
		}
		return new EmailChange(readAs(answer.body(), CurrentUser.class, UPDATE_EMAIL), null, null);
	}

	/**
	 * Confirm a change of the current user's e-mail address with the token the service sent
	 * to the new address: {@code PUT /api/v2/users/me/confirm-email/}.
	 * @param token the token from the confirmation message
	 * @return the user as changed
	 */
	public CurrentUser confirmEmail(String token) {
		Arguments.text(token, "token");
		return this.transport.put("/api/v2/users/me/confirm-email/")
			.body(new ConfirmationToken(token))
			.retrieve(CurrentUser.class);
	}

	/**
	 * Accept an invitation to an organization with the token the service sent by e-mail:
	 * {@code POST /api/v2/users/me/accept-invite/}.
	 * @param token the token from the invitation
	 * @return the current user's role in the organization
	 */
	public OrganizationMembership acceptInvite(String token) {
		Arguments.text(token, "token");
		return this.transport.post("/api/v2/users/me/accept-invite/")
			.body(new ConfirmationToken(token))
			.retrieve(OrganizationMembership.class);
	}

	/**
	 * Create an API key for the current user: {@code POST /api/v2/users/me/api-keys/}. The
	 * answer is the only one that ever holds the key's secret. The service deletes keys that
	 * go unused for 90 days.
	 * @return the new key, with its secret, which {@link ApiKey#toString()} never prints
	 */
	public ApiKey createApiKey() {
		JsonNode answer = this.transport.post("/api/v2/users/me/api-keys/").retrieve(JsonNode.class);
		// The document nests the key ({key: {...}, secret}); the service, as the official CLI
		// reads it, answers flat ({key, secret, user_id, active}).
		JsonNode fields = answer.path("key").isObject() ? answer.get("key") : answer;
		ApiKey key = readAs(fields, ApiKey.class, CREATE_API_KEY);
		String secret = (key.secret() != null) ? key.secret() : answer.path("secret").stringValue(null);
		if (key.key() == null || secret == null) {
			// The body is left out of the message: it may hold half of the new credentials.
			throw new CrateCloudUnexpectedResponseException(
					CREATE_API_KEY + " answered without the new key and its secret", CREATE_API_KEY, 200, null, null);
		}
		return new ApiKey(key.key(), secret, key.userId(), key.active(), key.lastUsed(), key.dc());
	}

	/**
	 * Turn one of the current user's API keys on or off:
	 * {@code PATCH /api/v2/users/me/api-keys/{api_key}/}.
	 * @param key the key
	 * @param active whether the key may be used
	 * @return the API key as changed, without its secret
	 */
	public ApiKey setApiKeyActive(String key, boolean active) {
		return this.transport.patch("/api/v2/users/me/api-keys/{api_key}/")
			.pathVariable("api_key", key)
			.body(new ApiKeyEdit(active))
			.retrieve(ApiKey.class);
	}

	/**
	 * Delete one of the current user's API keys:
	 * {@code DELETE /api/v2/users/me/api-keys/{api_key}/}.
	 * @param key the key
	 */
	public void deleteApiKey(String key) {
		this.transport.delete("/api/v2/users/me/api-keys/{api_key}/").pathVariable("api_key", key).execute();
	}

	/**
	 * Give a user a role in an organization, adding the user if needed; a user without an
	 * account is invited: {@code POST /api/v2/organizations/{organization_id}/users/}.
	 * @param organizationId the organization's id
	 * @param user the user's id or e-mail address
	 * @param role the role, such as {@link RoleFqn#ORG_MEMBER}
	 * @return the user's role, and whether the user was added or only given a new role
	 */
	public OrganizationMembership addToOrganization(String organizationId, String user, RoleFqn role) {
		Arguments.text(user, "user");
		Arguments.required(role, "role_fqn");
		ApiResponse<OrganizationMembership> answer = this.transport.post("/api/v2/organizations/{organization_id}/users/")
			.pathVariable("organization_id", organizationId)
			.body(new RoleAssignment(user, role))
			.retrieveWithStatus(OrganizationMembership.class);
		// The status says what happened even where the body leaves 'added' out.
		OrganizationMembership membership = answer.body();
		return new OrganizationMembership(membership.organizationId(), membership.userId(), membership.roleFqn(),
				answer.statusCode() == 201, membership.invited());
	}

	/**
	 * Remove a user from an organization:
	 * {@code DELETE /api/v2/organizations/{organization_id}/users/{user_id_or_email}/}. The
	 * service refuses to remove the organization's last administrator.
	 * @param organizationId the organization's id
	 * @param user the user's id or e-mail address
	 */
	public void removeFromOrganization(String organizationId, String user) {
		this.transport.delete("/api/v2/organizations/{organization_id}/users/{user_id_or_email}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("user_id_or_email", user)
			.execute();
	}

	/**
	 * Give a user a role in a project, adding the user if needed:
	 * {@code POST /api/v2/projects/{project_id}/users/}.
	 * @param projectId the project's id
	 * @param user the user's id or e-mail address
	 * @param role the role, such as {@link RoleFqn#PROJECT_MEMBER}
	 * @return the user's role, and whether the user was added or only given a new role
	 */
	public ProjectMembership addToProject(String projectId, String user, RoleFqn role) {
		Arguments.text(user, "user");
		Arguments.required(role, "role_fqn");
		ApiResponse<ProjectMembership> answer = this.transport.post("/api/v2/projects/{project_id}/users/")
			.pathVariable("project_id", projectId)
			.body(new RoleAssignment(user, role))
			.retrieveWithStatus(ProjectMembership.class);
		// The status says what happened even where the body leaves 'added' out.
		ProjectMembership membership = answer.body();
		return new ProjectMembership(membership.projectId(), membership.userId(), membership.roleFqn(),
				answer.statusCode() == 201);
	}

	/**
	 * Remove a user from a project:
	 * {@code DELETE /api/v2/projects/{project_id}/users/{user_id_or_email}/}.
	 * @param projectId the project's id
	 * @param user the user's id or e-mail address
	 */
	public void removeFromProject(String projectId, String user) {
		this.transport.delete("/api/v2/projects/{project_id}/users/{user_id_or_email}/")
			.pathVariable("project_id", projectId)
			.pathVariable("user_id_or_email", user)
			.execute();
	}

	/**
	 * Delete a user, for superusers only: {@code DELETE /api/v2/users/{user_id}/}.
	 * @param userId the user's id
	 */
	public void delete(String userId) {
		this.transport.delete("/api/v2/users/{user_id}/").pathVariable("user_id", userId).execute();
	}

	private <T> T readAs(JsonNode node, Class<T> type, ApiCall call) {
		try {
			return this.transport.jsonMapper().treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw new CrateCloudUnexpectedResponseException(
					call + " answered with a body that cannot be read as " + type.getSimpleName(), call, 200, null, ex);
		}
	}

}
