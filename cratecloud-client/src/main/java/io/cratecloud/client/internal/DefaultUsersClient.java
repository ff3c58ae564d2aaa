package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.users.ApiKeysClient;
import io.cratecloud.client.users.CurrentUser;
import io.cratecloud.client.users.EmailChange;
import io.cratecloud.client.users.MembershipsClient;
import io.cratecloud.client.users.OrganizationMembership;
import io.cratecloud.client.users.User;
import io.cratecloud.client.users.UsersClient;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The {@link UsersClient} on the shared transport.
 */
public final class DefaultUsersClient implements UsersClient {

	private static final String ME = "/api/v2/users/me/";

	private static final ParameterizedTypeReference<List<User>> USER_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	private final ApiKeysClient apiKeys;

	private final MembershipsClient memberships;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultUsersClient(CrateCloudTransport transport) {
		this.transport = transport;
		this.apiKeys = new DefaultApiKeysClient(transport);
		this.memberships = new DefaultMembershipsClient(transport);
	}

	@Override
	public CurrentUser me() {
		return this.transport.get(ME).retrieve(CurrentUser.class);
	}

	@Override
	public List<User> list() {
		return this.transport.get("/api/v2/users/").retrieve(USER_LIST);
	}

	@Override
	public void delete(String userId) {
		this.transport.delete("/api/v2/users/{user_id}/").pathVariable("user_id", userId).execute();
	}

	@Override
	public EmailChange updateEmail(String email) {
		Arguments.email(email, "email");
		ApiResponse<JsonNode> answer = this.transport.patch(ME).body(new EmailEdit(email)).retrieveWithStatus(JsonNode.class);
		// 200 answers with the changed user; 202 with a message, as the change waits for the
		// new address to be confirmed.
		if (answer.statusCode() == 202) {
			return new EmailChange(null, answer.body().path("message").stringValue(null),
					answer.body().path("status").stringValue(null));
		}
		ApiCall call = ApiCalls.of(HttpMethod.PATCH, ME);
		return new EmailChange(this.transport.readTree(answer.body(), CurrentUser.class, call, answer.statusCode()),
				null, null);
	}

	@Override
	public CurrentUser confirmEmail(String token) {
		Arguments.text(token, "token");
		return this.transport.put("/api/v2/users/me/confirm-email/")
			.body(new ConfirmationToken(token))
			.retrieve(CurrentUser.class);
	}

	@Override
	public OrganizationMembership acceptInvite(String token) {
		Arguments.text(token, "token");
		return this.transport.post("/api/v2/users/me/accept-invite/")
			.body(new ConfirmationToken(token))
			.retrieve(OrganizationMembership.class);
	}

	@Override
	public ApiKeysClient apiKeys() {
		return this.apiKeys;
	}

	@Override
	public MembershipsClient memberships() {
		return this.memberships;
	}

}
