package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * Which invitations to an organization {@link InvitationsClient#list(String, InvitationQuery)}
 * returns. Start from {@link #all()} and narrow it with the {@code with} methods.
 *
 * @param status only invitations with this status, sent as {@code status}; pending
 * invitations include expired ones. {@code null} for every invitation
 */
public record InvitationQuery(@Nullable InvitationStatus status) {

	private static final InvitationQuery ALL = new InvitationQuery(null);

	/**
	 * Every invitation.
	 * @return a query without filters
	 */
	public static InvitationQuery all() {
		return ALL;
	}

	/**
	 * This query, for invitations with one status only.
	 * @param status the status, or {@code null} for every invitation
	 * @return a new query
	 */
	public InvitationQuery withStatus(@Nullable InvitationStatus status) {
		return new InvitationQuery(status);
	}

}
