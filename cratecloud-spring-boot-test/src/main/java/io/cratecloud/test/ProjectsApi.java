package io.cratecloud.test;

import java.util.LinkedHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Projects: list (all, or of an organization), get, create, rename, delete.
 */
final class ProjectsApi implements FakeApi {

	/** The document's pattern for project names. */
	static final Pattern NAME = Pattern.compile("^\\w[\\w\\- ]*$");

	private final FakeState state;

	ProjectsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/projects/", this::list)
			.post("/api/v2/projects/", this::create)
			.get("/api/v2/projects/{project_id}/", this::get)
			.patch("/api/v2/projects/{project_id}/", this::rename)
			.delete("/api/v2/projects/{project_id}/", this::delete)
			.get("/api/v2/organizations/{organization_id}/projects/", this::listForOrganization);
	}

	/**
	 * Creates a project in an existing organization, with the current user as its admin.
	 */
	static ObjectNode create(FakeState state, String organizationId, String name, @Nullable String region) {
		String id = state.newId();
		ObjectNode project = state.object()
			.put("id", id)
			.put("name", name)
			.put("organization_id", organizationId)
			.put("region", (region != null) ? region : ProductCatalog.REGION);
		project.set("dc", state.dc());
		state.projects.put(id, project);
		state.projectMembers.computeIfAbsent(id, (key) -> new LinkedHashMap<>())
			.put(state.currentUserId(), "project_admin");
		return project;
	}

	private FakeResponse list(FakeRequest request) {
		ArrayNode projects = this.state.json.createArrayNode();
		this.state.projects.values().forEach((project) -> projects.add(project.deepCopy()));
		return FakeResponse.ok(projects);
	}

	private FakeResponse listForOrganization(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		ArrayNode projects = this.state.json.createArrayNode();
		this.state.projects.values()
			.stream()
			.filter((project) -> project.get("organization_id").asString().equals(organizationId))
			.forEach((project) -> projects.add(project.deepCopy()));
		return FakeResponse.ok(projects);
	}

	private FakeResponse get(FakeRequest request) {
		return FakeResponse.ok(this.state.project(request.pathVariable("project_id")).deepCopy());
	}

	private FakeResponse create(FakeRequest request) {
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String name = checks.requiredMatching(body, "name", NAME,
				"Must start with a letter, digit or underscore, then letters, digits, '_', '-' or spaces.");
		String organizationId = checks.requiredId(body, "organization_id");
		String region = checks.optionalString(body, "region", 0, 512);
		checks.throwIfInvalid();
		this.state.organization(organizationId);
		ObjectNode project = create(this.state, organizationId, name, region);
		this.state.audit(organizationId, "project.create",
				this.state.object().put("project_id", project.get("id").asString()).put("name", name));
		return FakeResponse.created(project.deepCopy());
	}

	private FakeResponse rename(FakeRequest request) {
		ObjectNode project = this.state.project(request.pathVariable("project_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String name = checks.requiredMatching(body, "name", NAME,
				"Must start with a letter, digit or underscore, then letters, digits, '_', '-' or spaces.");
		checks.throwIfInvalid();
		project.put("name", name);
		this.state.touch(project);
		this.state.audit(project.get("organization_id").asString(), "project.update",
				this.state.object().put("project_id", project.get("id").asString()).put("name", name));
		return FakeResponse.ok(project.deepCopy());
	}

	private FakeResponse delete(FakeRequest request) {
		String id = request.pathVariable("project_id");
		ObjectNode project = this.state.project(id);
		boolean hasClusters = this.state.clusters.values()
			.stream()
			.anyMatch((cluster) -> cluster.get("project_id").asString().equals(id));
		if (hasClusters) {
			throw FakeApiException.forbidden("The project still has clusters; delete them first.");
		}
		this.state.projects.remove(id);
		this.state.projectMembers.remove(id);
		this.state.audit(project.get("organization_id").asString(), "project.delete",
				this.state.object().put("project_id", id));
		return FakeResponse.noContent();
	}

}
