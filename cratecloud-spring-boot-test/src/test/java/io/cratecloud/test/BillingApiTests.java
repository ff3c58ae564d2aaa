package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.organizations.CurrentMonthConsumption;
import io.cratecloud.client.organizations.Customer;
import io.cratecloud.client.organizations.CustomerAddress;
import io.cratecloud.client.organizations.CustomerTax;
import io.cratecloud.client.organizations.CustomerUpdateRequest;
import io.cratecloud.client.organizations.PaymentMethod;
import io.cratecloud.client.organizations.Quota;
import io.cratecloud.client.organizations.RemainingBudgetQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BillingApiTests extends FakeApiTests {

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

	/** Operations the document lists no 404 for. */
	private static final Set<String> WITHOUT_404 = Set.of(
			"/api/v2/organizations/{organization_id}/consumption/current-month/",
			"/api/v2/organizations/{organization_id}/quotas/",
			"/api/v2/organizations/{organization_id}/payment-methods/");

	BillingApiTests() {
		super(FakeCrateCloud.builder().manualClock(START).start());
		invalidOnPurpose((exchange) -> exchange.status() == 400);
		// The fake answers an unknown organization with 404 everywhere (the service's
		// answer is not known where the document lists no 404), and metrics in the
		// exposition format's own media type, where the document's "plain/text" is none.
		offDocument((exchange) -> (exchange.status() == 404 && exchange.template() != null
				&& WITHOUT_404.contains(exchange.template()))
				|| (exchange.status() == 200 && exchange.path().endsWith("/metrics/prometheus/")));
	}

	@Test
	void billingDetailsAreSetAndRead() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().billing().getCustomer(acme.id()));

		Customer stored = this.client.organizations()
			.billing()
			.updateCustomer(acme.id(),
					CustomerUpdateRequest.of("Acme GmbH", "billing@acme.example", "+43 1 234567",
							new CustomerAddress("Mariahilfer Strasse 12", "Top 4", "1070", "Wien", "AT"))
						.withTax(new CustomerTax("ATU12345678", "eu_vat")));

		Customer expected = new Customer(acme.id(), "Acme GmbH", "billing@acme.example", "+43 1 234567",
				new CustomerAddress("Mariahilfer Strasse 12", "Top 4", "1070", "Wien", "AT"),
				new CustomerTax("ATU12345678", "eu_vat"));
		assertThat(stored).isEqualTo(expected);
		assertThat(this.client.organizations().billing().getCustomer(acme.id())).isEqualTo(expected);

		Customer withoutTax = this.client.organizations()
			.billing()
			.updateCustomer(acme.id(), CustomerUpdateRequest.of("Acme GmbH", "billing@acme.example", "+43 1 234567",
					new CustomerAddress("Gumpendorfer Strasse 1", null, "1060", "Wien", "AT")));
		assertThat(withoutTax.tax()).isNull();
		assertThat(withoutTax.address().line2()).isNull();
		assertThat(auditActions(acme.id())).containsExactly("organization.customer.update",
				"organization.customer.update");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().billing().getCustomer(UNKNOWN_ID));
	}

	@Test
	void invalidBillingDetailsAreABadRequestNamingEveryWrongField() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		HttpResponse<String> response = new FakeHttp(this.fake).send("PUT",
				"/api/v2/organizations/" + acme.id() + "/customer/",
				"{\"name\": \"Acme\", \"email\": \"billing\", \"country\": \"Austria\", \"tax_id\": \"ATU1\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"email\":[\"Not a valid email address.\"]")
			.contains("\"phone\":[\"Missing data for required field.\"]")
			.contains("\"line1\":[\"Missing data for required field.\"]")
			.contains("\"postal_code\":[\"Missing data for required field.\"]")
			.contains("\"city\":[\"Missing data for required field.\"]")
			.contains("\"country\":[")
			.contains("\"tax_id_type\":[\"Required with tax_id.\"]")
			.doesNotContain("\"name\"");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().billing().getCustomer(acme.id()));
	}

	@Test
	void consumptionCountsComputeOfRunningClustersAndStorageOfAll() {
		SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");
		analytics.cluster("sensors").nodes(3).create();
		analytics.cluster("archive").product("default", "cr2").suspended().create();
		this.fake.advance(Duration.ofHours(2));

		CurrentMonthConsumption consumption = this.client.organizations()
			.billing()
			.getCurrentMonthConsumption(analytics.organizationId());

		// cr1 costs 5 thousandths of a dollar per node and minute: 0.90 an hour on 3 nodes.
		assertThat(consumption.computeConsumptionThisMonth()).singleElement().satisfies((product) -> {
			assertThat(product.productName()).isEqualTo("cr1");
			assertThat(product.consumption().minutes()).isEqualTo(120);
			assertThat(product.consumption().dtuhours()).isEqualByComparingTo("6");
			assertThat(product.consumption().cost()).isEqualByComparingTo("1.80");
			assertThat(product.consumption().total()).isEqualByComparingTo("1.80");
		});
		// 3 x 256 GiB of cr1 and 512 GiB of cr2, for two hours each.
		assertThat(consumption.storageConsumptionThisMonth().gibhours()).isEqualTo(2 * (3 * 256 + 512));
		assertThat(consumption.storageConsumptionThisMonth().minutes()).isEqualTo(240);
		assertThat(consumption.currentCost().hourly()).containsOnlyKeys("compute", "storage");
		assertThat(consumption.currentCost().hourly().get("compute")).isEqualByComparingTo("0.9");
		assertThat(consumption.currentCost().monthly().get("compute")).isEqualByComparingTo("657");
	}

	@Test
	void anOrganizationWithoutClustersHasUsedNothing() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		CurrentMonthConsumption consumption = this.client.organizations().billing().getCurrentMonthConsumption(acme.id());

		assertThat(consumption.computeConsumptionThisMonth()).isEmpty();
		assertThat(consumption.storageConsumptionThisMonth().gibhours()).isZero();
		assertThat(consumption.currentCost().monthly().get("compute")).isZero();
		assertThat(this.client.organizations().billing().listQuotas(acme.id())).extracting(Quota::currentValue)
			.allSatisfy((value) -> assertThat(value).isZero());
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().billing().getCurrentMonthConsumption(UNKNOWN_ID));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().billing().listQuotas(UNKNOWN_ID));
	}

	@Test
	void quotasCountTheOrganizationsClustersAndStorage() {
		SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");
		analytics.cluster("sensors").nodes(3).create();
		analytics.cluster("archive").create();

		List<Quota> quotas = this.client.organizations().billing().listQuotas(analytics.organizationId());

		assertThat(quotas).extracting(Quota::code).containsExactly("clusters", "cluster_storage_gib");
		assertThat(quotas.get(0).quota()).isEqualByComparingTo("10");
		assertThat(quotas.get(0).currentValue()).isEqualByComparingTo("2");
		assertThat(quotas.get(1).currentValue()).isEqualByComparingTo("1024");
	}

	@Test
	void theRemainingBudgetLeavesOutAClusterWhenAsked() {
		SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");
		String sensors = analytics.cluster("sensors").nodes(3).create();
		String organizationId = analytics.organizationId();

		// 3 nodes of cr1 (0.90 an hour) with 768 GiB (0.1152 an hour) cost 741.10 a month.
		assertThat(this.client.organizations().billing().getRemainingBudget(organizationId).remainingBudgetPerMonth())
			.isEqualByComparingTo("9258.90");
		assertThat(this.client.organizations()
			.billing()
			.getRemainingBudget(organizationId, RemainingBudgetQuery.all().withExcludedCluster(sensors))
			.remainingBudgetPerMonth()).isEqualByComparingTo("10000");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().billing().getRemainingBudget(organizationId,
					RemainingBudgetQuery.all().withExcludedCluster(UNKNOWN_ID)));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.organizations().billing().getRemainingBudget(organizationId,
					RemainingBudgetQuery.all().withExcludedCluster("sensors")))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("exclude_cluster_id"));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().billing().getRemainingBudget(UNKNOWN_ID));
	}

	@Test
	void paymentMethodsAreTheOrganizationsSubscriptions() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		List<PaymentMethod> methods = this.client.organizations().billing().listPaymentMethods(acme.id());

		assertThat(methods).singleElement().satisfies((method) -> {
			assertThat(method.type()).isEqualTo("stripe");
			assertThat(method.isAvailable()).isTrue();
			assertThat(method.isSetup()).isTrue();
			assertThat(method.subscriptionId()).isEqualTo(acme.subscriptionId());
			assertThat(method.subscription().id()).isEqualTo(acme.subscriptionId());
		});
		this.client.subscriptions().cancel(acme.subscriptionId());
		assertThat(this.client.organizations().billing().listPaymentMethods(acme.id())).singleElement().satisfies((method) -> {
			assertThat(method.type()).isEqualTo("stripe");
			assertThat(method.isSetup()).isFalse();
			assertThat(method.subscriptionId()).isNull();
		});
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().billing().listPaymentMethods(UNKNOWN_ID));
	}

	@Test
	void prometheusMetricsHaveASeriesPerClusterOfTheOrganization() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		String sensors = analytics.cluster("sensors").nodes(3).create();
		String archive = analytics.cluster("archive \"old\"").suspended().create();
		this.fake.seed().organization("Globex").project("other").cluster("elsewhere").create();

		String metrics = this.client.organizations().getPrometheusMetrics(acme.id());

		String sensorsLabels = "{cluster_id=\"" + sensors + "\",cluster_name=\"sensors\",project_id=\"" + analytics.id()
				+ "\"}";
		String archiveLabels = "{cluster_id=\"" + archive + "\",cluster_name=\"archive \\\"old\\\"\",project_id=\""
				+ analytics.id() + "\"}";
		assertThat(metrics.lines().filter((line) -> !line.startsWith("#"))).containsExactly(
				"cratedb_cloud_cluster_nodes" + sensorsLabels + " 3",
				"cratedb_cloud_cluster_nodes" + archiveLabels + " 0",
				"cratedb_cloud_cluster_up" + sensorsLabels + " 1", "cratedb_cloud_cluster_up" + archiveLabels + " 0");
		assertThat(metrics).contains("# TYPE cratedb_cloud_cluster_nodes gauge\n").endsWith("\n");
		assertThat(this.fake.requests()).last()
			.satisfies((exchange) -> assertThat(exchange.responseHeaders().get("content-type"))
				.containsExactly(BillingApi.PROMETHEUS_CONTENT_TYPE));
	}

	@Test
	void prometheusMetricsOfAnOrganizationWithoutClustersAreEmpty() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		assertThat(this.client.organizations().getPrometheusMetrics(acme.id())).isEmpty();
		assertThat(this.fake.requests()).last().satisfies((exchange) -> assertThat(exchange.status()).isEqualTo(204));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().getPrometheusMetrics(UNKNOWN_ID));
	}

	private List<String> auditActions(String organizationId) {
		return this.client.auditLogs().stream(organizationId, AuditLogQuery.all()).map(AuditEvent::action).toList();
	}

}
