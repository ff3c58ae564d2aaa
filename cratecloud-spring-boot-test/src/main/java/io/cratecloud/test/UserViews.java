package io.cratecloud.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document's user shapes ({@code CurrentUser}, {@code User}, {@code OrganizationUser},
 * {@code ProjectUser}) as copies of what {@link FakeState} stores, with the roles computed from
 * {@link FakeState#organizationMembers} and {@link FakeState#projectMembers} on every answer,
 * so that they can never disagree with the memberships. Also finds users by id or e-mail and
 * creates users other than the current one.
 */
final class UserViews {

	/** Lenient on purpose, like the service: only what plainly is no address is refused. */
	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	private static final List<String> PUBLIC_FIELDS = List.of("uid", "email", "name", "username", "picture", "idp");

	private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^\\w\\- ]");

	private UserViews() {
	}

	/**
	 * The user the credentials belong to ({@code CurrentUser}), with every role they hold.
	 */
	static ObjectNode currentUser(FakeState state) {
		ObjectNode view = state.currentUser.deepCopy();
		withoutEmptyPicture(view);
		String id = state.currentUserId();
		view.set("organization_roles", organizationRoles(state, id, null));
		view.set("project_roles", projectRoles(state, id, null));
		return view;
	}

	/**
	 * A stored user as {@code User}, with every role they hold.
	 */
	static ObjectNode user(FakeState state, ObjectNode user) {
		ObjectNode view = publicFields(state, user);
		String id = user.get("uid").asString();
		view.set("organization_roles", organizationRoles(state, id, null));
		view.set("project_roles", projectRoles(state, id, null));
		return view;
	}

	/**
	 * A member of an organization as {@code OrganizationUser}, with their role in that
	 * organization only: the list shows the organization's members, not their other
	 * organizations.
	 */
	static ObjectNode organizationUser(FakeState state, ObjectNode user, String organizationId) {
		ObjectNode view = publicFields(state, user);
		view.set("organization_roles", organizationRoles(state, user.get("uid").asString(), organizationId));
		return view;
	}

	/**
	 * A member of a project as {@code ProjectUser}, with their role in that project only.
	 */
	static ObjectNode projectUser(FakeState state, ObjectNode user, String projectId) {
		ObjectNode view = publicFields(state, user);
		view.set("project_roles", projectRoles(state, user.get("uid").asString(), projectId));
		return view;
	}

	/**
	 * The stored user ({@code User}) with the id or, ignoring case, the e-mail address.
	 */
	static @Nullable ObjectNode find(FakeState state, String idOrEmail) {
		ObjectNode byId = state.users.get(idOrEmail);
		if (byId != null) {
			return byId;
		}
		for (ObjectNode user : state.users.values()) {
			if (user.get("email").asString().equalsIgnoreCase(idOrEmail)) {
				return user;
			}
		}
		return null;
	}

	/**
	 * The ids of the organizations the user is a member of.
	 */
	static List<String> organizationsOf(FakeState state, String userId) {
		List<String> organizations = new ArrayList<>();
		state.organizationMembers.forEach((organizationId, members) -> {
			if (members.containsKey(userId)) {
				organizations.add(organizationId);
			}
		});
		return organizations;
	}

	/**
	 * Creates a user other than the current one (who cannot sign in to the fake: every
	 * credential belongs to the current user), to be made a member of organizations and
	 * projects.
	 * @param state the state
	 * @param email the user's e-mail address
	 * @param name the user's display name
	 * @return the stored user ({@code User})
	 */
	static ObjectNode create(FakeState state, String email, String name) {
		if (find(state, email) != null) {
			throw new IllegalArgumentException("A user with the e-mail address " + email + " exists already");
		}
		String id = state.newId();
		ObjectNode user = state.object()
			.put("uid", id)
			.put("email", email)
			.put("name", name)
			.put("username", username(email))
			.put("idp", "cognito")
			.put("is_superuser", false)
			.put("status", "active");
		user.set("dc", state.dc());
		state.users.put(id, user);
		return user;
	}

	/**
	 * A user name the document's pattern ({@code ^\w[\w\- ]*$}) accepts, from the local part
	 * of an e-mail address: {@code ada.lovelace@example.com} is {@code ada_lovelace}.
	 */
	static String username(String email) {
		int at = email.indexOf('@');
		String local = (at > 0) ? email.substring(0, at) : email;
		String name = NOT_A_NAME_CHARACTER.matcher(local).replaceAll("_").toLowerCase(Locale.ROOT);
		// The first character must be a word character: '-' and ' ' may only follow one.
		return (name.isEmpty() || name.charAt(0) == '-' || name.charAt(0) == ' ') ? "user" + name : name;
	}

	/**
	 * What other users may see of a stored user: the document's {@code User} fields, not the
	 * account's status, superuser flag or dates, which only the user themselves sees.
	 */
	private static ObjectNode publicFields(FakeState state, ObjectNode user) {
		ObjectNode view = state.object();
		for (String field : PUBLIC_FIELDS) {
			JsonNode value = user.get(field);
			if (value != null) {
				view.set(field, value.deepCopy());
			}
		}
		return withoutEmptyPicture(view);
	}

	/**
	 * Leaves out a picture the user has not got: the document allows no empty one.
	 */
	private static ObjectNode withoutEmptyPicture(ObjectNode user) {
		if (user.path("picture").asString("").isEmpty()) {
			user.remove("picture");
		}
		return user;
	}

	private static ArrayNode organizationRoles(FakeState state, String userId, @Nullable String onlyOrganizationId) {
		return roles(state, state.organizationMembers, "organization_id", userId, onlyOrganizationId);
	}

	private static ArrayNode projectRoles(FakeState state, String userId, @Nullable String onlyProjectId) {
		return roles(state, state.projectMembers, "project_id", userId, onlyProjectId);
	}

	private static ArrayNode roles(FakeState state, Map<String, Map<String, String>> memberships, String idField,
			String userId, @Nullable String onlyId) {
		ArrayNode roles = state.json.createArrayNode();
		memberships.forEach((id, members) -> {
			String role = members.get(userId);
			if (role != null && (onlyId == null || onlyId.equals(id))) {
				roles.add(state.object().put(idField, id).put("role_fqn", role));
			}
		});
		return roles;
	}

}
