package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.projects.ProjectCreateRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every {@link Fault}, as the real client meets it over a socket, and how fault rules are
 * matched and counted.
 */
@Tag(FakeContract.REAL_TIME)
class FaultTests extends FakeApiTests {

	private static final String PROJECT = "/api/v2/projects/{project_id}/";

	/**
	 * A delay no attempt timeout here comes near: while it lasts, the delayed request stays out of
	 * the journal (an exchange is recorded when it is answered), which shows that the client
	 * stopped waiting before the fake answered, however slow the machine.
	 */
	private static final Duration LONGER_THAN_ANY_TEST = Duration.ofMinutes(2);

	/** Retries close together, so that a test measures the fake's waits, not the client's. */
	private static final RetrySettings QUICK_RETRIES = new RetrySettings(true, 3, Duration.ofMillis(10), 2.0,
			Duration.ofSeconds(5));

	private final FakeHttp http = new FakeHttp(this.fake);

	private SeededOrganization acme;

	private SeededProject analytics;

	FaultTests() {
		// Injected faults are off the document on purpose: statuses it does not list (429,
		// 502, 503) and HTML bodies. Everything else the fake answered must conform.
		offDocument(FaultTests::injected);
	}

	@BeforeEach
	void seed() {
		this.acme = this.fake.seed().organization("Acme");
		this.analytics = this.acme.project("analytics");
	}

