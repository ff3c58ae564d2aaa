package io.cratecloud.test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invitations to organizations: list (optionally by {@code status}, {@code PENDING} or
 * {@code ACCEPTED}), revoke, and accept. {@link MembershipsApi} invites an e-mail address
 * nobody has; the invitation's {@code uid} is its token, the one the service sends by e-mail
 * and takes in {@code DELETE .../invitations/{invite_token}/} and
 * {@code POST /users/me/accept-invite/}.
 * <p>
 * Accepting makes the current user (every credential of the fake is theirs) a member with the
 * invited role: 201 with {@code added: true} when they were not one, 200 when only their role
 * changed. A token that is unknown, accepted already or past its {@code expiration_date} (a
 * week after the invitation) is a 400 naming {@code token}. An accepted invitation stays in
 * the list as {@code ACCEPTED}.
 */
final class InvitationsApi implements FakeApi {

	static final String PENDING = "PENDING";

	static final String ACCEPTED = "ACCEPTED";

	private static final Duration VALIDITY = Duration.ofDays(7);

	private final FakeState state;

	InvitationsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/organizations/{organization_id}/invitations/", this::list)
			.delete("/api/v2/organizations/{organization_id}/invitations/{invite_token}/", this::delete)
			.post("/api/v2/users/me/accept-invite/", this::accept);
	}

	/**
	 * Invites an e-mail address to an organization; a pending invitation of the same address
	 * is given the new role instead.
	 * @return the invitation ({@code OrganizationInvitation})
	 */
	static ObjectNode invite(FakeState state, String organizationId, String email, String role) {
		Map<String, ObjectNode> invitations = state.invitations.computeIfAbsent(organizationId,
				(id) -> new LinkedHashMap<>());
		ObjectNode invitation = invitations.values()
			.stream()
			.filter((candidate) -> PENDING.equals(candidate.get("status").asString())
					&& candidate.get("email").asString().equalsIgnoreCase(email))
			.findFirst()
			.orElse(null);
		if (invitation == null) {
			String token = state.newId();
			invitation = state.object()
				.put("uid", token)
				.put("email", email)
				.put("expiration_date", state.timestamp(state.now().plus(VALIDITY)))
				.put("status", PENDING);
			invitations.put(token, invitation);
		}
		invitation.putArray("organization_roles")
			.add(state.object().put("organization_id", organizationId).put("role_fqn", role));
		state.audit(organizationId, "user.invite",
				state.object().put("organization_id", organizationId).put("email", email).put("role_fqn", role));
		return invitation;
	}

	private FakeResponse list(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		String status = request.query("status");
		ArrayNode invitations = this.state.json.createArrayNode();
		this.state.invitations.getOrDefault(organizationId, Map.of())
			.values()
			.stream()
			.filter((invitation) -> status == null || status.equalsIgnoreCase(invitation.get("status").asString()))
			.forEach((invitation) -> invitations.add(invitation.deepCopy()));
		return FakeResponse.ok(invitations);
	}

	private FakeResponse delete(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		Map<String, ObjectNode> invitations = this.state.invitations.getOrDefault(organizationId, new LinkedHashMap<>());
		ObjectNode invitation = FakeState.require(invitations, request.pathVariable("invite_token"));
		invitations.remove(invitation.get("uid").asString());
		this.state.audit(organizationId, "invitation.delete", this.state.object()
			.put("organization_id", organizationId)
			.put("email", invitation.get("email").asString()));
		return FakeResponse.noContent();
	}

	private FakeResponse accept(FakeRequest request) {
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String token = checks.requiredString(body, "token", 1, Integer.MAX_VALUE);
		checks.throwIfInvalid();
		String organizationId = pendingOrganization(token);
		if (organizationId == null) {
			throw FakeApiException.badRequest("token", "Invalid or expired invitation token.");
		}
		ObjectNode invitation = this.state.invitations.get(organizationId).get(token);
		String role = invitation.get("organization_roles").get(0).get("role_fqn").asString();
		String userId = this.state.currentUserId();
		if (RolesApi.ORG_MEMBER.equals(role) && MembershipsApi.isLastAdmin(this.state, organizationId, userId)) {
			throw FakeApiException.badRequest("token",
					"Accepting would leave the organization without an admin: you are its only one.");
		}
		invitation.put("status", ACCEPTED);
		this.state.audit(organizationId, "invitation.accept", this.state.object()
			.put("organization_id", organizationId)
			.put("email", invitation.get("email").asString())
			.put("user_id", userId));
		boolean added = MembershipsApi.grantOrganizationRole(this.state, organizationId, userId, role);
		ObjectNode answer = this.state.object()
			.put("organization_id", organizationId)
			.put("user_id", userId)
			.put("role_fqn", role)
			.put("added", added)
			.put("invited", false);
		return added ? FakeResponse.created(answer) : FakeResponse.ok(answer);
	}

	/**
	 * The organization of the pending, unexpired invitation with the token, if there is one.
	 */
	private @Nullable String pendingOrganization(String token) {
		Instant now = this.state.now();
		for (Map.Entry<String, Map<String, ObjectNode>> invitations : this.state.invitations.entrySet()) {
			ObjectNode invitation = invitations.getValue().get(token);
			if (invitation != null && PENDING.equals(invitation.get("status").asString())
					&& this.state.organizations.containsKey(invitations.getKey())
					&& now.isBefore(OffsetDateTime.parse(invitation.get("expiration_date").asString()).toInstant())) {
				return invitations.getKey();
			}
		}
		return null;
	}

}
