package io.cratecloud.client.users;

import java.util.List;

import io.cratecloud.client.http.CrateCloudTransport;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Users: the current user, their API keys, and the members of organizations and projects.
 */
public final class UsersClient {

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

}