	@Test
	void aDelayLongerThanTheAttemptTimeoutIsAClientTimeout() {
		CrateCloudClient client = client(RetrySettings.disabled(), Duration.ofSeconds(1));
		this.fake.injectFault(Fault.delay(LONGER_THAN_ANY_TEST));
		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.organizations().list())
			.withMessageContaining("GET /api/v2/organizations/")
			.withMessageContaining("attempt timeout");
		// The fake has not answered the delayed request yet: the client gave up on its own.
		assertThat(this.fake.requests()).isEmpty();
		assertThat(client.organizations().list()).extracting(Organization::name).containsExactly("Acme");
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(200);
	}

	@Test
	void aDelayShorterThanTheAttemptTimeoutOnlySlowsTheAnswer() {
		CrateCloudClient client = client(RetrySettings.disabled(), Duration.ofSeconds(10));
		this.fake.injectFault(Fault.delay(Duration.ofMillis(500)));
		long started = System.nanoTime();
		assertThat(client.organizations().list()).extracting(Organization::name).containsExactly("Acme");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
	}

	@Test
	void aReadThatTimedOutIsRetriedAndAnswered() {
		CrateCloudClient client = client(QUICK_RETRIES, Duration.ofSeconds(1));
		this.fake.injectFault(Fault.delay(LONGER_THAN_ANY_TEST));
		assertThat(client.organizations().list()).extracting(Organization::name).containsExactly("Acme");
		// Answered by the retry, while the first request still waits for its delay to end.
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(200);
	}

	@Test
	void aServerErrorIsAnsweredInTheApiErrorFormat() {
		this.fake.injectFault(Fault.status(503));
		HttpResponse<String> response = this.http.send("GET", "/api/v2/organizations/", null);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo("{\"message\":\"Injected fault: status 503\",\"success\":false}");
	}

	@Test
	void aServerErrorReachesTheClientWhenItDoesNotRetry() {
		this.fake.injectFault(Fault.status(503));
		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> client(RetrySettings.disabled()).organizations().list())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(503);
				assertThat(ex.getServerMessage()).isEqualTo("Injected fault: status 503");
			});
	}

	@Test
	void gatewayErrorsAreRetriedByTheClientUntilTheFaultIsUsedUp() {
		this.fake.injectFault(Fault.status(503), 2);
		assertThat(client(QUICK_RETRIES).organizations().list()).extracting(Organization::name).containsExactly("Acme");
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(503, 503, 200);
	}

	@Test
	void anInternalServerErrorIsNotRetried() {
		this.fake.injectFault(Fault.status(500), 3);
		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> client(QUICK_RETRIES).organizations().list())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(500));
		assertThat(this.fake.requests()).hasSize(1);
	}

	@Test
	void tooManyRequestsAnnouncesWhenToComeBack() {
		this.fake.injectFault(Fault.tooManyRequests(Duration.ofSeconds(2)));
		HttpResponse<String> response = this.http.send("GET", "/api/v2/organizations/", null);
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
		assertThat(response.body()).isEqualTo("{\"message\":\"Too many requests.\",\"success\":false}");

		this.fake.injectFault(Fault.tooManyRequests(Duration.ofSeconds(7)));
		assertThatExceptionOfType(CrateCloudRateLimitedException.class)
			.isThrownBy(() -> client(RetrySettings.disabled()).organizations().list())
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void theClientWaitsAsLongAsRetryAfterSaysBeforeTryingAgain() {
		this.fake.injectFault(Fault.tooManyRequests(Duration.ofSeconds(1)));
		long started = System.nanoTime();
		// The client's own delay before a retry is 10 ms here: only Retry-After makes it wait 1 s.
		assertThat(client(QUICK_RETRIES).organizations().list()).extracting(Organization::name).containsExactly("Acme");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(429, 200);
	}

	@Test
	void aDroppedConnectionIsATransportFailureAndIsRecordedWithoutAStatus() {
		this.fake.injectFault(Fault.dropConnection());
		// POST is never retried, so the client shows the failure itself.
		assertThatExceptionOfType(CrateCloudTransportException.class)
			.isThrownBy(() -> client(QUICK_RETRIES).projects().create(ProjectCreateRequest.of(this.acme.id(), "reporting")))
			.isNotInstanceOf(CrateCloudTimeoutException.class)
			.withMessageContaining("POST /api/v2/projects/")
			.withMessageContaining("failed before a complete response arrived");
		List<RecordedExchange> requests = this.fake.requests();
		assertThat(requests).hasSize(1);
		assertThat(requests.get(0).status()).isZero();
		assertThat(requests.get(0).template()).isEqualTo("/api/v2/projects/");
		assertThat(client(QUICK_RETRIES).projects().list(this.acme.id())).hasSize(1);
	}

	@Test
	void aReadOnADroppedConnectionIsRetriedAndAnswered() {
		this.fake.injectFault(Fault.dropConnection());
		assertThat(client(QUICK_RETRIES).organizations().list()).extracting(Organization::name).containsExactly("Acme");
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(0, 200);
	}

	@Test
	void anHtmlErrorPageIsAServerErrorShowingItsText() {
		this.fake.injectFault(Fault.htmlBody(502));
		HttpResponse<String> response = this.http.send("GET", "/api/v2/organizations/", null);
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(response.body()).startsWith("<!DOCTYPE html>");

		this.fake.injectFault(Fault.htmlBody(502));
		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> client(RetrySettings.disabled()).organizations().list())
			.withMessageContaining("502")
			.withMessageContaining("Please sign in.")
			.satisfies((ex) -> assertThat(ex.getServerMessage()).isNull());
	}

	@Test
	void anHtmlPageAnsweredWithA200IsNotData() {
		this.fake.injectFault(Fault.htmlBody(200));
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> client(RetrySettings.disabled()).organizations().list())
			.withMessageContaining("answered 200")
			.withMessageContaining("Please sign in.");
	}

	@Test
	void aFaultIsShownAsManyTimesAsAskedThenTheFakeAnswersNormally() {
		this.fake.injectFault(Fault.status(500), 2);
		assertThat(statusOf("GET", "/api/v2/organizations/")).isEqualTo(500);
		assertThat(statusOf("GET", "/api/v2/projects/")).isEqualTo(500);
		assertThat(statusOf("GET", "/api/v2/organizations/")).isEqualTo(200);
	}

	@Test
	void aFaultForOneOperationLeavesTheOthersAlone() {
		this.fake.injectFault("GET", PROJECT, 1, Fault.status(500));
		String project = "/api/v2/projects/" + this.analytics.id() + "/";
		assertThat(statusOf("GET", "/api/v2/organizations/")).isEqualTo(200);
		assertThat(statusOf("GET", "/api/v2/projects/")).isEqualTo(200);
		assertThat(this.http.send("PATCH", project, "{\"name\": \"reporting\"}").statusCode()).isEqualTo(200);
		assertThat(statusOf("GET", project)).isEqualTo(500);
		assertThat(statusOf("GET", project)).isEqualTo(200);
	}

	@Test
	void aFaultForATemplateWithoutAMethodHitsEveryMethodOfIt() {
		this.fake.injectFault(null, PROJECT, 2, Fault.status(500));
		String project = "/api/v2/projects/" + this.analytics.id() + "/";
		assertThat(this.http.send("PATCH", project, "{\"name\": \"reporting\"}").statusCode()).isEqualTo(500);
		assertThat(statusOf("GET", "/api/v2/projects/")).isEqualTo(200);
		assertThat(statusOf("GET", project)).isEqualTo(500);
		assertThat(statusOf("GET", project)).isEqualTo(200);
	}

	@Test
	void rulesAreTriedInTheOrderTheyWereAdded() {
		this.fake.injectFault("GET", PROJECT, 1, Fault.status(500));
		this.fake.injectFault(Fault.status(503));
		String project = "/api/v2/projects/" + this.analytics.id() + "/";
		assertThat(statusOf("GET", project)).isEqualTo(500);
		assertThat(statusOf("GET", project)).isEqualTo(503);
		assertThat(statusOf("GET", project)).isEqualTo(200);
	}

	@Test
	void clearFaultsRemovesTheFaultsNotShownYet() {
		this.fake.injectFault(Fault.status(500), 5);
		this.fake.injectFault("GET", PROJECT, 5, Fault.dropConnection());
		assertThat(statusOf("GET", "/api/v2/organizations/")).isEqualTo(500);
		this.fake.clearFaults();
		assertThat(statusOf("GET", "/api/v2/organizations/")).isEqualTo(200);
		assertThat(statusOf("GET", "/api/v2/projects/" + this.analytics.id() + "/")).isEqualTo(200);
	}

	@Test
	void aFaultIsShownEvenToARequestWithoutCredentials() {
		// A proxy or gateway fails before the API looks at the credentials.
		this.fake.injectFault(Fault.status(503));
		assertThat(this.http.send("GET", "/api/v2/organizations/", null, null, null).statusCode()).isEqualTo(503);
		assertThat(this.http.send("GET", "/api/v2/organizations/", null, null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aFaultForAnOperationTheFakeDoesNotHaveIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.fake.injectFault("GET", "/api/v2/project/{project_id}/", 1, Fault.status(500)))
			.withMessageContaining("/api/v2/project/{project_id}/");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.fake.injectFault("PUT", PROJECT, 1, Fault.status(500)))
			.withMessageContaining("PUT " + PROJECT);
		assertThatIllegalArgumentException().isThrownBy(() -> this.fake.injectFault(Fault.status(500), 0));
	}

	@Test
	void faultsAreCheckedWhenTheyAreMade() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.status(302));
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.status(600));
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.htmlBody(199));
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.delay(Duration.ofMillis(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> Fault.tooManyRequests(Duration.ofSeconds(-1)));
		assertThat(Fault.tooManyRequests(Duration.ofMillis(2500))).hasToString("429 with Retry-After 2s");
		assertThat(Fault.delay(Duration.ofSeconds(1))).hasToString("delay PT1S");
		assertThat(Fault.dropConnection()).hasToString("dropped connection");
		assertThat(Fault.htmlBody(502)).hasToString("HTML body with status 502");
	}

	private int statusOf(String method, String path) {
		return this.http.send(method, path, null).statusCode();
	}

	private CrateCloudClient client(RetrySettings retry) {
		return client(retry, Duration.ofSeconds(10));
	}

	/**
	 * A client of the fake whose every attempt (the first request of a call and each retry)
	 * may take the given time at most, as a read timeout bounded each before.
	 */
	private CrateCloudClient client(RetrySettings retry, Duration attemptTimeout) {
		return CrateCloudClient.builder()
			.baseUrl(this.fake.baseUrl())
			.credentials(CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()))
			.retry(retry)
			.attemptTimeout(attemptTimeout)
			.build();
	}

	private static boolean injected(RecordedExchange exchange) {
		return exchange.responseBody().contains("Injected fault") || exchange.status() == 429
				|| String.valueOf(exchange.responseHeader("Content-Type")).startsWith("text/html");
	}

}
