package io.cratecloud.test;

import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Users: the current user and the change of their e-mail address, the users the caller can
 * see, and deleting users. Registers the routes of the current user's API keys
 * ({@link UserApiKeysApi}), of memberships ({@link MembershipsApi}) and of invitations
 * ({@link InvitationsApi}) too, as they all belong to the document's Users operations.
 * <p>
 * {@code PATCH /users/me/} answers 200 with the user when nothing changes (no {@code email},
 * or the address the user has), and 202 with a pending status when the address changes: as on
 * the service, the change only takes effect when the token sent to the new address is given
 * to {@code PUT /users/me/confirm-email/}. The fake sends no e-mail, so the 202's
 * {@code message} ends with the token. Other fields of {@code CurrentUser} are read-only and
 * refused, as marshmallow refuses fields it only dumps.
 * <p>
 * {@code GET /users/} lists the users who share an organization with the caller (all users for
 * a superuser); {@code DELETE /users/{user_id}/} is for superusers only (403 otherwise).
 * <p>
 * Changes to a user that belong to no organization (their e-mail address, their API keys) are
 * recorded in the audit log of every organization the user is a member of.
 */
final class UsersApi implements FakeApi {

	private final FakeState state;

	/** E-mail changes waiting for confirmation: token to new address (a table of the state). */
	private final Map<String, String> emailConfirmations;

	UsersApi(FakeState state) {
		this.state = state;
		this.emailConfirmations = state.table();
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/users/", this::list)
			.delete("/api/v2/users/{user_id}/", this::delete)
			.get("/api/v2/users/me/", this::me)
			.patch("/api/v2/users/me/", this::updateMe)
			.put("/api/v2/users/me/confirm-email/", this::confirmEmail);
		new UserApiKeysApi(this.state).register(routes);
		new MembershipsApi(this.state).register(routes);
		new InvitationsApi(this.state).register(routes);
	}

	/**
	 * Records an audit event about a user in every organization the user is a member of.
	 * @param state the state
	 * @param userId the user
	 * @param action the action, e.g. {@code apikey.create}
	 * @param context what the action was about
	 */
	static void auditUser(FakeState state, String userId, String action, ObjectNode context) {
		for (String organizationId : UserViews.organizationsOf(state, userId)) {
			state.audit(organizationId, action, context.deepCopy());
		}
	}

	private FakeResponse me(FakeRequest request) {
		return FakeResponse.ok(UserViews.currentUser(this.state));
	}

	private FakeResponse list(FakeRequest request) {
		String me = this.state.currentUserId();
		boolean superuser = this.state.currentUser.path("is_superuser").asBoolean(false);
		ArrayNode users = this.state.json.createArrayNode();
		for (ObjectNode user : this.state.users.values()) {
			String id = user.get("uid").asString();
			if (superuser || id.equals(me) || sharesAnOrganization(me, id)) {
				users.add(UserViews.user(this.state, user));
			}
		}
		return FakeResponse.ok(users);
	}

	private boolean sharesAnOrganization(String userId, String otherId) {
		return this.state.organizationMembers.values()
			.stream()
			.anyMatch((members) -> members.containsKey(userId) && members.containsKey(otherId));
	}

	private FakeResponse delete(FakeRequest request) {
		String id = request.pathVariable("user_id");
		FakeState.require(this.state.users, id);
		if (!this.state.currentUser.path("is_superuser").asBoolean(false)) {
			throw FakeApiException.forbidden("Only superusers can delete users.");
		}
		if (id.equals(this.state.currentUserId())) {
			throw FakeApiException.forbidden("Users cannot delete themselves.");
		}
		// Recorded first: afterwards the user is in no organization any more.
		auditUser(this.state, id, "user.delete", this.state.object().put("user_id", id));
		this.state.organizationMembers.values().forEach((members) -> members.remove(id));
		this.state.projectMembers.values().forEach((members) -> members.remove(id));
		this.state.users.remove(id);
		return FakeResponse.noContent();
	}

	private FakeResponse updateMe(FakeRequest request) {
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		body.propertyNames().forEach((field) -> {
			if (!"email".equals(field)) {
				checks.error(field, "Unknown field.");
			}
		});
		String email = checks.optionalString(body, "email", 3, 512);
		if (email != null && !UserViews.EMAIL.matcher(email).matches()) {
			checks.error("email", "Not a valid email address.");
			email = null;
		}
		String current = this.state.currentUser.get("email").asString();
		if (email != null && !email.equalsIgnoreCase(current) && UserViews.find(this.state, email) != null) {
			checks.error("email", "This email address is already in use.");
		}
		checks.throwIfInvalid();
		if (email == null || email.equals(current)) {
			return FakeResponse.ok(UserViews.currentUser(this.state));
		}
		// A newer change replaces one still waiting: only the latest token confirms.
		this.emailConfirmations.clear();
		String token = this.state.newId();
		this.emailConfirmations.put(token, email);
		return FakeResponse.accepted(this.state.object()
			.put("message", "A confirmation email was sent. Please follow its instructions to verify your new email "
					+ "address. (FakeCrateCloud sends no email: the confirmation token is " + token + ")")
			.put("status", "pending")
			.put("success", true));
	}

	private FakeResponse confirmEmail(FakeRequest request) {
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String token = checks.requiredString(body, "token", 1, Integer.MAX_VALUE);
		checks.throwIfInvalid();
		String email = this.emailConfirmations.remove(token);
		if (email == null) {
			throw FakeApiException.badRequest("token", "Invalid or expired token.");
		}
		String id = this.state.currentUserId();
		this.state.currentUser.put("email", email);
		ObjectNode user = this.state.users.get(id);
		user.put("email", email);
		this.state.touch(user);
		auditUser(this.state, id, "user.email_update", this.state.object().put("user_id", id).put("email", email));
		return FakeResponse.ok(UserViews.currentUser(this.state));
	}

}
