package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.users.MembershipsClient;
import io.cratecloud.client.users.OrganizationMembership;
import io.cratecloud.client.users.OrganizationUser;
import io.cratecloud.client.users.ProjectMembership;
import io.cratecloud.client.users.ProjectUser;
import io.cratecloud.client.users.RoleFqn;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link MembershipsClient} on the shared transport.
 */
final class DefaultMembershipsClient implements MembershipsClient {

	private static final String ORGANIZATION_USERS = "/api/v2/organizations/{organization_id}/users/";

	private static final String PROJECT_USERS = "/api/v2/projects/{project_id}/users/";

	private static final ParameterizedTypeReference<List<OrganizationUser>> ORGANIZATION_USER_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ProjectUser>> PROJECT_USER_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	DefaultMembershipsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<OrganizationUser> listOrganizationUsers(String organizationId) {
		return this.transport.get(ORGANIZATION_USERS)
			.pathVariable("organization_id", organizationId)
			.retrieve(ORGANIZATION_USER_LIST);
	}

	@Override
	public OrganizationMembership addToOrganization(String organizationId, String user, RoleFqn role) {
		Arguments.text(user, "user");
		Arguments.required(role, "role_fqn");
		ApiResponse<OrganizationMembership> answer = this.transport.post(ORGANIZATION_USERS)
			.pathVariable("organization_id", organizationId)
			.body(new RoleAssignment(user, role))
			.retrieveWithStatus(OrganizationMembership.class);
		// The status says what happened even where the body leaves 'added' out.
		OrganizationMembership membership = answer.body();
		return new OrganizationMembership(membership.organizationId(), membership.userId(), membership.roleFqn(),
				answer.statusCode() == 201, membership.invited());
	}

	@Override
	public void removeFromOrganization(String organizationId, String user) {
		this.transport.delete("/api/v2/organizations/{organization_id}/users/{user_id_or_email}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("user_id_or_email", user)
			.execute();
	}

	@Override
	public List<ProjectUser> listProjectUsers(String projectId) {
		return this.transport.get(PROJECT_USERS).pathVariable("project_id", projectId).retrieve(PROJECT_USER_LIST);
	}

	@Override
	public ProjectMembership addToProject(String projectId, String user, RoleFqn role) {
		Arguments.text(user, "user");
		Arguments.required(role, "role_fqn");
		ApiResponse<ProjectMembership> answer = this.transport.post(PROJECT_USERS)
			.pathVariable("project_id", projectId)
			.body(new RoleAssignment(user, role))
			.retrieveWithStatus(ProjectMembership.class);
		// The status says what happened even where the body leaves 'added' out.
		ProjectMembership membership = answer.body();
		return new ProjectMembership(membership.projectId(), membership.userId(), membership.roleFqn(),
				answer.statusCode() == 201);
	}

	@Override
	public void removeFromProject(String projectId, String user) {
		this.transport.delete("/api/v2/projects/{project_id}/users/{user_id_or_email}/")
			.pathVariable("project_id", projectId)
			.pathVariable("user_id_or_email", user)
			.execute();
	}

}
