package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectCreateRequest;
import io.cratecloud.client.projects.ProjectsClient;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link ProjectsClient} on the shared transport.
 */
public final class DefaultProjectsClient implements ProjectsClient {

	private static final String PROJECT = "/api/v2/projects/{project_id}/";

	private static final ParameterizedTypeReference<List<Project>> PROJECT_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultProjectsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<Project> list() {
		return this.transport.get("/api/v2/projects/").retrieve(PROJECT_LIST);
	}

	@Override
	public List<Project> list(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/projects/")
			.pathVariable("organization_id", organizationId)
			.retrieve(PROJECT_LIST);
	}

	@Override
	public Project get(String projectId) {
		return this.transport.get(PROJECT).pathVariable("project_id", projectId).retrieve(Project.class);
	}

	@Override
	public Project create(ProjectCreateRequest request) {
		Arguments.required(request, "request");
		return this.transport.post("/api/v2/projects/").body(request).retrieve(Project.class);
	}

	@Override
	public Project update(String projectId, String name) {
		Arguments.words(name, "name");
		return this.transport.patch(PROJECT)
			.pathVariable("project_id", projectId)
			.body(new ProjectEdit(name))
			.retrieve(Project.class);
	}

	@Override
	public void delete(String projectId) {
		this.transport.delete(PROJECT).pathVariable("project_id", projectId).execute();
	}

}
