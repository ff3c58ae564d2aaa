package io.cratecloud.client.projects;

import java.util.List;

/**
 * Projects: the groups of clusters within an organization. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#projects()}.
 */
public interface ProjectsClient {

	/**
	 * Every project the current user is a member of: {@code GET /api/v2/projects/}.
	 * @return the projects
	 */
	List<Project> list();

	/**
	 * The projects of one organization:
	 * {@code GET /api/v2/organizations/{organization_id}/projects/}.
	 * @param organizationId the organization's id
	 * @return the organization's projects
	 */
	List<Project> list(String organizationId);

	/**
	 * One project: {@code GET /api/v2/projects/{project_id}/}.
	 * @param projectId the project's id
	 * @return the project
	 */
	Project get(String projectId);

	/**
	 * Create a project: {@code POST /api/v2/projects/}.
	 * @param request the new project
	 * @return the project created
	 */
	Project create(ProjectCreateRequest request);

	/**
	 * Rename a project, the one change the API allows:
	 * {@code PATCH /api/v2/projects/{project_id}/}.
	 * @param projectId the project's id
	 * @param name the new name: 1 to 512 letters, digits, underscores, hyphens and spaces,
	 * starting with a letter, digit or underscore
	 * @return the project as renamed
	 */
	Project update(String projectId, String name);

	/**
	 * Delete a project: {@code DELETE /api/v2/projects/{project_id}/}. The service refuses
	 * while it still has clusters.
	 * @param projectId the project's id
	 */
	void delete(String projectId);

}
