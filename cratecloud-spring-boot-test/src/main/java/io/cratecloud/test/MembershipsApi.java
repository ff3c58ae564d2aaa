package io.cratecloud.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The members of organizations and projects: list, add or change a role, remove. Users are
 * named by id or e-mail address; roles are those {@link RolesApi} lists for the kind of
 * entity (400 otherwise).
 * <p>
 * Adding answers 201 with {@code added: true}, changing the role of a member 200 with
 * {@code added: false} (api-notes.md). An e-mail address nobody has is invited to an
 * organization (an {@code OrganizationInvitation}, see {@link InvitationsApi}): 200 with
 * {@code invited: true} and {@code added: false}, as nobody was added yet. Projects have no
 * invitations ({@code ProjectRole} has no {@code invited}): an unknown user is a 404 there, as
 * is an unknown user id anywhere.
 * <p>
 * An organization keeps at least one admin: removing or demoting its last one is refused with
 * 403. Removing a user from an organization removes them from its projects too.
 */
final class MembershipsApi implements FakeApi {

	private final FakeState state;

	MembershipsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/organizations/{organization_id}/users/", this::listForOrganization)
			.post("/api/v2/organizations/{organization_id}/users/", this::addToOrganization)
			.delete("/api/v2/organizations/{organization_id}/users/{user_id_or_email}/", this::removeFromOrganization)
			.get("/api/v2/projects/{project_id}/users/", this::listForProject)
			.post("/api/v2/projects/{project_id}/users/", this::addToProject)
			.delete("/api/v2/projects/{project_id}/users/{user_id_or_email}/", this::removeFromProject);
	}

	/**
	 * Whether the user is the only admin of the organization, whom it cannot lose.
	 */
	static boolean isLastAdmin(FakeState state, String organizationId, String userId) {
		Map<String, String> members = state.organizationMembers.getOrDefault(organizationId, Map.of());
		return RolesApi.ORG_ADMIN.equals(members.get(userId))
				&& members.values().stream().filter(RolesApi.ORG_ADMIN::equals).count() == 1;
	}

	/**
	 * Gives a user a role in an organization.
	 * @return whether the user was added, rather than given another role
	 */
	static boolean grantOrganizationRole(FakeState state, String organizationId, String userId, String role) {
		String previous = state.organizationMembers.computeIfAbsent(organizationId, (id) -> new LinkedHashMap<>())
			.put(userId, role);
		ObjectNode context = state.object()
			.put("organization_id", organizationId)
			.put("user_id", userId)
			.put("role_fqn", role);
		if (previous == null) {
			state.audit(organizationId, "user.add", context);
		}
		else if (!previous.equals(role)) {
			state.audit(organizationId, "user.update_role", context);
		}
		return previous == null;
	}

	private FakeResponse listForOrganization(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		ArrayNode users = this.state.json.createArrayNode();
		this.state.organizationMembers.getOrDefault(organizationId, Map.of())
			.keySet()
			.forEach((userId) -> users
				.add(UserViews.organizationUser(this.state, this.state.users.get(userId), organizationId)));
		return FakeResponse.ok(users);
	}

	private FakeResponse listForProject(FakeRequest request) {
		String projectId = request.pathVariable("project_id");
		this.state.project(projectId);
		ArrayNode users = this.state.json.createArrayNode();
		this.state.projectMembers.getOrDefault(projectId, Map.of())
			.keySet()
			.forEach((userId) -> users.add(UserViews.projectUser(this.state, this.state.users.get(userId), projectId)));
		return FakeResponse.ok(users);
	}

	private FakeResponse addToOrganization(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String user = userField(body, checks);
		String role = checks.requiredOneOf(body, "role_fqn", RolesApi.ORGANIZATION_ROLES.keySet());
		checks.throwIfInvalid();
		ObjectNode answer = this.state.object().put("organization_id", organizationId).put("role_fqn", role);
		ObjectNode existing = UserViews.find(this.state, user);
		if (existing == null) {
			if (UserViews.UUID.matcher(user).matches()) {
				throw FakeApiException.notFound("User not found.");
			}
			InvitationsApi.invite(this.state, organizationId, user, role);
			return FakeResponse.ok(answer.put("added", false).put("invited", true));
		}
		String userId = existing.get("uid").asString();
		if (RolesApi.ORG_MEMBER.equals(role) && isLastAdmin(this.state, organizationId, userId)) {
			throw FakeApiException.forbidden("An organization needs at least one admin.");
		}
		boolean added = grantOrganizationRole(this.state, organizationId, userId, role);
		answer.put("user_id", userId).put("added", added).put("invited", false);
		return added ? FakeResponse.created(answer) : FakeResponse.ok(answer);
	}

	private FakeResponse removeFromOrganization(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		Map<String, String> members = this.state.organizationMembers.getOrDefault(organizationId, Map.of());
		String userId = memberId(members, request.pathVariable("user_id_or_email"));
		if (isLastAdmin(this.state, organizationId, userId)) {
			throw FakeApiException.forbidden("The last admin of an organization cannot be removed.");
		}
		members.remove(userId);
		this.state.projects.values()
			.stream()
			.filter((project) -> project.get("organization_id").asString().equals(organizationId))
			.map((project) -> this.state.projectMembers.get(project.get("id").asString()))
			.filter(Objects::nonNull)
			.forEach((projectMembers) -> projectMembers.remove(userId));
		this.state.audit(organizationId, "user.remove",
				this.state.object().put("organization_id", organizationId).put("user_id", userId));
		return FakeResponse.noContent();
	}

	private FakeResponse addToProject(FakeRequest request) {
		String projectId = request.pathVariable("project_id");
		ObjectNode project = this.state.project(projectId);
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String user = userField(body, checks);
		String role = checks.requiredOneOf(body, "role_fqn", RolesApi.PROJECT_ROLES.keySet());
		checks.throwIfInvalid();
		ObjectNode existing = UserViews.find(this.state, user);
		if (existing == null) {
			throw FakeApiException.notFound("User not found.");
		}
		String userId = existing.get("uid").asString();
		String previous = this.state.projectMembers.computeIfAbsent(projectId, (id) -> new LinkedHashMap<>())
			.put(userId, role);
		ObjectNode context = this.state.object().put("project_id", projectId).put("user_id", userId).put("role_fqn", role);
		String organizationId = project.get("organization_id").asString();
		if (previous == null) {
			this.state.audit(organizationId, "project.user.add", context);
		}
		else if (!previous.equals(role)) {
			this.state.audit(organizationId, "project.user.update_role", context);
		}
		ObjectNode answer = this.state.object()
			.put("project_id", projectId)
			.put("user_id", userId)
			.put("role_fqn", role)
			.put("added", previous == null);
		return (previous == null) ? FakeResponse.created(answer) : FakeResponse.ok(answer);
	}

	private FakeResponse removeFromProject(FakeRequest request) {
		String projectId = request.pathVariable("project_id");
		ObjectNode project = this.state.project(projectId);
		Map<String, String> members = this.state.projectMembers.getOrDefault(projectId, Map.of());
		String userId = memberId(members, request.pathVariable("user_id_or_email"));
		members.remove(userId);
		this.state.audit(project.get("organization_id").asString(), "project.user.remove",
				this.state.object().put("project_id", projectId).put("user_id", userId));
		return FakeResponse.noContent();
	}

	/**
	 * The {@code user} field: a user id or an e-mail address.
	 */
	private static @Nullable String userField(ObjectNode body, BodyChecks checks) {
		String user = checks.requiredString(body, "user", 1, 512);
		if (user != null && !UserViews.UUID.matcher(user).matches() && !UserViews.EMAIL.matcher(user).matches()) {
			checks.error("user", "Must be a user id or an email address.");
			return null;
		}
		return user;
	}

	/**
	 * The id of the member named by id or e-mail address, or a 404.
	 */
	private String memberId(Map<String, String> members, String idOrEmail) {
		ObjectNode user = UserViews.find(this.state, idOrEmail);
		if (user == null || !members.containsKey(user.get("uid").asString())) {
			throw FakeApiException.notFound("User not found.");
		}
		return user.get("uid").asString();
	}

}
