package io.cratecloud.client.projects;

import java.util.List;
import java.util.regex.Pattern;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.http.CrateCloudTransport;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Projects: the groups of clusters within an organization.
 */
public final class ProjectsClient {

	// The document's pattern, read as JSON Schema reads it (ECMA 262): \w is ASCII only.
	private static final Pattern NAME = Pattern.compile("^\\w[\\w\\- ]*$");

	private static final String NAME_RULE = "letters, digits, underscores, hyphens and spaces, "
			+ "starting with a letter, digit or underscore";

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

	/**
	 * Create a project: {@code POST /api/v2/projects/}.
	 * @param project the new project
	 * @return the project created
	 */
	public Project create(ProjectCreate project) {
		Arguments.required(project, "project");
		Arguments.uuid(project.organizationId(), "organization_id");
		checkName(project.name());
		if (project.region() != null) {
			Arguments.length(project.region(), "region", 0, 512);
		}
		if (project.backupLocation() != null) {
			checkBackupLocation(project.backupLocation());
		}
		return this.transport.post("/api/v2/projects/").body(project).retrieve(Project.class);
	}

	/**
	 * Rename a project: {@code PATCH /api/v2/projects/{project_id}/}.
	 * @param projectId the project's id
	 * @param name the new name: 1 to 512 letters, digits, underscores, hyphens and spaces,
	 * starting with a letter, digit or underscore
	 * @return the project as renamed
	 */
	public Project rename(String projectId, String name) {
		checkName(name);
		return this.transport.patch("/api/v2/projects/{project_id}/")
			.pathVariable("project_id", projectId)
			.body(new ProjectEdit(name))
			.retrieve(Project.class);
	}

	/**
	 * Delete a project: {@code DELETE /api/v2/projects/{project_id}/}.
	 * @param projectId the project's id
	 */
	public void delete(String projectId) {
		this.transport.delete("/api/v2/projects/{project_id}/").pathVariable("project_id", projectId).execute();
	}

	private static void checkBackupLocation(BackupLocationCreate backupLocation) {
		Arguments.required(backupLocation.locationType(), "location_type");
		Arguments.length(backupLocation.location(), "location", 1, 512);
		Arguments.required(backupLocation.credentials(), "credentials");
	}

	private static void checkName(String name) {
		Arguments.length(name, "name", 1, 512);
		Arguments.matches(name, "name", NAME, NAME_RULE);
	}

}
