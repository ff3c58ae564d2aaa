package io.cratecloud.test;

import java.util.LinkedHashMap;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Organizations: list, get, create, update, delete. The creator becomes the organization's
 * admin.
 */
final class OrganizationsApi implements FakeApi {

	private static final Set<Long> PLAN_TYPES = Set.of(1L, 2L, 3L, 4L, 5L, 6L);

	private final FakeState state;

	OrganizationsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/organizations/", this::list)
			.post("/api/v2/organizations/", this::create)
			.get("/api/v2/organizations/{organization_id}/", this::get)
			.put("/api/v2/organizations/{organization_id}/", this::update)
			.delete("/api/v2/organizations/{organization_id}/", this::delete);
	}

	/**
	 * Creates an organization with the current user as its admin.
	 */
	static ObjectNode create(FakeState state, String name, long planType) {
		String id = state.newId();
		ObjectNode organization = state.object()
			.put("id", id)
			.put("name", name)
			.put("plan_type", planType)
			.put("email", state.currentUser.get("email").asString())
			.put("notifications_enabled", true)
			.put("project_count", 0)
			.put("role_fqn", "org_admin");
		organization.set("dc", state.dc());
		state.organizations.put(id, organization);
		state.organizationMembers.computeIfAbsent(id, (key) -> new LinkedHashMap<>())
			.put(state.currentUserId(), "org_admin");
		return organization;
	}

	/**
	 * The organization, with {@code project_count} as it is now.
	 */
	static ObjectNode view(FakeState state, ObjectNode organization) {
		String id = organization.get("id").asString();
		long projects = state.projects.values()
			.stream()
			.filter((project) -> project.get("organization_id").asString().equals(id))
			.count();
		return organization.deepCopy().put("project_count", projects);
	}

	private FakeResponse list(FakeRequest request) {
		ArrayNode organizations = this.state.json.createArrayNode();
		this.state.organizations.values().forEach((organization) -> organizations.add(view(this.state, organization)));
		return FakeResponse.ok(organizations);
	}

	private FakeResponse get(FakeRequest request) {
		return FakeResponse.ok(view(this.state, this.state.organization(request.pathVariable("organization_id"))));
	}

	private FakeResponse create(FakeRequest request) {
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String name = checks.requiredString(body, "name", 1, 512);
		Long planType = body.has("plan_type") ? checks.requiredInteger(body, "plan_type", 1, 6) : Long.valueOf(3);
		checks.throwIfInvalid();
		ObjectNode organization = create(this.state, name, planType);
		String id = organization.get("id").asString();
		this.state.audit(id, "organization.create", this.state.object().put("organization_id", id).put("name", name));
		return FakeResponse.created(view(this.state, organization));
	}

	private FakeResponse update(FakeRequest request) {
		ObjectNode organization = this.state.organization(request.pathVariable("organization_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String name = checks.optionalString(body, "name", 1, 512);
		Long planType = checks.optionalInteger(body, "plan_type", 1, 6);
		if (planType != null && !PLAN_TYPES.contains(planType)) {
			checks.error("plan_type", "Must be one of: 1, 2, 3, 4, 5, 6.");
		}
		String email = checks.optionalString(body, "email", 3, 512);
		if (email != null && !email.contains("@")) {
			checks.error("email", "Not a valid email address.");
		}
		Boolean notifications = body.has("notifications_enabled") ? checks.requiredBoolean(body, "notifications_enabled")
				: null;
		checks.throwIfInvalid();
		if (name != null) {
			organization.put("name", name);
		}
		if (planType != null) {
			organization.put("plan_type", planType);
		}
		if (email != null) {
			organization.put("email", email);
		}
		if (notifications != null) {
			organization.put("notifications_enabled", notifications);
		}
		this.state.touch(organization);
		String id = organization.get("id").asString();
		this.state.audit(id, "organization.update", this.state.object().put("organization_id", id));
		return FakeResponse.ok(view(this.state, organization));
	}

	private FakeResponse delete(FakeRequest request) {
		String id = request.pathVariable("organization_id");
		this.state.organization(id);
		boolean hasProjects = this.state.projects.values()
			.stream()
			.anyMatch((project) -> project.get("organization_id").asString().equals(id));
		if (hasProjects) {
			throw FakeApiException.forbidden("The organization still has projects; delete them first.");
		}
		this.state.organizations.remove(id);
		this.state.organizationMembers.remove(id);
		this.state.audit(id, "organization.delete", this.state.object().put("organization_id", id));
		return FakeResponse.noContent();
	}

}
