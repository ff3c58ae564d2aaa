package io.cratecloud.client.users;

import java.util.List;

/**
 * Users: the current user, and, through the clients it gives, their API keys and the members
 * of organizations and projects. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#users()}.
 */
public interface UsersClient {

	/**
	 * The user the API key belongs to: {@code GET /api/v2/users/me/}.
	 * @return the current user
	 */
	CurrentUser me();

	/**
	 * Every user of CrateDB Cloud, for superusers only: {@code GET /api/v2/users/}.
	 * @return the users
	 */
	List<User> list();

	/**
	 * Delete a user, for superusers only: {@code DELETE /api/v2/users/{user_id}/}.
	 * @param userId the user's id
	 */
	void delete(String userId);

	/**
	 * Change the current user's e-mail address: {@code PATCH /api/v2/users/me/}. The service
	 * may make the change at once or wait until the new address is confirmed with
	 * {@link #confirmEmail(String)}; the answer says which.
	 * @param email the new address
	 * @return the change, with the user as changed if it took effect at once
	 */
	EmailChange updateEmail(String email);

	/**
	 * Confirm a change of the current user's e-mail address with the token the service sent
	 * to the new address: {@code PUT /api/v2/users/me/confirm-email/}.
	 * @param token the token from the confirmation message
	 * @return the user as changed
	 */
	CurrentUser confirmEmail(String token);

	/**
	 * Accept an invitation to an organization with the token the service sent by e-mail:
	 * {@code POST /api/v2/users/me/accept-invite/}.
	 * @param token the token from the invitation
	 * @return the current user's role in the organization
	 */
	OrganizationMembership acceptInvite(String token);

	/**
	 * The current user's API keys.
	 * @return the API keys client
	 */
	ApiKeysClient apiKeys();

	/**
	 * The members of organizations and projects, and their roles.
	 * @return the memberships client
	 */
	MembershipsClient memberships();

}
