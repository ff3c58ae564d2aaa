package io.cratecloud.client.organizations;

import java.util.List;

import io.cratecloud.client.http.CrateCloudTransport;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Organizations: the organizations themselves, their billing and consumption, invitations,
 * files and secrets.
 */
public final class OrganizationsClient {

	private static final ParameterizedTypeReference<List<Organization>> ORGANIZATION_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<OrganizationInvitation>> INVITATION_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<PaymentMethod>> PAYMENT_METHOD_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Quota>> QUOTA_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<OrganizationFile>> FILE_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Secret>> SECRET_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public OrganizationsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every organization the current user belongs to: {@code GET /api/v2/organizations/}.
	 * @return the organizations
	 */
	public List<Organization> list() {
		return this.transport.get("/api/v2/organizations/").retrieve(ORGANIZATION_LIST);
	}

	/**
	 * One organization: {@code GET /api/v2/organizations/{organization_id}/}.
	 * @param organizationId the organization's id
	 * @return the organization
	 */
	public Organization get(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/")
			.pathVariable("organization_id", organizationId)
			.retrieve(Organization.class);
	}

	/**
	 * What an organization has used and spent this month, with a cost estimate:
	 * {@code GET /api/v2/organizations/{organization_id}/consumption/current-month/}.
	 * @param organizationId the organization's id
	 * @return the month's consumption
	 */
	public CurrentMonthConsumption currentMonthConsumption(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/consumption/current-month/")
			.pathVariable("organization_id", organizationId)
			.retrieve(CurrentMonthConsumption.class);
	}

	/**
	 * An organization's billing details: {@code GET /api/v2/organizations/{organization_id}/customer/}.
	 * @param organizationId the organization's id
	 * @return the billing details
	 */
	public Customer customer(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/customer/")
			.pathVariable("organization_id", organizationId)
			.retrieve(Customer.class);
	}

	/**
	 * Every invitation to an organization:
	 * {@code GET /api/v2/organizations/{organization_id}/invitations/}.
	 * @param organizationId the organization's id
	 * @return the invitations
	 */
	public List<OrganizationInvitation> invitations(String organizationId) {
		return invitations(organizationId, null);
	}

	/**
	 * The invitations to an organization with a given status:
	 * {@code GET /api/v2/organizations/{organization_id}/invitations/?status=}. Pending
	 * invitations include expired ones.
	 * @param organizationId the organization's id
	 * @param status the status, or {@code null} for every invitation
	 * @return the invitations
	 */
	public List<OrganizationInvitation> invitations(String organizationId, @Nullable InvitationStatus status) {
		return this.transport.get("/api/v2/organizations/{organization_id}/invitations/")
			.pathVariable("organization_id", organizationId)
			.query("status", status)
			.retrieve(INVITATION_LIST);
	}

	/**
	 * The metrics of an organization's clusters in the Prometheus text format, as they are
	 * sent: {@code GET /api/v2/organizations/{organization_id}/metrics/prometheus/}.
	 * @param organizationId the organization's id
	 * @return the metrics, empty when the service has none ({@code 204})
	 */
	public String prometheusMetrics(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/metrics/prometheus/")
			.pathVariable("organization_id", organizationId)
			.retrieveText();
	}

	/**
	 * The ways an organization can pay:
	 * {@code GET /api/v2/organizations/{organization_id}/payment-methods/}.
	 * @param organizationId the organization's id
	 * @return the payment methods
	 */
	public List<PaymentMethod> paymentMethods(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/payment-methods/")
			.pathVariable("organization_id", organizationId)
			.retrieve(PAYMENT_METHOD_LIST);
	}

	/**
	 * The limits on what an organization may use:
	 * {@code GET /api/v2/organizations/{organization_id}/quotas/}.
	 * @param organizationId the organization's id
	 * @return the quotas
	 */
	public List<Quota> quotas(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/quotas/")
			.pathVariable("organization_id", organizationId)
			.retrieve(QUOTA_LIST);
	}

	/**
	 * How much an organization may still spend per month:
	 * {@code GET /api/v2/organizations/{organization_id}/remaining-budget/}.
	 * @param organizationId the organization's id
	 * @return the remaining budget
	 */
	public RemainingBudget remainingBudget(String organizationId) {
		return remainingBudget(organizationId, null);
	}

	/**
	 * How much an organization may still spend per month, leaving one cluster's cost out,
	 * such as to check whether that cluster can be changed:
	 * {@code GET /api/v2/organizations/{organization_id}/remaining-budget/?exclude_cluster_id=}.
	 * @param organizationId the organization's id
	 * @param excludeClusterId the id of the cluster whose cost to leave out, or {@code null}
	 * to count every cluster
	 * @return the remaining budget
	 */
	public RemainingBudget remainingBudget(String organizationId, @Nullable String excludeClusterId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/remaining-budget/")
			.pathVariable("organization_id", organizationId)
			.query("exclude_cluster_id", excludeClusterId)
			.retrieve(RemainingBudget.class);
	}

	/**
	 * The files stored for an organization:
	 * {@code GET /api/v2/organizations/{organization_id}/files/}.
	 * @param organizationId the organization's id
	 * @return the files
	 */
	public List<OrganizationFile> files(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/files/")
			.pathVariable("organization_id", organizationId)
			.retrieve(FILE_LIST);
	}

	/**
	 * One file stored for an organization, with its pre-signed download URL:
	 * {@code GET /api/v2/organizations/{organization_id}/files/{file_id}/}.
	 * @param organizationId the organization's id
	 * @param fileId the file's id
	 * @return the file
	 */
	public OrganizationFile file(String organizationId, String fileId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/files/{file_id}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("file_id", fileId)
			.retrieve(OrganizationFile.class);
	}

	/**
	 * The secrets stored for an organization, without their data:
	 * {@code GET /api/v2/organizations/{organization_id}/secrets/}.
	 * @param organizationId the organization's id
	 * @return the secrets
	 */
	public List<Secret> secrets(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/secrets/")
			.pathVariable("organization_id", organizationId)
			.retrieve(SECRET_LIST);
	}

}
