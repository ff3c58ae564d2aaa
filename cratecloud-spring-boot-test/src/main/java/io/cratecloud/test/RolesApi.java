package io.cratecloud.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;

/**
 * Roles: the fixed list of roles users can be given in organizations and projects. The
 * membership routes accept exactly these ({@link #ORGANIZATION_ROLES} for organizations,
 * {@link #PROJECT_ROLES} for projects), as the document's {@code role_fqn} enums do.
 */
final class RolesApi implements FakeApi {

	static final String ORG_ADMIN = "org_admin";

	static final String ORG_MEMBER = "org_member";

	static final String PROJECT_ADMIN = "project_admin";

	static final String PROJECT_MEMBER = "project_member";

	/** The roles of an organization, by id, with their display names. */
	static final Map<String, String> ORGANIZATION_ROLES = roles(ORG_ADMIN, "Organization Admin", ORG_MEMBER,
			"Organization Member");

	/** The roles of a project, by id, with their display names. */
	static final Map<String, String> PROJECT_ROLES = roles(PROJECT_ADMIN, "Project Admin", PROJECT_MEMBER,
			"Project Member");

	private final FakeState state;

	RolesApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/roles/", this::list);
	}

	private FakeResponse list(FakeRequest request) {
		ArrayNode roles = this.state.json.createArrayNode();
		ORGANIZATION_ROLES.forEach((id, name) -> roles.add(this.state.object().put("id", id).put("name", name)));
		PROJECT_ROLES.forEach((id, name) -> roles.add(this.state.object().put("id", id).put("name", name)));
		return FakeResponse.ok(roles);
	}

	private static Map<String, String> roles(String adminId, String adminName, String memberId, String memberName) {
		// Insertion order is the order the list answers with: admin first, as the console shows them.
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put(adminId, adminName);
		roles.put(memberId, memberName);
		return Collections.unmodifiableMap(roles);
	}

}
