package io.cratecloud.client.organizations;

import java.util.List;

/**
 * The invitations to organizations, which adding a user without an account sends
 * ({@link io.cratecloud.client.users.MembershipsClient#addToOrganization}). Get it from
 * {@link OrganizationsClient#invitations()}.
 */
public interface InvitationsClient {

	/**
	 * Every invitation to an organization:
	 * {@code GET /api/v2/organizations/{organization_id}/invitations/}.
	 * @param organizationId the organization's id
	 * @return the invitations
	 */
	List<OrganizationInvitation> list(String organizationId);

	/**
	 * The invitations to an organization that match a query:
	 * {@code GET /api/v2/organizations/{organization_id}/invitations/?status=}.
	 * @param organizationId the organization's id
	 * @param query which invitations to return
	 * @return the invitations
	 */
	List<OrganizationInvitation> list(String organizationId, InvitationQuery query);

	/**
	 * Withdraw an invitation to an organization:
	 * {@code DELETE /api/v2/organizations/{organization_id}/invitations/{invite_token}/}.
	 * @param organizationId the organization's id
	 * @param inviteToken the invitation's token, its {@code uid}
	 */
	void delete(String organizationId, String inviteToken);

}
