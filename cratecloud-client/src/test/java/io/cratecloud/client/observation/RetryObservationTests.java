package io.cratecloud.client.observation;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationView;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each retry of a request is one {@code cratecloud.client.retries} observation, tagged with
 * the reason of the retry, that parents the retried request's {@code http.client.requests}
 * observation.
 */
class RetryObservationTests {

	private static final String RETRIES = "cratecloud.client.retries";

	private static final String ME_PATH = "/api/v2/users/me/";

	private static final String ME = """
			{"uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com", "name": "Ada Lovelace",
			 "username": "ada", "is_superuser": false}
			""";

	private static final RetrySettings FAST_RETRIES = new RetrySettings(true, 3, Duration.ofMillis(10), 2.0,
			Duration.ofMillis(100));

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@Test
	void aRetryAfter503IsObservedWithItsReasonAndParentsTheRetriedRequest() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.stubInSequence(() -> get(ME_PATH), status(503), okJson(ME));

		client().users().me();

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(RETRIES, 1)
			.hasObservationWithNameEqualTo(RETRIES)
			.that()
			.hasBeenStopped()
			.hasContextualNameEqualTo("cratecloud retry get")
			.hasLowCardinalityKeyValue("reason", "status_503")
			.hasLowCardinalityKeyValue("method", "GET")
			.hasLowCardinalityKeyValue("uri", ME_PATH)
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasHighCardinalityKeyValue("cratecloud.retry.number", "1")
			.doesNotHaveLowCardinalityKeyValueWithKey("team")
			.doesNotHaveError();
		// The first attempt is not a retry; the second is within its retry.
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasHandledContextsThatSatisfy((contexts) -> assertThat(contexts.stream()
				.filter((context) -> "http.client.requests".equals(context.getName()))
				.map((context) -> context.getLowCardinalityKeyValue("status").getValue() + " " + parentName(context)))
				.containsExactly("503 null", "200 " + RETRIES));
	}

	@Test
	void eachRetryHasItsOwnReasonAndOutcome() {
		api.offContract("api-notes.md: no 429 is documented, gateway 502/503/504 do happen");
		api.stubInSequence(() -> get(ME_PATH), status(429), status(502), okJson(ME));

		client().users().me();

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasHandledContextsThatSatisfy((contexts) -> assertThat(retries(contexts))
				.extracting((context) -> context.getLowCardinalityKeyValue("reason").getValue() + " "
						+ context.getLowCardinalityKeyValue("outcome").getValue() + " "
						+ context.getHighCardinalityKeyValue("cratecloud.retry.number").getValue())
				.containsExactly("status_429 FAILURE 1", "status_502 SUCCESS 2"));
	}

	@Test
	void aRetryThatFailsAgainCarriesTheFailure() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.stubInSequence(() -> get(ME_PATH), status(503));

		assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(() -> client().users().me());

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(RETRIES, 2)
			.forAllObservationsWithNameEqualTo(RETRIES,
					(context) -> context.hasLowCardinalityKeyValue("outcome", "FAILURE")
						.hasLowCardinalityKeyValue("reason", "status_503")
						.hasError());
	}

	@Test
	void aRetryAfterALostConnectionIsObservedAsConnection() {
		api.stubInSequence(() -> get(ME_PATH), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(ME));

		client().users().me();

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(RETRIES)
			.that()
			.hasLowCardinalityKeyValue("reason", "connection")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS");
	}

	@Test
	void requestsThatAreNotRetriedHaveNoRetryObservation() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.server().stubFor(post("/api/v2/organizations/").willReturn(status(503)));
		api.server().stubFor(get(ME_PATH).willReturn(okJson(ME)));
		CrateCloudClient client = client();

		client.users().me();
		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> client.organizations().create(OrganizationCreateRequest.named("acme")));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("http.client.requests", 2)
			.hasNumberOfObservationsWithNameEqualTo(RETRIES, 0);
	}

	@Test
	void aCustomConventionSetOnTheBuilderNamesAndTagsTheRetries() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.stubInSequence(() -> get(ME_PATH), status(503), okJson(ME));
		CrateCloudClient customized = TestClients.builder(api)
			.retry(FAST_RETRIES)
			.observationRegistry(this.registry)
			.retryObservationConvention(new TeamConvention())
			.build();

		customized.users().me();

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(RETRIES, 0)
			.hasNumberOfObservationsWithNameEqualTo("acme.cratecloud.retry", 1)
			.hasObservationWithNameEqualTo("acme.cratecloud.retry")
			.that()
			.hasBeenStopped()
			.hasContextualNameEqualTo("acme retries GET " + ME_PATH)
			.hasLowCardinalityKeyValue("team", "data-platform")
			.hasLowCardinalityKeyValue("reason", "status_503")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS");
		// The retried request is still observed, within the custom observation.
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasHandledContextsThatSatisfy((contexts) -> assertThat(contexts.stream()
				.filter((context) -> "http.client.requests".equals(context.getName()))
				.map((context) -> context.getLowCardinalityKeyValue("status").getValue() + " " + parentName(context)))
				.containsExactly("503 null", "200 acme.cratecloud.retry"));
	}

	private CrateCloudClient client() {
		return TestClients.builder(api).retry(FAST_RETRIES).observationRegistry(this.registry).build();
	}

	/**
	 * A team's own convention: its own name, and a tag the default one does not have.
	 */
	static final class TeamConvention extends DefaultRetryObservationConvention {

		TeamConvention() {
			super("acme.cratecloud.retry");
		}

		@Override
		public String getContextualName(RetryObservationContext context) {
			return "acme retries " + context.getMethod() + " " + context.getPathTemplate();
		}

		@Override
		public KeyValues getLowCardinalityKeyValues(RetryObservationContext context) {
			return super.getLowCardinalityKeyValues(context).and("team", "data-platform");
		}

	}

	private static List<Observation.Context> retries(List<Observation.Context> contexts) {
		return contexts.stream().filter((context) -> RETRIES.equals(context.getName())).toList();
	}

	private static @Nullable String parentName(Observation.Context context) {
		ObservationView parent = context.getParentObservation();
		return (parent != null) ? parent.getContextView().getName() : null;
	}

}
