package io.cratecloud.test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.subscriptions.Subscription;
import io.cratecloud.client.subscriptions.SubscriptionType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SubscriptionsApiTests extends FakeApiTests {

	private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

	SubscriptionsApiTests() {
		invalidOnPurpose((exchange) -> exchange.status() == 400);
		// The document lists no 404 for these operations, nor a 400 for assigning an
		// organization; the fake answers an unknown organization and a wrong body as
		// everywhere else (the service's answers are not known).
		offDocument((exchange) -> (exchange.status() == 404 && exchange.template() != null
				&& (exchange.template().equals("/api/v2/organizations/{organization_id}/subscriptions/")
						|| exchange.template().equals("/api/v2/subscriptions/")))
				|| (exchange.status() == 400 && exchange.path().endsWith("/assign-org/")));
	}

	@Test
	void aSeededOrganizationHasAnActiveStripeSubscription() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		Subscription subscription = this.client.subscriptions().get(acme.subscriptionId());

		assertThat(subscription.organizationId()).isEqualTo(acme.id());
		assertThat(subscription.provider()).isEqualTo("stripe");
		assertThat(subscription.state()).isEqualTo("active");
		assertThat(subscription.active()).isTrue();
		assertThat(subscription.provisioned()).isTrue();
		HttpResponse<String> stripe = new FakeHttp(this.fake).send("GET",
				"/api/v2/stripe/subscriptions/" + acme.subscriptionId() + "/", null);
		assertThat(stripe.statusCode()).isEqualTo(200);
		assertThat(json(stripe.body())).isEqualTo(genericAnswer(acme.subscriptionId()));
	}

	@Test
	void subscriptionsAreListedForAllOrOneOrganization() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededOrganization globex = this.fake.seed().organization("Globex");

		assertThat(this.client.subscriptions().list()).extracting(Subscription::id)
			.containsExactly(acme.subscriptionId(), globex.subscriptionId());
		assertThat(this.client.subscriptions().list(globex.id())).extracting(Subscription::id)
			.containsExactly(globex.subscriptionId());
		assertThat(this.client.subscriptions().list(acme.id())).extracting(Subscription::id)
			.containsExactly(acme.subscriptionId());
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.subscriptions().list(UNKNOWN_ID));
		// The document's other way to ask for an organization's subscriptions, which the
		// client no longer takes: an unknown organization has none.
		assertThat(idsListedByQuery(globex.id())).containsExactly(globex.subscriptionId());
		assertThat(idsListedByQuery(acme.id())).containsExactly(acme.subscriptionId());
		assertThat(idsListedByQuery(UNKNOWN_ID)).isEmpty();
	}

	@Test
	void aStripeSubscriptionIsCreatedPending() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		Subscription created = this.client.subscriptions().create(acme.id(), SubscriptionType.STRIPE);

		assertThat(created.provider()).isEqualTo("stripe");
		assertThat(created.state()).isEqualTo("pending");
		assertThat(created.active()).isFalse();
		assertThat(created.provisioned()).isFalse();
		assertThat(this.client.subscriptions().list(acme.id())).extracting(Subscription::id)
			.containsExactly(acme.subscriptionId(), created.id());
		assertThat(auditActions(acme.id())).containsExactly("subscription.create");
	}

	@Test
	void onlySuperusersCreateContractSubscriptions() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.subscriptions().create(acme.id(), SubscriptionType.CONTRACT));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.subscriptions().create(UNKNOWN_ID, SubscriptionType.STRIPE));
		assertThat(this.client.subscriptions().list()).hasSize(1);
	}

	@Test
	void everyProviderPathAnswersAsTheGenericOne() {
		// The client no longer asks for these paths; the document still has them.
		SeededOrganization acme = this.fake.seed().organization("Acme");
		JsonNode subscription = genericAnswer(acme.subscriptionId());
		FakeHttp http = new FakeHttp(this.fake);
		for (String provider : List.of("aws", "azure", "gcp", "stripe")) {
			String path = "/api/v2/" + provider + "/subscriptions/";
			HttpResponse<String> found = http.send("GET", path + acme.subscriptionId() + "/", null);
			assertThat(found.statusCode()).as(provider).isEqualTo(200);
			assertThat(json(found.body())).as(provider).isEqualTo(subscription);
			assertThat(http.send("GET", path + UNKNOWN_ID + "/", null).statusCode()).as(provider).isEqualTo(404);
		}
		assertThat(subscription.get("id").asString()).isEqualTo(acme.subscriptionId());
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.subscriptions().get(UNKNOWN_ID));
	}

	@Test
	void cancellingAnswersTheCancelledSubscriptionAndKeepsIt() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		Subscription cancelled = this.client.subscriptions().cancel(acme.subscriptionId());

		assertThat(cancelled.id()).isEqualTo(acme.subscriptionId());
		assertThat(cancelled.state()).isEqualTo("cancelled");
		assertThat(cancelled.active()).isFalse();
		assertThat(this.client.subscriptions().get(acme.subscriptionId()).state()).isEqualTo("cancelled");
		// Cancelling again changes nothing and is answered the same.
		assertThat(this.client.subscriptions().cancel(acme.subscriptionId())).isEqualTo(cancelled);
		assertThat(auditActions(acme.id())).containsExactly("subscription.cancel");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.subscriptions().cancel(UNKNOWN_ID));
	}

	@Test
	void cancellingDeletesTheClustersTheSubscriptionPaysFor() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		String sensors = analytics.cluster("sensors").nodes(3).create();
		String logs = analytics.cluster("logs").create();

		this.client.subscriptions().cancel(acme.subscriptionId());

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.clusters().get(sensors));
		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> this.client.clusters().get(logs));
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all()).get(0).context())
			.containsEntry("subscription_id", acme.subscriptionId())
			.containsEntry("deleted_cluster_ids", List.of(sensors, logs));
	}

	@Test
	void aSubscriptionIsAssignedToAnotherOrganization() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededOrganization globex = this.fake.seed().organization("Globex");

		Subscription assigned = this.client.subscriptions().assignOrganization(acme.subscriptionId(), globex.id());

		assertThat(assigned.organizationId()).isEqualTo(globex.id());
		assertThat(this.client.subscriptions().list(globex.id())).extracting(Subscription::id)
			.containsExactlyInAnyOrder(acme.subscriptionId(), globex.subscriptionId());
		assertThat(this.client.subscriptions().list(acme.id())).isEmpty();
		assertThat(auditActions(globex.id())).containsExactly("subscription.assign_org");
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.subscriptions().assignOrganization(acme.subscriptionId(), UNKNOWN_ID));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.subscriptions().assignOrganization(UNKNOWN_ID, globex.id()));
	}

	@Test
	void theWizardRedirectIsReturnedNotFollowed() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		URI wizard = this.client.subscriptions().getWizardRedirect(acme.subscriptionId());

		assertThat(wizard.getPath()).isEqualTo("/organizations/" + acme.id() + "/deploy");
		assertThat(wizard.getQuery()).isEqualTo("subscription_id=" + acme.subscriptionId());
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.subscriptions().getWizardRedirect(UNKNOWN_ID));
	}

	@Test
	void invalidBodiesAreBadRequestsNamingEveryWrongField() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		FakeHttp http = new FakeHttp(this.fake);

		HttpResponse<String> create = http.send("POST", "/api/v2/subscriptions/", "{\"type\": \"card/visa\"}");
		assertThat(create.statusCode()).isEqualTo(400);
		assertThat(create.body()).contains("\"organization_id\":[\"Missing data for required field.\"]")
			.contains("\"type\":[");
		HttpResponse<String> unknownType = http.send("POST", "/api/v2/subscriptions/",
				"{\"organization_id\": \"" + acme.id() + "\", \"type\": \"paypal\"}");
		assertThat(unknownType.statusCode()).isEqualTo(400);
		assertThat(unknownType.body()).contains("\"type\":[\"Must be one of: contract, stripe.\"]");
		HttpResponse<String> assign = http.send("PATCH",
				"/api/v2/subscriptions/" + acme.subscriptionId() + "/assign-org/", "{\"organization_id\": 7}");
		assertThat(assign.statusCode()).isEqualTo(400);
		assertThat(assign.body()).contains("\"organization_id\":[\"Not a valid string.\"]");
		assertThat(this.client.subscriptions().list()).hasSize(1);
	}

	/**
	 * The subscription as {@code GET /api/v2/subscriptions/{subscription_id}/} answers it.
	 */
	private JsonNode genericAnswer(String subscriptionId) {
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET",
				"/api/v2/subscriptions/" + subscriptionId + "/", null);
		assertThat(response.statusCode()).isEqualTo(200);
		return json(response.body());
	}

	/**
	 * The ids of the subscriptions {@code GET /api/v2/subscriptions/?organization_id=}
	 * lists. The exchange is checked against the document after the test, as every other.
	 */
	private List<String> idsListedByQuery(String organizationId) {
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET",
				"/api/v2/subscriptions/?organization_id=" + organizationId, null);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		json(response.body()).forEach((subscription) -> ids.add(subscription.get("id").asString()));
		return ids;
	}

	private static JsonNode json(String body) {
		return ClusterLifecycleTests.json(body);
	}

	private List<String> auditActions(String organizationId) {
		return this.client.auditLogs().stream(organizationId, AuditLogQuery.all()).map(AuditEvent::action).toList();
	}

}
