package io.cratecloud.client.organizations;

import java.time.Instant;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.users.RoleFqn;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganizationWritesTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String ORG_PATH = "/api/v2/organizations/" + ORG_ID + "/";

	private static final String ORGANIZATION = """
			{"id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "name": "Analytical Engines",
			 "email": "ops@analytical-engines.example", "notifications_enabled": true, "plan_type": %d,
			 "project_count": 0, "role_fqn": "org_admin",
			 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
			""";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final OrganizationsClient organizations = TestClients.client(api).organizations();

	@Test
	void createSendsTheNameAndAnswers201WithTheOrganization() {
		api.server()
			.stubFor(post("/api/v2/organizations/").willReturn(created(ORGANIZATION.formatted(3))));

		Organization organization = this.organizations.create(OrganizationCreateRequest.named("Analytical Engines"));

		assertThat(organization).isEqualTo(new Organization(ORG_ID, "Analytical Engines",
				"ops@analytical-engines.example", true, 3, 0, RoleFqn.ORG_ADMIN,
				new DublinCore(Instant.parse("2026-07-10T10:41:02.983Z"), Instant.parse("2026-07-10T10:41:02.983Z"))));
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/organizations/"))
				.withHeader("Content-Type", equalTo("application/json"))
				.withRequestBody(equalToJson("{\"name\": \"Analytical Engines\"}")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void createSendsAChosenPlan() {
		api.server()
			.stubFor(post("/api/v2/organizations/").willReturn(created(ORGANIZATION.formatted(5))));

		Organization organization = this.organizations
			.create(OrganizationCreateRequest.named("Analytical Engines").withPlanType(5));

		assertThat(organization.planType()).isEqualTo(5);
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/organizations/"))
				.withRequestBody(equalToJson("{\"name\": \"Analytical Engines\", \"plan_type\": 5}")));
	}

	@Test
	void createChecksTheNameAndPlanBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.organizations.create(null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.create(OrganizationCreateRequest.named("")))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.create(OrganizationCreateRequest.named("x".repeat(513))))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.create(OrganizationCreateRequest.named("Analytical Engines").withPlanType(7)))
			.withMessageContaining("plan_type");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void aRefusedCreateNamesTheFieldsTheServiceRejected() {
		api.server()
			.stubFor(post("/api/v2/organizations/").willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"message": "Validation failed", "success": false,
						 "errors": {"name": ["An organization with this name exists."]}}
						""")));

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.organizations.create(OrganizationCreateRequest.named("Analytical Engines")))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsOnlyKeys("name"));
	}

	@Test
	void updateSendsOnlyWhatChanges() {
		api.server().stubFor(put(ORG_PATH).willReturn(okJson(ORGANIZATION.formatted(4))));

		Organization organization = this.organizations.update(ORG_ID,
				OrganizationUpdateRequest.none()
					.withEmail("ops@analytical-engines.example")
					.withNotificationsEnabled(true)
					.withPlanType(4));

		assertThat(organization.planType()).isEqualTo(4);
		assertThat(organization.email()).isEqualTo("ops@analytical-engines.example");
		api.server()
			.verify(putRequestedFor(urlEqualTo(ORG_PATH)).withRequestBody(equalToJson("""
					{"email": "ops@analytical-engines.example", "notifications_enabled": true, "plan_type": 4}
					""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void updateRenames() {
		api.server().stubFor(put(ORG_PATH).willReturn(okJson(ORGANIZATION.formatted(3))));

		this.organizations.update(ORG_ID, OrganizationUpdateRequest.none().withName("Analytical Engines"));

		api.server()
			.verify(putRequestedFor(urlEqualTo(ORG_PATH))
				.withRequestBody(equalToJson("{\"name\": \"Analytical Engines\"}")));
	}

	@Test
	void updateChecksTheChangesBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.update(ORG_ID, OrganizationUpdateRequest.none().withName("")))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.update(ORG_ID, OrganizationUpdateRequest.none().withEmail("ops")))
			.withMessageContaining("email");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.update(ORG_ID, OrganizationUpdateRequest.none().withPlanType(0)))
			.withMessageContaining("plan_type");
		assertThatIllegalArgumentException().isThrownBy(() -> this.organizations.update(ORG_ID, null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.update(" ", OrganizationUpdateRequest.none().withPlanType(2)))
			.withMessageContaining("organization_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void deleteAnswers204() {
		api.server().stubFor(delete(ORG_PATH).willReturn(noContent()));

		this.organizations.delete(ORG_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo(ORG_PATH)).withRequestBody(absent()));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void deleteChecksTheIdBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.organizations.delete(".."))
			.withMessageContaining("organization_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void updateCustomerSendsTheAddressAndTaxIdAsTopLevelFields() {
		api.server().stubFor(put(ORG_PATH + "customer/").willReturn(okJson("""
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
		CustomerAddress address = new CustomerAddress("Mariahilfer Strasse 12", "Top 4", "1070", "Wien", "AT");
		CustomerTax tax = new CustomerTax("ATU12345678", "eu_vat");

		Customer customer = this.organizations.billing().updateCustomer(ORG_ID,
				CustomerUpdateRequest.of("Analytical Engines GmbH", "billing@analytical-engines.example", "+43 1 5326789", address)
					.withTax(tax));

		assertThat(customer).isEqualTo(new Customer(ORG_ID, "Analytical Engines GmbH",
				"billing@analytical-engines.example", "+43 1 5326789", address, tax));
		api.server().verify(putRequestedFor(urlEqualTo(ORG_PATH + "customer/")).withRequestBody(equalToJson("""
				{"name": "Analytical Engines GmbH", "email": "billing@analytical-engines.example",
				 "phone": "+43 1 5326789", "line1": "Mariahilfer Strasse 12", "line2": "Top 4",
				 "postal_code": "1070", "city": "Wien", "country": "AT",
				 "tax_id": "ATU12345678", "tax_id_type": "eu_vat"}
				""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void updateCustomerWithoutTaxIdLeavesItOut() {
		api.server().stubFor(put(ORG_PATH + "customer/").willReturn(okJson("""
				{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "name": "Ada Lovelace",
				 "email": "ada@example.com", "phone": "+44 20 7946 0018",
				 "address": {"line1": "12 St James's Square", "postal_code": "SW1Y 4LB", "city": "London",
				   "country": "GB"}}
				""")));

		Customer customer = this.organizations.billing().updateCustomer(ORG_ID, CustomerUpdateRequest.of("Ada Lovelace",
				"ada@example.com", "+44 20 7946 0018",
				new CustomerAddress("12 St James's Square", null, "SW1Y 4LB", "London", "GB")));

		assertThat(customer.tax()).isNull();
		api.server().verify(putRequestedFor(urlEqualTo(ORG_PATH + "customer/")).withRequestBody(equalToJson("""
				{"name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0018",
				 "line1": "12 St James's Square", "postal_code": "SW1Y 4LB", "city": "London", "country": "GB"}
				""")));
	}

	@Test
	void updateCustomerChecksEveryRequiredFieldBeforeSending() {
		CustomerAddress address = new CustomerAddress("12 St James's Square", null, "SW1Y 4LB", "London", "GB");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.billing().updateCustomer(ORG_ID,
					CustomerUpdateRequest.of("", "ada@example.com", "+44 20 7946 0018", address)))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.billing().updateCustomer(ORG_ID,
					CustomerUpdateRequest.of("Ada Lovelace", "ada.example.com", "+44 20 7946 0018", address)))
			.withMessageContaining("email");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.billing().updateCustomer(ORG_ID,
					CustomerUpdateRequest.of("Ada Lovelace", "ada@example.com", " ", address)))
			.withMessageContaining("phone");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.billing().updateCustomer(ORG_ID,
					CustomerUpdateRequest.of("Ada Lovelace", "ada@example.com", "+44 20 7946 0018", null)))
			.withMessageContaining("address");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.billing().updateCustomer(ORG_ID,
					CustomerUpdateRequest.of("Ada Lovelace", "ada@example.com", "+44 20 7946 0018",
							new CustomerAddress("12 St James's Square", null, null, "London", "GB"))))
			.withMessageContaining("postal_code");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.billing().updateCustomer(ORG_ID,
					CustomerUpdateRequest.of("Ada Lovelace", "ada@example.com", "+44 20 7946 0018",
							new CustomerAddress("12 St James's Square", null, "SW1Y 4LB", "London", ""))))
			.withMessageContaining("country");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void deleteInvitationAnswers204() {
		String token = "c3e1f0a2-6b4d-4e8f-9a7c-2d5b1e0f3a64";
		api.server().stubFor(delete(ORG_PATH + "invitations/" + token + "/").willReturn(noContent()));

		this.organizations.invitations().delete(ORG_ID, token);

		api.server().verify(deleteRequestedFor(urlEqualTo(ORG_PATH + "invitations/" + token + "/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void deleteInvitationChecksTheTokenBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.organizations.invitations().delete(ORG_ID, ""))
			.withMessageContaining("invite_token");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	private static ResponseDefinitionBuilder created(String json) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(json);
	}

}
