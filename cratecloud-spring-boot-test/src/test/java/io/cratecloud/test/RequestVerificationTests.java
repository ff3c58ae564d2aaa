package io.cratecloud.test;

import io.cratecloud.client.projects.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link FakeCrateCloud#requests(String, String)} and
 * {@link FakeCrateCloud#verify(RequestCount, String, String)}: requests found by method and by
 * concrete path or path template, and a failed verification that shows what was received.
 */
class RequestVerificationTests extends FakeApiTests {

	private static final String PROJECT = "/api/v2/projects/{project_id}/";

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	private final FakeHttp http = new FakeHttp(this.fake);

	RequestVerificationTests() {
		// The 404 of a path the fake does not have is off the document by definition, and
		// injected faults are off it on purpose.
		offDocument((exchange) -> exchange.template() == null || exchange.responseBody().contains("Injected fault"));
	}

	@Test
	void requestsAreFoundByTheirMethodAndTheirTemplateOrConcretePath() {
		String path = "/api/v2/projects/" + this.analytics.id() + "/";
		Project project = this.client.projects().get(this.analytics.id());
		this.client.projects().list();
		assertThat(this.http.send("PATCH", path, "{\"name\": \"reporting\"}").statusCode()).isEqualTo(200);

		assertThat(this.fake.requests("GET", PROJECT)).singleElement().satisfies((exchange) -> {
			assertThat(exchange.path()).isEqualTo(path);
			assertThat(exchange.responseBody()).contains(project.id());
		});
		assertThat(this.fake.requests("GET", path)).singleElement()
			.extracting(RecordedExchange::template)
			.isEqualTo(PROJECT);
		assertThat(this.fake.requests("get", PROJECT)).hasSize(1);
		assertThat(this.fake.requests("PATCH", PROJECT)).extracting(RecordedExchange::status).containsExactly(200);
		assertThat(this.fake.requests("GET", "/api/v2/projects/")).extracting(RecordedExchange::path)
			.containsExactly("/api/v2/projects/");
		assertThat(this.fake.requests("DELETE", PROJECT)).isEmpty();
		assertThat(this.fake.requests("GET", "/api/v2/projects/00000000-0000-4000-8000-000000000000/")).isEmpty();
	}

	@Test
	void verifyPassesWhenTheCountIsMet() {
		this.client.projects().get(this.analytics.id());
		this.client.projects().get(this.analytics.id());

		assertThatNoException().isThrownBy(() -> {
			this.fake.verify(RequestCount.exactly(2), "GET", PROJECT);
			this.fake.verify(RequestCount.exactly(2), "GET", "/api/v2/projects/" + this.analytics.id() + "/");
			this.fake.verify(RequestCount.atLeast(1), "GET", PROJECT);
			this.fake.verify(RequestCount.atLeast(2), "GET", PROJECT);
			this.fake.verify(RequestCount.never(), "DELETE", PROJECT);
			this.fake.verify(RequestCount.never(), "GET", "/api/v2/organizations/");
		});
	}

	@Test
	void verifyFailsWhenTheCountIsNotMet() {
		this.client.projects().get(this.analytics.id());
		this.client.projects().get(this.analytics.id());

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.fake.verify(RequestCount.exactly(1), "GET", PROJECT));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.fake.verify(RequestCount.atLeast(3), "GET", PROJECT));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.fake.verify(RequestCount.never(), "GET", PROJECT));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.fake.verify(RequestCount.exactly(1), "PATCH", PROJECT));
	}

	@Test
	void aFailedVerificationListsWhatWasReceivedButNeverTheCredentials() {
		String path = "/api/v2/projects/" + this.analytics.id() + "/";
		this.client.organizations().list();
		this.client.projects().get(this.analytics.id());
		this.fake.injectFault("GET", PROJECT, 1, Fault.status(503));
		this.http.send("GET", path, null);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.fake.verify(RequestCount.exactly(1), "GET", PROJECT))
			.satisfies((failure) -> {
				String message = failure.getMessage();
				assertThat(message).startsWith("Expected exactly 1 request to GET " + PROJECT + ", but 2 matched.")
					.contains("The fake received 3 (> marks a match):")
					.containsSubsequence("    GET /api/v2/organizations/ -> 200", "  > GET " + path + " -> 200",
							"  > GET " + path + " -> 503")
					.doesNotContain(this.fake.apiSecret())
					.doesNotContainIgnoringCase("authorization")
					.doesNotContain("Basic");
			});
	}

	@Test
	void aFailedVerificationOfAFakeThatReceivedNothingSaysSo() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.fake.verify(RequestCount.atLeast(1), "GET", PROJECT))
			.withMessage("Expected at least 1 request to GET " + PROJECT + ", but 0 matched."
					+ " The fake received no request.");
	}

	@Test
	void aTemplateTheFakeHasNoOperationForIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.fake.requests("GET", "/api/v2/project/{project_id}/"))
			.withMessageContaining("GET /api/v2/project/{project_id}/");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.fake.verify(RequestCount.never(), "PUT", PROJECT))
			.withMessageContaining("PUT " + PROJECT);
	}

	@Test
	void aConcretePathIsTakenAsItIsEvenOneTheFakeDoesNotServe() {
		this.fake.verify(RequestCount.never(), "GET", "/api/v2/no-such-thing/");
		assertThat(this.http.send("GET", "/api/v2/no-such-thing/", null).statusCode()).isEqualTo(404);
		this.fake.verify(RequestCount.exactly(1), "GET", "/api/v2/no-such-thing/");
	}

	@Test
	void requestCountsSayWhatTheyExpect() {
		assertThat(RequestCount.exactly(1)).hasToString("exactly 1 request");
		assertThat(RequestCount.exactly(3)).hasToString("exactly 3 requests");
		assertThat(RequestCount.atLeast(2)).hasToString("at least 2 requests");
		assertThat(RequestCount.never()).hasToString("no request");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestCount.exactly(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> RequestCount.atLeast(-1));
	}

}
