package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.organizations.InvitationQuery;
import io.cratecloud.client.organizations.InvitationsClient;
import io.cratecloud.client.organizations.OrganizationInvitation;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link InvitationsClient} on the shared transport.
 */
final class DefaultInvitationsClient implements InvitationsClient {

	private static final ParameterizedTypeReference<List<OrganizationInvitation>> INVITATION_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	DefaultInvitationsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<OrganizationInvitation> list(String organizationId) {
		return list(organizationId, InvitationQuery.all());
	}

	@Override
	public List<OrganizationInvitation> list(String organizationId, InvitationQuery query) {
		Arguments.required(query, "query");
		return this.transport.get("/api/v2/organizations/{organization_id}/invitations/")
			.pathVariable("organization_id", organizationId)
			.query("status", query.status())
			.retrieve(INVITATION_LIST);
	}

	@Override
	public void delete(String organizationId, String inviteToken) {
		this.transport.delete("/api/v2/organizations/{organization_id}/invitations/{invite_token}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("invite_token", inviteToken)
			.execute();
	}

}
