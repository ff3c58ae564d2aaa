package io.cratecloud.client.internal;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudConflictException;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.users.CurrentUser;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How every call behaves on the wire: errors, redirects, timeouts, broken bodies, retries
 * and path encoding. Operations are taken from the document wherever it declares the
 * response; responses it does not declare are the gateway behaviour of api-notes.md.
 */
class CrateCloudTransportTests {

	private static final String CLUSTER_ID = "8f1c5a2e-3b4d-4e6f-8a9b-0c1d2e3f4a5b";

	private static final String CLUSTER_PATH = "/api/v2/clusters/" + CLUSTER_ID + "/";

	private static final String ME = """
			{"uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com", "name": "Ada Lovelace",
			 "username": "ada", "is_superuser": false}
			""";

	private static final RetrySettings FAST_RETRIES = new RetrySettings(true, 3, Duration.ofMillis(20), 2.0,
			Duration.ofMillis(200));

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	@Test
	void notFoundCarriesTheCallAndTheServerMessage() {
		api.server()
			.stubFor(get(CLUSTER_PATH).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Cluster not found.\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> TestTransports.transport(api).get("/api/v2/clusters/{cluster_id}/")
				.pathVariable("cluster_id", CLUSTER_ID)
				.retrieve(Map.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getServerMessage()).isEqualTo("Cluster not found.");
				assertThat(ex.getCall().method()).isEqualTo(HttpMethod.GET);
				assertThat(ex.getCall().pathTemplate()).isEqualTo("/api/v2/clusters/{cluster_id}/");
				assertThat(ex.getCall().path()).isEqualTo(CLUSTER_PATH);
				assertThat(ex.getMessage()).contains("GET " + CLUSTER_PATH)
					.contains("/api/v2/clusters/{cluster_id}/")
					.contains("404 Not Found")
					.contains("Cluster not found.");
			});
	}

	@Test
	void unauthorizedIsAnAuthenticationFailure() {
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Authentication required.\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getLocation()).isNull();
				assertThat(ex.getMessage()).contains("Authentication required.").contains("API key and secret");
			});
	}

	@Test
	void redirectToTheLoginPageIsAnAuthenticationFailureAndIsNotFollowed() {
		api.offContract("api-notes.md: the gateway answers bad credentials with 302 to the console login");
		api.server()
			.stubFor(get("/api/v2/users/me/")
				.willReturn(aResponse().withStatus(302).withHeader("Location", "/?rd=/api/v2/users/me/")));
		api.server().stubFor(get("/?rd=/api/v2/users/me/").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Login</body></html>")));

		assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(302);
				assertThat(ex.getLocation()).isEqualTo("/?rd=/api/v2/users/me/");
				assertThat(ex.getMessage()).contains("redirecting to /?rd=/api/v2/users/me/");
			});
		api.server().verify(0, getRequestedFor(urlEqualTo("/?rd=/api/v2/users/me/")));
	}

	@Test
	void forbiddenIsAPermissionFailure() {
		api.server()
			.stubFor(get(CLUSTER_PATH).willReturn(aResponse().withStatus(403)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Permission denied for user.\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> getCluster(TestTransports.transport(api)))
			.satisfies((ex) -> assertThat(ex.getServerMessage()).isEqualTo("Permission denied for user."));
	}

	@Test
	void badRequestCarriesTheFieldErrors() {
		api.server()
			.stubFor(post("/api/v2/organizations/").willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"message": "Bad request", "success": false,
						 "errors": {"name": ["Length must be between 1 and 512."]}}
						""")));

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> TestTransports.transport(api).post("/api/v2/organizations/")
				.body(Map.of("name", "Acme"))
				.retrieve(Map.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrors()).containsOnlyKeys("name");
				assertThat(ex.getMessage()).contains("Bad request").contains("Length must be between 1 and 512.");
			});
	}

	@Test
	void unprocessableEntityIsAValidationFailure() {
		api.offContract("the issue asks for 422 to be handled; the document declares none");
		api.server()
			.stubFor(post("/api/v2/organizations/").willReturn(aResponse().withStatus(422)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Unprocessable\", \"success\": false, \"errors\": {\"plan_type\": \"bad\"}}")));

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> TestTransports.transport(api).post("/api/v2/organizations/")
				.body(Map.of("name", "Acme"))
				.execute())
			.satisfies((ex) -> assertThat(ex.getErrors()).containsEntry("plan_type", "bad"));
	}

	@Test
	void conflictIsAConflictFailure() {
		api.offContract("the document declares no 409; the service may still send one");
		api.server()
			.stubFor(delete("/api/v2/projects/3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e/").willReturn(aResponse()
				.withStatus(409)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Project still has clusters.\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudConflictException.class)
			.isThrownBy(() -> TestTransports.transport(api).delete("/api/v2/projects/{project_id}/")
				.pathVariable("project_id", "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e")
				.execute())
			.satisfies((ex) -> assertThat(ex.getServerMessage()).isEqualTo("Project still has clusters."));
	}

	@Test
	void serverErrorWithJsonBody() {
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Internal server error.\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(500);
				assertThat(ex.getServerMessage()).isEqualTo("Internal server error.");
			});
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504 })
	void serverErrorWithHtmlBodyGivesAShortExcerpt(int status) {
		api.offContract("api-notes.md: gateway errors may come back as HTML");
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(status)
				.withHeader("Content-Type", "text/html")
				.withBody("<html><head><title>" + status + "</title><style>body{color:red}</style></head>"
						+ "<body><h1>Bad Gateway</h1><p>" + "nginx ".repeat(100) + "</p></body></html>")));

		assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getServerMessage()).isNull();
				assertThat(ex.getMessage()).contains("answered " + status)
					.contains("Bad Gateway")
					.doesNotContain("<h1>")
					.doesNotContain("color:red");
				assertThat(ex.getMessage().length()).isLessThan(400);
			});
	}

	@Test
	void errorWithEmptyBody() {
		api.offContract("api-notes.md: gateway errors may come back with no body");
		api.server().stubFor(get("/api/v2/users/me/").willReturn(status(503)));

		assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(() -> TestClients.client(api).users().me())
			.withMessageContaining("503 Service Unavailable with an empty body");
	}

	@Test
	void rateLimitedCarriesRetryAfter() {
		api.offContract("api-notes.md: no 429 is documented, but one must be handled");
		api.server()
			.stubFor(get("/api/v2/users/me/")
				.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

		assertThatExceptionOfType(CrateCloudRateLimitedException.class).isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(120)));
	}

	@Test
	void successWithHtmlBodyIsUnexpected() {
		api.offContract("api-notes.md: a 2xx with HTML (a proxy, or a followed redirect) is an error");
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/html; charset=utf-8")
				.withBody("<!doctype html><html><body>CrateDB Cloud Console</body></html>")));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(200);
				assertThat(ex.getMessage()).contains("not JSON").contains("CrateDB Cloud Console");
			});
	}

	@Test
	void successWithMalformedJsonIsUnexpected() {
		api.offContract("a broken body cannot match any schema");
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(okJson("{\"email\": \"ada@example.com\", \"uid\": ")));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> TestClients.client(api).users().me())
			.withMessageContaining("cannot be read as");
	}

	@Test
	void anUnreadableJsonAnswerIsNeverQuotedSinceItMayHoldNewCredentials() {
		api.offContract("a value of the wrong type cannot match the schema");
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(200)
				.withBody("{\"email\": \"ada@example.com\", \"is_superuser\": \"fresh-token-7f3a9c\"}")));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("cannot be read as").contains("is_superuser");
				assertThat(ex).hasNoCause();
				assertThat(ex.getMessage()).doesNotContain("fresh-token-7f3a9c");
			});
	}

	@Test
	void successWithEmptyBodyWhereJsonIsExpectedIsUnexpected() {
		api.offContract("an empty body cannot match the schema");
		api.server()
			.stubFor(get("/api/v2/users/me/")
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> TestClients.client(api).users().me())
			.withMessageContaining("empty");
	}

	@Test
	void slowResponseTimesOutAtTheCallTimeout() {
		// Answered in full after 3 s: a timeout proves the call did not wait for it.
		api.server().stubFor(get("/api/v2/users/me/").willReturn(okJson(ME).withFixedDelay(3000)));
		CrateCloudClient client = TestClients.builder(api)
			.retry(RetrySettings.disabled())
			.callTimeout(Duration.ofMillis(300))
			.build();

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("did not complete within its call timeout of PT0.3S");
	}

	@Test
	void connectionResetIsATransportFailure() {
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(CrateCloudTransportException.class).isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isZero();
				assertThat(ex.getCall().path()).isEqualTo("/api/v2/users/me/");
				assertThat(ex.getMessage()).contains("GET /api/v2/users/me/").contains("before a complete response arrived");
			});
	}

	@Test
	void droppedConnectionIsATransportFailure() {
		api.server().stubFor(get("/api/v2/users/me/").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

		assertThatExceptionOfType(CrateCloudTransportException.class).isThrownBy(() -> TestClients.client(api).users().me());
	}

	@Test
	void unreachableServerIsATransportFailure() {
		CrateCloudClient client = CrateCloudClient.builder()
			.credentials(TestClients.credentials())
			.baseUrl("http://127.0.0.1:1")
			.retry(RetrySettings.disabled())
			.build();

		assertThatExceptionOfType(CrateCloudTransportException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("GET /api/v2/users/me/");
	}

	@Test
	void idempotentRequestsAreRetriedOnGatewayErrors() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.stubInSequence(() -> get("/api/v2/users/me/"), status(502), status(504), okJson(ME));

		CurrentUser me = TestClients.client(api, FAST_RETRIES).users().me();

		assertThat(me.email()).isEqualTo("ada@example.com");
		api.server().verify(3, getRequestedFor(urlEqualTo("/api/v2/users/me/")));
	}

	@Test
	void retriesStopAtMaxAttempts() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.server().stubFor(get("/api/v2/users/me/").willReturn(status(503)));

		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> TestClients.client(api, FAST_RETRIES).users().me())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		api.server().verify(3, getRequestedFor(urlEqualTo("/api/v2/users/me/")));
	}

	@Test
	void connectionFailuresAreRetried() {
		api.stubInSequence(() -> get("/api/v2/users/me/"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
				okJson(ME));

		assertThat(TestClients.client(api, FAST_RETRIES).users().me().email()).isEqualTo("ada@example.com");
		api.server().verify(2, getRequestedFor(urlEqualTo("/api/v2/users/me/")));
	}

	@Test
	void putAndDeleteAreRetried() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.stubInSequence(() -> put(CLUSTER_PATH + "suspend/"), status(503), okJson(cluster()));
		api.stubInSequence(() -> delete("/api/v2/projects/3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e/"), status(502),
				status(204));
		CrateCloudTransport transport = TestTransports.transport(api, FAST_RETRIES);

		transport.put("/api/v2/clusters/{cluster_id}/suspend/")
			.pathVariable("cluster_id", CLUSTER_ID)
			.body(Map.of("suspended", true))
			.execute();
		transport.delete("/api/v2/projects/{project_id}/")
			.pathVariable("project_id", "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e")
			.execute();

		api.server()
			.verify(2, putRequestedFor(urlEqualTo(CLUSTER_PATH + "suspend/"))
				.withRequestBody(equalToJson("{\"suspended\": true}")));
		api.server().verify(2, deleteRequestedFor(urlEqualTo("/api/v2/projects/3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e/")));
	}

	@Test
	void postIsNeverRetried() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.server().stubFor(post("/api/v2/organizations/").willReturn(status(503)));

		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> TestTransports.transport(api, FAST_RETRIES).post("/api/v2/organizations/")
				.body(Map.of("name", "Acme"))
				.execute());
		api.server().verify(1, postRequestedFor(urlEqualTo("/api/v2/organizations/")));
	}

	@Test
	void patchIsNeverRetried() {
		api.server()
			.stubFor(patch("/api/v2/projects/3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e/")
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(CrateCloudTransportException.class)
			.isThrownBy(() -> TestTransports.transport(api, FAST_RETRIES).patch("/api/v2/projects/{project_id}/")
				.pathVariable("project_id", "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e")
				.body(Map.of("name", "analytics"))
				.execute());
		api.server().verify(1, patchRequestedFor(urlEqualTo("/api/v2/projects/3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e/")));
	}

	@Test
	void clientErrorsAreNotRetried() {
		api.server()
			.stubFor(get(CLUSTER_PATH).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Cluster not found.\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> getCluster(TestTransports.transport(api, FAST_RETRIES)));
		api.server().verify(1, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
	}

	@Test
	void retryAfterInSecondsIsHonoured() {
		api.offContract("api-notes.md: no 429 is documented, but one must be handled");
		api.stubInSequence(() -> get("/api/v2/users/me/"),
				aResponse().withStatus(429).withHeader("Retry-After", "1"), okJson(ME));
		RetrySettings retries = new RetrySettings(true, 2, Duration.ofMillis(10), 2.0, Duration.ofSeconds(5));

		long start = System.nanoTime();
		TestClients.client(api, retries).users().me();

		// The exponential delay would be about 10 ms; the server asked for a second.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		api.server().verify(2, getRequestedFor(urlEqualTo("/api/v2/users/me/")));
	}

	@Test
	void retryAfterAsHttpDateIsHonoured() {
		api.offContract("api-notes.md: no 429 is documented, but one must be handled");
		String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
		api.stubInSequence(() -> get("/api/v2/users/me/"),
				aResponse().withStatus(429).withHeader("Retry-After", inTwoSeconds), okJson(ME));
		RetrySettings retries = new RetrySettings(true, 2, Duration.ofMillis(10), 2.0, Duration.ofSeconds(5));

		long start = System.nanoTime();
		TestClients.client(api, retries).users().me();

		// HTTP dates have whole seconds: at least one second must have been waited.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
	}

	@Test
	void retryAfterLongerThanMaxDelayIsNotWaitedFor() {
		api.offContract("api-notes.md: no 429 is documented, but one must be handled");
		api.server()
			.stubFor(get("/api/v2/users/me/")
				.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

		assertThatExceptionOfType(CrateCloudRateLimitedException.class)
			.isThrownBy(() -> TestClients.client(api, FAST_RETRIES).users().me())
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofHours(1)));
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/users/me/")));
	}

	@Test
	void disabledRetriesMakeOneAttempt() {
		api.offContract("api-notes.md: gateway 502/503/504 do happen");
		api.server().stubFor(get("/api/v2/users/me/").willReturn(status(503)));
		RetrySettings disabled = new RetrySettings(false, 5, Duration.ofMillis(10), 2.0, Duration.ofMillis(50));

		assertThatExceptionOfType(CrateCloudServerException.class)
			.isThrownBy(() -> TestClients.client(api, disabled).users().me());
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/users/me/")));
	}

	@Test
	void pathVariablesThatCouldChangeThePathFailBeforeAnyRequest() {
		CrateCloudTransport transport = TestTransports.transport(api);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> transport.get("/api/v2/clusters/{cluster_id}/").pathVariable("cluster_id", "../organizations"))
			.withMessage("cluster_id must not hold '/' (at index 2): it is an id or name, not a part of a path");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> transport.get("/api/v2/clusters/{cluster_id}/").pathVariable("cluster_id", "a b?c=d#e"))
			.withMessageStartingWith("cluster_id must not hold a space");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void pathVariablesAreStillEncoded() {
		api.unvalidated("the path is made up: only its encoding is under test");
		api.server().stubFor(WireMock.any(WireMock.anyUrl()).willReturn(okJson(cluster())));

		TestTransports.transport(api).get("/api/v2/clusters/{cluster_id}/")
			.pathVariable("cluster_id", "a:b=c&d@e")
			.retrieve(Map.class);

		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/clusters/a%3Ab%3Dc%26d%40e/")));
	}

	@Test
	void blankAndDotSegmentIdsFailBeforeAnyRequest() {
		CrateCloudTransport transport = TestTransports.transport(api);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> transport.get("/api/v2/clusters/{cluster_id}/").pathVariable("cluster_id", " "))
			.withMessage("cluster_id must not be null or blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> transport.get("/api/v2/clusters/{cluster_id}/").pathVariable("cluster_id", ".."))
			.withMessageContaining("cluster_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> transport.get("/api/v2/clusters/{cluster_id}/").pathVariable("cluster_id", null));
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void queryValuesAreEncodedAndNullsLeftOut() {
		api.server().stubFor(get(WireMock.urlPathEqualTo("/api/v2/clusters/")).willReturn(okJson("[]")));

		TestTransports.transport(api).get("/api/v2/clusters/")
			.query("project_id", "a&b=c")
			.query("subscription_id", null)
			.retrieve(java.util.List.class);

		api.server()
			.verify(getRequestedFor(urlEqualTo("/api/v2/clusters/?project_id=a%26b%3Dc"))
				.withQueryParam("subscription_id", absent()));
	}

	@Test
	void regionHeaderIsSentOnlyWhenConfigured() {
		api.server().stubFor(get("/api/v2/users/me/").willReturn(okJson(ME)));

		TestClients.client(api).users().me();
		TestClients.builder(api)
			.region("aks1.eastus.azure")
			.build()
			.users()
			.me();

		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/users/me/")).withHeader("X-Region", absent()));
		api.server()
			.verify(1, getRequestedFor(urlEqualTo("/api/v2/users/me/")).withHeader("X-Region",
					equalTo("aks1.eastus.azure")));
	}

	@Test
	void cookiesAreNeitherStoredNorSent() {
		api.server()
			.stubFor(get("/api/v2/users/me/")
				.willReturn(okJson(ME).withHeader("Set-Cookie", "session=abc123; Path=/; HttpOnly")));
		CrateCloudClient client = TestClients.client(api);

		client.users().me();
		client.users().me();

		api.server().verify(2, getRequestedFor(urlEqualTo("/api/v2/users/me/")).withHeader("Cookie", absent()));
	}

	@Test
	void theSecretNeverAppearsInAnExceptionMessage() {
		String encoded = Base64.getEncoder()
			.encodeToString((CrateCloudApiMock.API_KEY + ":" + CrateCloudApiMock.API_SECRET).getBytes());
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Bad secret " + CrateCloudApiMock.API_SECRET + " in Basic " + encoded
						+ "\", \"success\": false}")));

		assertThatExceptionOfType(CrateCloudException.class).isThrownBy(() -> TestClients.client(api).users().me())
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).doesNotContain(CrateCloudApiMock.API_SECRET).doesNotContain(encoded);
				assertThat(ex.getServerMessage()).doesNotContain(CrateCloudApiMock.API_SECRET);
			});
	}

	@Test
	void builderRefusesCleartextBaseUrlsAndMissingCredentials() {
		// Each setting is checked as it is set, not at build().
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CrateCloudClient.builder().baseUrl("http://console.cratedb.cloud"))
			.withMessageContaining("baseUrl")
			.withMessageContaining("https");
		assertThatIllegalArgumentException().isThrownBy(() -> CrateCloudCredentials.of("k", " "))
			.withMessageContaining("apiSecret");
		assertThatIllegalArgumentException().isThrownBy(() -> CrateCloudClient.builder().credentials(null))
			.withMessageContaining("credentials");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CrateCloudClient.builder().baseUrl("https://console.cratedb.cloud").build())
			.withMessageContaining("credentials");
		CrateCloudCredentials credentials = CrateCloudCredentials.of("k", "the-secret-value");
		assertThat(credentials.toString()).doesNotContain("the-secret-value").contains("apiSecret=******");
		assertThat(CrateCloudClient.builder().credentials(credentials).toString()).doesNotContain("the-secret-value");
	}

	private static Object getCluster(CrateCloudTransport transport) {
		return transport.get("/api/v2/clusters/{cluster_id}/")
			.pathVariable("cluster_id", CLUSTER_ID)
			.retrieve(Map.class);
	}

	private static String cluster() {
		return """
				{"id": "%s", "name": "analytics-prod", "crate_version": "5.10.3", "num_nodes": 3,
				 "project_id": "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e", "product_name": "cr2", "product_tier": "default",
				 "product_unit": 0, "channel": "stable", "username": "admin", "suspended": false,
				 "deletion_protected": false}
				""".formatted(CLUSTER_ID);
	}

}
