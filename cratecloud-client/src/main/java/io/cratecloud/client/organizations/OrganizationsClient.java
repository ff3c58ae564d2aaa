package io.cratecloud.client.organizations;

import java.util.List;

/**
 * Organizations: the organizations themselves and, through the clients it gives, their
 * files, secrets, invitations and billing. Get it from
 * {@link io.cratecloud.client.CrateCloudClient#organizations()}.
 */
public interface OrganizationsClient {

	/**
	 * Every organization the current user belongs to: {@code GET /api/v2/organizations/}.
	 * @return the organizations
	 */
	List<Organization> list();

	/**
	 * One organization: {@code GET /api/v2/organizations/{organization_id}/}.
	 * @param organizationId the organization's id
	 * @return the organization
	 */
	Organization get(String organizationId);

	/**
	 * Create an organization, with the current user as its administrator:
	 * {@code POST /api/v2/organizations/}.
	 * @param request the new organization
	 * @return the organization created
	 */
	Organization create(OrganizationCreateRequest request);

	/**
	 * Change an organization: {@code PUT /api/v2/organizations/{organization_id}/}. Only what
	 * the request sets is sent; the rest stays as it is.
	 * @param organizationId the organization's id
	 * @param request the changes
	 * @return the organization as changed
	 */
	Organization update(String organizationId, OrganizationUpdateRequest request);

	/**
	 * Delete an organization: {@code DELETE /api/v2/organizations/{organization_id}/}. The
	 * service refuses while it still has projects.
	 * @param organizationId the organization's id
	 */
	void delete(String organizationId);

	/**
	 * The metrics of an organization's clusters in the Prometheus text format, as they are
	 * sent: {@code GET /api/v2/organizations/{organization_id}/metrics/prometheus/}.
	 * @param organizationId the organization's id
	 * @return the metrics, empty when the service has none ({@code 204})
	 */
	String getPrometheusMetrics(String organizationId);

	/**
	 * The files of organizations: uploads for import jobs and the results of exports.
	 * @return the files client
	 */
	FilesClient files();

	/**
	 * The secrets of organizations, such as the credentials import jobs read with.
	 * @return the secrets client
	 */
	SecretsClient secrets();

	/**
	 * The invitations to organizations.
	 * @return the invitations client
	 */
	InvitationsClient invitations();

	/**
	 * The billing of organizations: customer details, consumption, quotas, budget and
	 * payment methods.
	 * @return the billing client
	 */
	BillingClient billing();

}
