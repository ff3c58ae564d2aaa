package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.organizations.BillingClient;
import io.cratecloud.client.organizations.CurrentMonthConsumption;
import io.cratecloud.client.organizations.Customer;
import io.cratecloud.client.organizations.CustomerAddress;
import io.cratecloud.client.organizations.CustomerUpdateRequest;
import io.cratecloud.client.organizations.PaymentMethod;
import io.cratecloud.client.organizations.Quota;
import io.cratecloud.client.organizations.RemainingBudget;
import io.cratecloud.client.organizations.RemainingBudgetQuery;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link BillingClient} on the shared transport.
 */
final class DefaultBillingClient implements BillingClient {

	private static final String CUSTOMER = "/api/v2/organizations/{organization_id}/customer/";

	private static final ParameterizedTypeReference<List<PaymentMethod>> PAYMENT_METHOD_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Quota>> QUOTA_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	DefaultBillingClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public Customer getCustomer(String organizationId) {
		return this.transport.get(CUSTOMER).pathVariable("organization_id", organizationId).retrieve(Customer.class);
	}

	@Override
	public Customer updateCustomer(String organizationId, CustomerUpdateRequest request) {
		Arguments.required(request, "request");
		Arguments.length(request.name(), "name", 1, 512);
		Arguments.email(request.email(), "email");
		Arguments.text(request.phone(), "phone");
		CustomerAddress address = Arguments.required(request.address(), "address");
		Arguments.text(address.line1(), "line1");
		Arguments.text(address.postalCode(), "postal_code");
		Arguments.text(address.city(), "city");
		Arguments.text(address.country(), "country");
		return this.transport.put(CUSTOMER)
			.pathVariable("organization_id", organizationId)
			.body(request)
			.retrieve(Customer.class);
	}

	@Override
	public CurrentMonthConsumption getCurrentMonthConsumption(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/consumption/current-month/")
			.pathVariable("organization_id", organizationId)
			.retrieve(CurrentMonthConsumption.class);
	}

	@Override
	public List<PaymentMethod> listPaymentMethods(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/payment-methods/")
			.pathVariable("organization_id", organizationId)
			.retrieve(PAYMENT_METHOD_LIST);
	}

	@Override
	public List<Quota> listQuotas(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/quotas/")
			.pathVariable("organization_id", organizationId)
			.retrieve(QUOTA_LIST);
	}

	@Override
	public RemainingBudget getRemainingBudget(String organizationId) {
		return getRemainingBudget(organizationId, RemainingBudgetQuery.all());
	}

	@Override
	public RemainingBudget getRemainingBudget(String organizationId, RemainingBudgetQuery query) {
		Arguments.required(query, "query");
		return this.transport.get("/api/v2/organizations/{organization_id}/remaining-budget/")
			.pathVariable("organization_id", organizationId)
			.query("exclude_cluster_id", query.excludeClusterId())
			.retrieve(RemainingBudget.class);
	}

}
