package io.cratecloud.client.subscriptions;

import java.time.Instant;
import java.util.List;

import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubscriptionsClientTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String SUBSCRIPTION_ID = "56149db0-ea40-4616-88d1-885f6a491989";

	private static final String STRIPE_SUBSCRIPTION = """
			{
			  "id": "56149db0-ea40-4616-88d1-885f6a491989",
			  "name": "analytical-engines-card",
			  "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
			  "provider": "stripe",
			  "subscription_provider": "stripe",
			  "subscription_id": "sub_1PgX4hLkdIwHu7ixQw0e2R5t",
			  "reference": "cus_QXc8Zp1mY2nB3v",
			  "state": "active",
			  "active": true,
			  "provisioned": true,
			  "billing_model": "pay-as-you-go",
			  "offer": "CrateDB Cloud",
			  "offer_id": "cratedb-cloud",
			  "plan": "Pay as you go",
			  "plan_id": "payg",
			  "purchaser": "ada@example.com",
			  "promotion": {"id": "free-cr0-cluster", "description": "Free CR0 Clusters", "discount_percent": 100,
			    "duration_months": 3, "plan_name": "cr0", "plan_tier": "default", "scale_unit": 0, "valid_to": null},
			  "dc": {"created": "2026-03-02T09:16:03.221000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}
			}
			""";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final SubscriptionsClient subscriptions = TestClients.client(api).subscriptions();

	@Test
	void listReadsEverySubscription() {
		api.server().stubFor(get(urlPathEqualTo("/api/v2/subscriptions/")).willReturn(okJson("[" + STRIPE_SUBSCRIPTION
				+ ", {\"id\": \"4841eb8a-257d-460d-9dcf-c6a7f0dcc09d\", \"name\": \"contract-YeBfJLWA\","
				+ " \"provider\": \"cloud\", \"state\": \"suspended\", \"active\": false}]")));

		List<Subscription> list = this.subscriptions.list();

		assertThat(list).hasSize(2);
		assertStripeSubscription(list.get(0));
		assertThat(list.get(1).provider()).isEqualTo("cloud");
		assertThat(list.get(1).active()).isFalse();
		assertThat(list.get(1).provisioned()).isNull();
		assertThat(list.get(1).promotion()).isNull();
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/subscriptions/")));
	}

	@Test
	void listWithABlankOrganizationIdIsRejectedRatherThanListingEveryOrganization() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.subscriptions.list(" "));
		assertThat(api.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void listOfAnOrganizationReadsTheOrganizationsSubscriptionsFromItsPath() {
		api.server()
			.stubFor(get("/api/v2/organizations/" + ORG_ID + "/subscriptions/")
				.willReturn(okJson("[" + STRIPE_SUBSCRIPTION + "]")));

		List<Subscription> list = this.subscriptions.list(ORG_ID);

		assertThat(list).singleElement().satisfies(SubscriptionsClientTests::assertStripeSubscription);
		assertThat(api.server().findAll(anyRequestedFor(anyUrl()))).singleElement()
			.satisfies((request) -> assertThat(request.getUrl())
				.isEqualTo("/api/v2/organizations/" + ORG_ID + "/subscriptions/"));
	}

	@Test
	void getReadsOneSubscription() {
		api.server()
			.stubFor(get("/api/v2/subscriptions/" + SUBSCRIPTION_ID + "/").willReturn(okJson(STRIPE_SUBSCRIPTION)));

		assertStripeSubscription(this.subscriptions.get(SUBSCRIPTION_ID));
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/subscriptions/" + SUBSCRIPTION_ID + "/")));
	}

	private static void assertStripeSubscription(Subscription subscription) {
		assertThat(subscription).isEqualTo(new Subscription(SUBSCRIPTION_ID, "analytical-engines-card", ORG_ID,
				"stripe", "stripe", "sub_1PgX4hLkdIwHu7ixQw0e2R5t", "cus_QXc8Zp1mY2nB3v", "active", true, true,
				"pay-as-you-go", "CrateDB Cloud", "cratedb-cloud", "Pay as you go", "payg", "ada@example.com",
				subscription.promotion(),
				new DublinCore(Instant.parse("2026-03-02T09:16:03.221Z"), Instant.parse("2026-07-10T10:41:02.983Z"))));
		assertThat(subscription.promotion()).containsEntry("id", "free-cr0-cluster")
			.containsEntry("discount_percent", 100)
			.containsEntry("duration_months", 3)
			.containsEntry("valid_to", null)
			.hasSize(8);
	}

}
