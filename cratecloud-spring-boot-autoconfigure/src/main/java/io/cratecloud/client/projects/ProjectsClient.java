package io.cratecloud.client.projects;

import java.util.List;

import io.cratecloud.client.http.CrateCloudTransport;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Projects: the groups of clusters within an organization.
 */
public final class ProjectsClient {

	private static final ParameterizedTypeReference<List<Project>> PROJECT_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public ProjectsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every project the current user can see: {@code GET /api/v2/projects/}.
	 * @return the projects
	 */
	public List<Project> list() {
		return this.transport.get("/api/v2/projects/").retrieve(PROJECT_LIST);
	}

	/**
	 * The projects of one organization:
	 * {@code GET /api/v2/organizations/{organization_id}/projects/}.
	 * @param organizationId the organization's id
	 * @return the organization's projects
	 */
	public List<Project> listForOrganization(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/projects/")
			.pathVariable("organization_id", organizationId)
			.retrieve(PROJECT_LIST);
	}

	/**
	 * One project: {@code GET /api/v2/projects/{project_id}/}.
	 * @param projectId the project's id
	 * @return the project
	 */
	public Project get(String projectId) {
		return this.transport.get("/api/v2/projects/{project_id}/")
			.pathVariable("project_id", projectId)
			.retrieve(Project.class);
	}

}
