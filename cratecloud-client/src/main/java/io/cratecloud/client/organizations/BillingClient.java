package io.cratecloud.client.organizations;

import java.util.List;

/**
 * The billing of organizations: customer details, consumption, quotas, budget and payment
 * methods. Get it from {@link OrganizationsClient#billing()}.
 */
public interface BillingClient {

	/**
	 * An organization's billing details:
	 * {@code GET /api/v2/organizations/{organization_id}/customer/}.
	 * @param organizationId the organization's id
	 * @return the billing details
	 */
	Customer getCustomer(String organizationId);

	/**
	 * Set an organization's billing details:
	 * {@code PUT /api/v2/organizations/{organization_id}/customer/}.
	 * @param organizationId the organization's id
	 * @param request the billing details
	 * @return the billing details as stored
	 */
	Customer updateCustomer(String organizationId, CustomerUpdateRequest request);

	/**
	 * What an organization has used and spent this month, with a cost estimate:
	 * {@code GET /api/v2/organizations/{organization_id}/consumption/current-month/}.
	 * @param organizationId the organization's id
	 * @return the month's consumption
	 */
	CurrentMonthConsumption getCurrentMonthConsumption(String organizationId);

	/**
	 * The ways an organization can pay:
	 * {@code GET /api/v2/organizations/{organization_id}/payment-methods/}.
	 * @param organizationId the organization's id
	 * @return the payment methods
	 */
	List<PaymentMethod> listPaymentMethods(String organizationId);

	/**
	 * The limits on what an organization may use:
	 * {@code GET /api/v2/organizations/{organization_id}/quotas/}.
	 * @param organizationId the organization's id
	 * @return the quotas
	 */
	List<Quota> listQuotas(String organizationId);

	/**
	 * How much an organization may still spend per month:
	 * {@code GET /api/v2/organizations/{organization_id}/remaining-budget/}.
	 * @param organizationId the organization's id
	 * @return the remaining budget
	 */
	RemainingBudget getRemainingBudget(String organizationId);

	/**
	 * How much an organization may still spend per month, counting what a query says, such
	 * as leaving out one cluster's cost to check whether that cluster can be changed:
	 * {@code GET /api/v2/organizations/{organization_id}/remaining-budget/?exclude_cluster_id=}.
	 * @param organizationId the organization's id
	 * @param query what to count
	 * @return the remaining budget
	 */
	RemainingBudget getRemainingBudget(String organizationId, RemainingBudgetQuery query);

}
