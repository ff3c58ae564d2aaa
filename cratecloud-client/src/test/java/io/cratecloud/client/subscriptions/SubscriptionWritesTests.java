package io.cratecloud.client.subscriptions;

import java.net.URI;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubscriptionWritesTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String SUBSCRIPTION_ID = "56149db0-ea40-4616-88d1-885f6a491989";

	private static final String SUBSCRIPTION_PATH = "/api/v2/subscriptions/" + SUBSCRIPTION_ID + "/";

	private static final String PENDING_STRIPE_SUBSCRIPTION = """
			{"id": "56149db0-ea40-4616-88d1-885f6a491989", "name": "stripe-Kq3Xw9Za",
			 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "provider": "stripe",
			 "subscription_provider": "stripe", "state": "pending", "active": false, "provisioned": false,
			 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
			""";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final SubscriptionsClient subscriptions = TestClients.client(api).subscriptions();

	@Test
	void createSendsTheOrganizationAndTypeAndAnswers201() {
		api.server().stubFor(post("/api/v2/subscriptions/").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(PENDING_STRIPE_SUBSCRIPTION)));

		Subscription subscription = this.subscriptions.create(ORG_ID, SubscriptionType.STRIPE);

		assertThat(subscription.id()).isEqualTo(SUBSCRIPTION_ID);
		assertThat(subscription.state()).isEqualTo("pending");
		assertThat(subscription.active()).isFalse();
		api.server().verify(postRequestedFor(urlEqualTo("/api/v2/subscriptions/")).withRequestBody(equalToJson("""
				{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "type": "stripe"}
				""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void createChecksTheOrganizationAndTypeBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.subscriptions.create(null, SubscriptionType.STRIPE))
			.withMessageContaining("organization_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.subscriptions.create("analytical-engines", SubscriptionType.STRIPE))
			.withMessageContaining("organization_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.subscriptions.create(ORG_ID, null))
			.withMessageContaining("type");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.subscriptions.create(ORG_ID, new SubscriptionType("")))
			.withMessageContaining("type");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.subscriptions.create(ORG_ID, new SubscriptionType("stripe/card")))
			.withMessageContaining("type");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void cancelAnswers200WithTheSubscription() {
		api.server().stubFor(delete(SUBSCRIPTION_PATH).willReturn(okJson("""
				{"id": "56149db0-ea40-4616-88d1-885f6a491989", "name": "analytical-engines-card",
				 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "provider": "stripe",
				 "state": "cancelled", "active": false, "provisioned": true}
				""")));

		Subscription subscription = this.subscriptions.cancel(SUBSCRIPTION_ID);

		assertThat(subscription.state()).isEqualTo("cancelled");
		assertThat(subscription.active()).isFalse();
		api.server().verify(deleteRequestedFor(urlEqualTo(SUBSCRIPTION_PATH)));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void cancelChecksTheIdBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.subscriptions.cancel(""))
			.withMessageContaining("subscription_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void assignOrganizationSendsTheOrganizationWithPatch() {
		api.server().stubFor(patch(SUBSCRIPTION_PATH + "assign-org/").willReturn(okJson("""
				{"id": "56149db0-ea40-4616-88d1-885f6a491989", "name": "my-azure-subscription",
				 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "provider": "azure",
				 "subscription_id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "state": "active", "active": true,
				 "provisioned": true}
				""")));

		Subscription subscription = this.subscriptions.assignOrganization(SUBSCRIPTION_ID, ORG_ID);

		assertThat(subscription.organizationId()).isEqualTo(ORG_ID);
		assertThat(subscription.provider()).isEqualTo("azure");
		api.server()
			.verify(patchRequestedFor(urlEqualTo(SUBSCRIPTION_PATH + "assign-org/"))
				.withRequestBody(equalToJson("{\"organization_id\": \"0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33\"}")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void assignOrganizationChecksTheIdsBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.subscriptions.assignOrganization(SUBSCRIPTION_ID, "org-1"))
			.withMessageContaining("organization_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.subscriptions.assignOrganization(" ", ORG_ID))
			.withMessageContaining("subscription_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void wizardRedirectReturnsTheLocationWithoutFollowingIt() {
		api.server().stubFor(get(SUBSCRIPTION_PATH + "wizard-redirect/").willReturn(aResponse().withStatus(302)
			.withHeader("Location", "https://console.cratedb.cloud/deploy?subscription=" + SUBSCRIPTION_ID)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\"> <title>Redirecting...</title>")));

		URI wizard = this.subscriptions.getWizardRedirect(SUBSCRIPTION_ID);

		assertThat(wizard).isEqualTo(URI.create("https://console.cratedb.cloud/deploy?subscription=" + SUBSCRIPTION_ID));
		api.server().verify(1, getRequestedFor(urlEqualTo(SUBSCRIPTION_PATH + "wizard-redirect/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void aRelativeWizardLocationIsResolvedAgainstTheRequest() {
		api.server().stubFor(get(SUBSCRIPTION_PATH + "wizard-redirect/").willReturn(aResponse().withStatus(302)
			.withHeader("Location", "/deploy?subscription=" + SUBSCRIPTION_ID)
			.withHeader("Content-Type", "text/html")
			.withBody("<title>Redirecting...</title>")));

		URI wizard = this.subscriptions.getWizardRedirect(SUBSCRIPTION_ID);

		assertThat(wizard).isEqualTo(URI.create(api.baseUrl() + "/deploy?subscription=" + SUBSCRIPTION_ID));
	}

	@Test
	void wizardRedirectThatIsNoRedirectIsUnexpected() {
		api.offContract("the document promises a 302; this stub tests what a 200 from a proxy does");
		api.server()
			.stubFor(get(SUBSCRIPTION_PATH + "wizard-redirect/")
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html/>")));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> this.subscriptions.getWizardRedirect(SUBSCRIPTION_ID));
	}

	@Test
	void wizardRedirectStillReportsBadCredentials() {
		api.server()
			.stubFor(get(SUBSCRIPTION_PATH + "wizard-redirect/").willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Authentication required.\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> this.subscriptions.getWizardRedirect(SUBSCRIPTION_ID));
	}

	@Test
	void wizardRedirectChecksTheIdBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.subscriptions.getWizardRedirect(".."))
			.withMessageContaining("subscription_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

}
