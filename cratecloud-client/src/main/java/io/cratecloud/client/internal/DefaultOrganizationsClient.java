package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.organizations.BillingClient;
import io.cratecloud.client.organizations.FilesClient;
import io.cratecloud.client.organizations.InvitationsClient;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.client.organizations.OrganizationUpdateRequest;
import io.cratecloud.client.organizations.OrganizationsClient;
import io.cratecloud.client.organizations.SecretsClient;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link OrganizationsClient} on the shared transport.
 */
public final class DefaultOrganizationsClient implements OrganizationsClient {

	private static final String ORGANIZATION = "/api/v2/organizations/{organization_id}/";

	private static final ParameterizedTypeReference<List<Organization>> ORGANIZATION_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	private final FilesClient files;

	private final SecretsClient secrets;

	private final InvitationsClient invitations;

	private final BillingClient billing;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 * @param files the files client it gives
	 */
	public DefaultOrganizationsClient(CrateCloudTransport transport, FilesClient files) {
		this.transport = transport;
		this.files = files;
		this.secrets = new DefaultSecretsClient(transport);
		this.invitations = new DefaultInvitationsClient(transport);
		this.billing = new DefaultBillingClient(transport);
	}

	@Override
	public List<Organization> list() {
		return this.transport.get("/api/v2/organizations/").retrieve(ORGANIZATION_LIST);
	}

	@Override
	public Organization get(String organizationId) {
		return this.transport.get(ORGANIZATION).pathVariable("organization_id", organizationId)
			.retrieve(Organization.class);
	}

	@Override
	public Organization create(OrganizationCreateRequest request) {
		Arguments.required(request, "request");
		Arguments.length(request.name(), "name", 1, 512);
		if (request.planType() != null) {
			Arguments.between(request.planType(), "plan_type", 1, 6);
		}
		return this.transport.post("/api/v2/organizations/").body(request).retrieve(Organization.class);
	}

	@Override
	public Organization update(String organizationId, OrganizationUpdateRequest request) {
		Arguments.required(request, "request");
		if (request.name() != null) {
			// The document lets an edit send an empty name, which no organization may have.
			Arguments.length(request.name(), "name", 1, 512);
		}
		if (request.email() != null) {
			Arguments.email(request.email(), "email");
		}
		if (request.planType() != null) {
			Arguments.between(request.planType(), "plan_type", 1, 6);
		}
		return this.transport.put(ORGANIZATION)
			.pathVariable("organization_id", organizationId)
			.body(request)
			.retrieve(Organization.class);
	}

	@Override
	public void delete(String organizationId) {
		this.transport.delete(ORGANIZATION).pathVariable("organization_id", organizationId).execute();
	}

	@Override
	public String getPrometheusMetrics(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/metrics/prometheus/")
			.pathVariable("organization_id", organizationId)
			.retrieveText();
	}

	@Override
	public FilesClient files() {
		return this.files;
	}

	@Override
	public SecretsClient secrets() {
		return this.secrets;
	}

	@Override
	public InvitationsClient invitations() {
		return this.invitations;
	}

	@Override
	public BillingClient billing() {
		return this.billing;
	}

}
