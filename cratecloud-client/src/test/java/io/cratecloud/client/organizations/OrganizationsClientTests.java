package io.cratecloud.client.organizations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.subscriptions.Subscription;
import io.cratecloud.client.users.OrganizationRole;
import io.cratecloud.client.users.RoleFqn;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganizationsClientTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String ORG_PATH = "/api/v2/organizations/" + ORG_ID + "/";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final OrganizationsClient organizations = TestClients.client(api).organizations();

	@Test
	void listReadsEveryOrganization() {
		api.server().stubFor(get("/api/v2/organizations/").willReturn(okJson("""
				[
				  {
				    "id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
				    "name": "Analytical Engines",
				    "email": "ops@analytical-engines.example",
				    "notifications_enabled": true,
				    "plan_type": 3,
				    "project_count": 2,
				    "role_fqn": "org_admin",
				    "dc": {"created": "2026-03-02T09:15:27.114000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}
				  },
				  {
				    "id": "7d2e4b10-93a5-4c1f-b8e6-0a4d5c3b2f19",
				    "name": "Difference Engines",
				    "plan_type": 1,
				    "project_count": 0,
				    "role_fqn": "org_member"
				  }
				]
				""")));

		List<Organization> list = this.organizations.list();

		assertThat(list).hasSize(2);
		assertThat(list.get(0)).isEqualTo(new Organization(ORG_ID, "Analytical Engines",
				"ops@analytical-engines.example", true, 3, 2, RoleFqn.ORG_ADMIN,
				new DublinCore(Instant.parse("2026-03-02T09:15:27.114Z"), Instant.parse("2026-07-10T10:41:02.983Z"))));
		assertThat(list.get(1).email()).isNull();
		assertThat(list.get(1).notificationsEnabled()).isNull();
		assertThat(list.get(1).roleFqn()).isEqualTo(RoleFqn.ORG_MEMBER);
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/organizations/")));
	}

	@Test
	void getReadsOneOrganization() {
		api.server().stubFor(get(ORG_PATH).willReturn(okJson("""
				{"id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "name": "Analytical Engines",
				 "email": "ops@analytical-engines.example", "notifications_enabled": false, "plan_type": 5,
				 "project_count": 4, "role_fqn": "org_admin",
				 "dc": {"created": "2026-03-02T09:15:27.114000+00:00", "modified": "2026-03-02T09:15:27.114000+00:00"}}
				""")));

		Organization organization = this.organizations.get(ORG_ID);

		assertThat(organization.id()).isEqualTo(ORG_ID);
		assertThat(organization.name()).isEqualTo("Analytical Engines");
		assertThat(organization.notificationsEnabled()).isFalse();
		assertThat(organization.planType()).isEqualTo(5);
		assertThat(organization.projectCount()).isEqualTo(4);
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH)));
	}

	@Test
	void currentMonthConsumptionReadsComputeStorageAndEstimate() {
		api.server().stubFor(get(ORG_PATH + "consumption/current-month/").willReturn(okJson("""
				{
				  "compute_consumption_this_month": [
				    {"product_name": "cr1",
				     "consumption": {"minutes": 13440, "dtuhours": 448.0, "cost": 179.2, "credits": 0, "total": 179.2}},
				    {"product_name": "cr4",
				     "consumption": {"minutes": 720, "dtuhours": 96.5, "cost": 86.85, "credits": 86.85, "total": 0}}
				  ],
				  "storage_consumption_this_month": {"minutes": 14160, "gibhours": 7552, "dtuhours": 0,
				    "cost": 1.57, "credits": 0, "total": 1.57},
				  "current_cost": {"hourly": {"compute": 0.4, "storage": 0.0035},
				    "monthly": {"compute": 292.0, "storage": 2.55}}
				}
				""")));

		CurrentMonthConsumption consumption = this.organizations.billing().getCurrentMonthConsumption(ORG_ID);

		assertThat(consumption.computeConsumptionThisMonth()).hasSize(2);
		ProductConsumption cr1 = consumption.computeConsumptionThisMonth().get(0);
		assertThat(cr1.productName()).isEqualTo("cr1");
		assertThat(cr1.consumption()).isEqualTo(new Consumption(13440L, new BigDecimal("448.0"),
				new BigDecimal("179.2"), new BigDecimal("0"), new BigDecimal("179.2")));
		assertThat(consumption.computeConsumptionThisMonth().get(1).consumption().credits())
			.isEqualByComparingTo("86.85");
		assertThat(consumption.storageConsumptionThisMonth().gibhours()).isEqualTo(7552L);
		assertThat(consumption.storageConsumptionThisMonth().total()).isEqualByComparingTo("1.57");
		assertThat(consumption.currentCost().hourly()).containsOnlyKeys("compute", "storage");
		assertThat(consumption.currentCost().monthly().get("compute")).isEqualByComparingTo("292");
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "consumption/current-month/")));
	}

	@Test
	void customerReadsBillingDetails() {
		api.server().stubFor(get(ORG_PATH + "customer/").willReturn(okJson("""
				{
				  "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
				  "name": "Analytical Engines GmbH",
				  "email": "billing@analytical-engines.example",
				  "phone": "+43 1 5326789",
				  "address": {"line1": "Mariahilfer Strasse 12", "line2": "Top 4", "postal_code": "1070",
				    "city": "Wien", "country": "AT"},
				  "tax": {"tax_id": "ATU12345678", "tax_id_type": "eu_vat"}
				}
				""")));

		Customer customer = this.organizations.billing().getCustomer(ORG_ID);

		assertThat(customer).isEqualTo(new Customer(ORG_ID, "Analytical Engines GmbH",
				"billing@analytical-engines.example", "+43 1 5326789",
				new CustomerAddress("Mariahilfer Strasse 12", "Top 4", "1070", "Wien", "AT"),
				new CustomerTax("ATU12345678", "eu_vat")));
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "customer/")));
	}

	@Test
	void invitationsWithoutAStatusSendNoFilter() {
		api.server().stubFor(get(urlPathEqualTo(ORG_PATH + "invitations/")).willReturn(okJson("""
				[
				  {"uid": "c3e1f0a2-6b4d-4e8f-9a7c-2d5b1e0f3a64", "email": "charles@example.com", "status": "PENDING",
				   "expiration_date": "2026-07-17T10:41:02.983000+00:00",
				   "organization_roles": [{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "role_fqn": "org_member"}]},
				  {"uid": "e8a9b7c6-5d4e-4f3a-8b2c-1d0e9f8a7b6c", "email": "mary@example.com", "status": "ACCEPTED",
				   "expiration_date": "2026-06-30T08:00:00+00:00",
				   "organization_roles": [{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "role_fqn": "org_admin"}]}
				]
				""")));

		List<OrganizationInvitation> invitations = this.organizations.invitations().list(ORG_ID);

		assertThat(invitations).extracting(OrganizationInvitation::status)
			.containsExactly(InvitationStatus.PENDING, InvitationStatus.ACCEPTED);
		OrganizationInvitation pending = invitations.get(0);
		assertThat(pending.uid()).isEqualTo("c3e1f0a2-6b4d-4e8f-9a7c-2d5b1e0f3a64");
		assertThat(pending.email()).isEqualTo("charles@example.com");
		assertThat(pending.expirationDate()).isEqualTo(Instant.parse("2026-07-17T10:41:02.983Z"));
		assertThat(pending.organizationRoles()).containsExactly(new OrganizationRole(ORG_ID, RoleFqn.ORG_MEMBER));
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "invitations/")));
	}

	@Test
	void invitationsWithAStatusFilterByIt() {
		api.server().stubFor(get(urlPathEqualTo(ORG_PATH + "invitations/")).willReturn(okJson("""
				[{"uid": "c3e1f0a2-6b4d-4e8f-9a7c-2d5b1e0f3a64", "email": "charles@example.com", "status": "PENDING",
				  "expiration_date": "2026-07-17T10:41:02.983000+00:00", "organization_roles": []}]
				""")));

		List<OrganizationInvitation> invitations = this.organizations.invitations()
			.list(ORG_ID, InvitationQuery.all().withStatus(InvitationStatus.PENDING));

		assertThat(invitations).singleElement()
			.extracting(OrganizationInvitation::status)
			.isEqualTo(InvitationStatus.PENDING);
		assertOnlyRequest(ORG_PATH + "invitations/", Map.of("status", "PENDING"));
	}

	@Test
	void prometheusMetricsAreReturnedVerbatim() {
		String metrics = """
				# HELP crate_query_total Queries executed.
				# TYPE crate_query_total counter
				crate_query_total{cluster_id="8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b",query_type="Select"} 18234
				crate_query_total{cluster_id="8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b",query_type="Insert"} 977 1783680062983
				""";
		// The document declares the media type as "plain/text"; a stub must use it to be valid.
		api.server()
			.stubFor(get(ORG_PATH + "metrics/prometheus/")
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "plain/text").withBody(metrics)));

		assertThat(this.organizations.getPrometheusMetrics(ORG_ID)).isEqualTo(metrics);
		// Text is asked for as text: a strict endpoint would refuse a JSON-only Accept.
		api.server()
			.verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "metrics/prometheus/"))
				.withHeader("Accept", com.github.tomakehurst.wiremock.client.WireMock.equalTo("*/*")));
	}

	@Test
	void prometheusMetricsInTheExpositionFormatsOwnMediaTypeAreReturnedVerbatim() {
		api.offContract("the document's 'plain/text' is not a media type; Prometheus endpoints answer "
				+ "'text/plain; version=0.0.4'");
		String metrics = "# TYPE crate_cluster_state gauge\ncrate_cluster_state{name=\"Zürich\"} 1\n";
		api.server()
			.stubFor(get(ORG_PATH + "metrics/prometheus/").willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
				.withBody(metrics)));

		assertThat(this.organizations.getPrometheusMetrics(ORG_ID)).isEqualTo(metrics);
	}

	@Test
	void prometheusMetricsAreEmptyWhenThereAreNone() {
		api.server().stubFor(get(ORG_PATH + "metrics/prometheus/").willReturn(noContent()));

		assertThat(this.organizations.getPrometheusMetrics(ORG_ID)).isEmpty();
	}

	@Test
	void paymentMethodsReadCardsAndSubscriptions() {
		api.server().stubFor(get(ORG_PATH + "payment-methods/").willReturn(okJson("""
				[
				  {"type": "stripe", "is_available": true, "is_setup": true,
				   "card": {"id": "card_1PgX2aLkdIwHu7ixZ3bQ8f0c", "brand": "visa", "last4": "4242",
				     "exp_month": 8, "exp_year": 2028, "country": "AT", "default": true}},
				  {"type": "aws", "is_available": true, "is_setup": true,
				   "subscription_id": "2b8e6f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b",
				   "subscription": {"id": "2b8e6f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "name": "aws-marketplace",
				     "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "provider": "aws", "state": "active",
				     "active": true, "provisioned": true}},
				  {"type": "azure", "is_available": false, "is_setup": false}
				]
				""")));

		List<PaymentMethod> methods = this.organizations.billing().listPaymentMethods(ORG_ID);

		assertThat(methods).extracting(PaymentMethod::type).containsExactly("stripe", "aws", "azure");
		assertThat(methods.get(0).card()).isEqualTo(
				new CustomerCard("card_1PgX2aLkdIwHu7ixZ3bQ8f0c", "visa", "4242", 8, 2028, "AT", true));
		Subscription subscription = methods.get(1).subscription();
		assertThat(methods.get(1).subscriptionId()).isEqualTo("2b8e6f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
		assertThat(subscription.provider()).isEqualTo("aws");
		assertThat(subscription.active()).isTrue();
		assertThat(methods.get(2).isAvailable()).isFalse();
		assertThat(methods.get(2).isSetup()).isFalse();
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "payment-methods/")));
	}

	@Test
	void quotasReadLimitsAndUse() {
		api.server().stubFor(get(ORG_PATH + "quotas/").willReturn(okJson("""
				[{"code": "clusters", "quota": 10, "current_value": 3},
				 {"code": "cluster_storage_gib", "quota": 8192, "current_value": 512.5}]
				""")));

		List<Quota> quotas = this.organizations.billing().listQuotas(ORG_ID);

		assertThat(quotas).extracting(Quota::code).containsExactly("clusters", "cluster_storage_gib");
		assertThat(quotas.get(0).quota()).isEqualByComparingTo("10");
		assertThat(quotas.get(1).currentValue()).isEqualByComparingTo("512.5");
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "quotas/")));
	}

	@Test
	void remainingBudgetCountsEveryClusterByDefault() {
		api.server()
			.stubFor(get(urlPathEqualTo(ORG_PATH + "remaining-budget/"))
				.willReturn(okJson("{\"remaining_budget_per_month\": 1250.75}")));

		RemainingBudget budget = this.organizations.billing().getRemainingBudget(ORG_ID);

		assertThat(budget.remainingBudgetPerMonth()).isEqualByComparingTo("1250.75");
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "remaining-budget/")));
	}

	@Test
	void remainingBudgetCanLeaveOneClusterOut() {
		api.server()
			.stubFor(get(urlPathEqualTo(ORG_PATH + "remaining-budget/"))
				.willReturn(okJson("{\"remaining_budget_per_month\": 1540}")));

		RemainingBudget budget = this.organizations.billing()
			.getRemainingBudget(ORG_ID, RemainingBudgetQuery.all().withExcludedCluster("8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b"));

		assertThat(budget.remainingBudgetPerMonth()).isEqualByComparingTo("1540");
		assertOnlyRequest(ORG_PATH + "remaining-budget/",
				Map.of("exclude_cluster_id", "8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b"));
	}

	@Test
	void filesReadEveryFile() {
		api.server().stubFor(get(ORG_PATH + "files/").willReturn(okJson("""
				[
				  {"id": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b", "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
				   "name": "sensor-readings-2026-06.csv.gz", "file_size": 73400320, "status": "UPLOADED",
				   "download_url": "https://cratedb-cloud-files.s3.amazonaws.com/5e4d3c2b?X-Amz-Signature=9f8e",
				   "dc": {"created": "2026-07-01T06:00:11.402000+00:00", "modified": "2026-07-01T06:02:45.120000+00:00"}},
				  {"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
				   "name": "devices.json", "file_size": 1, "status": "PENDING",
				   "upload_url": "https://cratedb-cloud-files.s3.amazonaws.com/9a8b7c6d?X-Amz-Signature=1a2b"}
				]
				""")));

		List<OrganizationFile> files = this.organizations.files().list(ORG_ID);

		assertThat(files).extracting(OrganizationFile::status).containsExactly(FileStatus.UPLOADED, FileStatus.PENDING);
		OrganizationFile uploaded = files.get(0);
		assertThat(uploaded.name()).isEqualTo("sensor-readings-2026-06.csv.gz");
		assertThat(uploaded.fileSize()).isEqualTo(73400320L);
		assertThat(uploaded.organizationId()).isEqualTo(ORG_ID);
		assertThat(uploaded.dc().modified()).isEqualTo(Instant.parse("2026-07-01T06:02:45.120Z"));
		assertThat(files.get(1).uploadUrl()).startsWith("https://cratedb-cloud-files.s3.amazonaws.com/9a8b7c6d");
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "files/")));
	}

	@Test
	void fileReadsOneFileWithItsDownloadUrl() {
		String fileId = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b";
		api.server().stubFor(get(ORG_PATH + "files/" + fileId + "/").willReturn(okJson("""
				{"id": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b", "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
				 "name": "export-sensor_readings.json.gz", "file_size": 52428800, "status": "UPLOADED",
				 "download_url": "https://cratedb-cloud-files.s3.amazonaws.com/5e4d3c2b?X-Amz-Signature=9f8e",
				 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:43:12.004000+00:00"}}
				""")));

		OrganizationFile file = this.organizations.files().get(ORG_ID, fileId);

		assertThat(file.id()).isEqualTo(fileId);
		assertThat(file.downloadUrl())
			.isEqualTo("https://cratedb-cloud-files.s3.amazonaws.com/5e4d3c2b?X-Amz-Signature=9f8e");
		assertThat(file.uploadUrl()).isNull();
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "files/" + fileId + "/")));
	}

	@Test
	void aFileStatusTheDocumentDoesNotListIsKept() {
		api.offContract("api-notes.md: the document's enums are not closed; new values appear");
		api.server().stubFor(get(ORG_PATH + "files/").willReturn(okJson("""
				[{"id": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b", "name": "old-export.json.gz", "status": "EXPIRED"}]
				""")));

		assertThat(this.organizations.files().list(ORG_ID)).singleElement()
			.extracting(OrganizationFile::status)
			.isEqualTo(new FileStatus("EXPIRED"));
	}

	@Test
	void secretsKeepEveryType() {
		// The document gives the type no enum, so MONGODB (api-notes.md) is on the contract.
		api.server().stubFor(get(ORG_PATH + "secrets/").willReturn(okJson("""
				[
				  {"id": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b", "name": "s3-import", "type": "AWS",
				   "description": "AKIA...WXYZ",
				   "dc": {"created": "2026-05-04T12:00:00.000000+00:00", "modified": "2026-05-04T12:00:00.000000+00:00"}},
				  {"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "name": "blob-import", "type": "AZURE",
				   "description": "DefaultEndpointsProtocol=https;AccountName=ae..."},
				  {"id": "3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e", "name": "mongo-cdc", "type": "MONGODB",
				   "description": "mongodb+srv://cluster0.example.mongodb.net"}
				]
				""")));

		List<Secret> secrets = this.organizations.secrets().list(ORG_ID);

		assertThat(secrets).extracting(Secret::type)
			.containsExactly(SecretType.AWS, SecretType.AZURE, SecretType.MONGODB);
		assertThat(secrets.get(2).type().value()).isEqualTo("MONGODB");
		assertThat(secrets.get(0).name()).isEqualTo("s3-import");
		assertThat(secrets.get(0).dc().created()).isEqualTo(Instant.parse("2026-05-04T12:00:00Z"));
		api.server().verify(1, getRequestedFor(urlEqualTo(ORG_PATH + "secrets/")));
	}

	@Test
	void aSecretTypeNoOneKnowsYetIsKept() {
		api.server().stubFor(get(ORG_PATH + "secrets/").willReturn(okJson("""
				[{"id": "4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e8f", "name": "kafka", "type": "KAFKA"}]
				""")));

		assertThat(this.organizations.secrets().list(ORG_ID)).singleElement()
			.extracting(Secret::type)
			.isEqualTo(new SecretType("KAFKA"));
	}

	@Test
	void aBlankOrganizationIdIsRejectedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.organizations.billing().listQuotas(" "));
		assertThat(api.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	private static void assertOnlyRequest(String path, Map<String, String> query) {
		List<LoggedRequest> requests = api.server().findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).singleElement().satisfies((request) -> {
			assertThat(request.getMethod().getName()).isEqualTo("GET");
			assertThat(request.getUrl()).startsWith(path + "?");
			assertThat(request.getQueryParams()).containsOnlyKeys(query.keySet());
			query.forEach((name, value) -> assertThat(request.queryParameter(name).values()).containsExactly(value));
		});
	}

}
