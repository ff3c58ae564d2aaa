package io.cratecloud.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.client.organizations.OrganizationUpdateRequest;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectCreateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * What the fake does whatever the operation: errors in the API's format for unknown paths,
 * wrong methods and unreadable bodies, the journal, the manual clock, concurrent requests and
 * its lifecycle.
 */
@Tag(FakeContract.API_TESTS)
class FakeCrateCloudTests {

	private static final Instant START = Instant.parse("2026-07-10T10:41:02.983Z");

	private FakeCrateCloud fake = FakeCrateCloud.start();

	@AfterEach
	void conformsAndStops(TestReporter reporter) {
		try {
			// A path or method the document lacks (no template) cannot be checked against it;
			// unreadable bodies and an undeclared query parameter are sent on purpose, and
			// their answers are still checked.
			FakeContract.publish(reporter,
					FakeContract.assertConforms(this.fake,
							(exchange) -> exchange.status() == 400 || exchange.query() != null,
							(exchange) -> exchange.template() == null));
		}
		finally {
			this.fake.close();
		}
	}

	@Test
	void anUnknownPathIsNotFoundInTheApiErrorFormat() {
		HttpResponse<String> response = http().send("GET", "/api/v2/no-such-thing/", null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo("{\"message\":\"Resource not found.\",\"success\":false}");
		// Paths end in '/' on the service; without it, nothing matches.
		assertThat(http().send("GET", "/api/v2/organizations", null).statusCode()).isEqualTo(404);
	}

	@Test
	void aPathOfTheApiAskedWithAnotherMethodIsNotAllowedInTheApiErrorFormat() {
		HttpResponse<String> response = http().send("DELETE", "/api/v2/organizations/", null);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).isEqualTo("{\"message\":\"Method not allowed.\",\"success\":false}");
		String project = "/api/v2/projects/" + this.fake.seed().organization("Acme").project("analytics").id() + "/";
		assertThat(http().send("PUT", project, "{\"name\": \"reporting\"}").statusCode()).isEqualTo(405);
		assertThat(this.fake.requests()).extracting(RecordedExchange::template).containsOnlyNulls();
	}

	@Test
	void aBodyThatIsNotJsonIsABadRequestWithAFieldError() {
		HttpResponse<String> response = http().send("POST", "/api/v2/organizations/", "{\"name\": \"Acme\"");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(
				"{\"message\":\"Bad request\",\"success\":false,\"errors\":{\"_schema\":[\"Invalid JSON body.\"]}}");
	}

	@Test
	void aBodyThatIsNotAJsonObjectOrIsMissingIsABadRequest() {
		for (String body : new String[] { "[\"Acme\"]", "\"Acme\"", "42" }) {
			HttpResponse<String> response = http().send("POST", "/api/v2/organizations/", body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.body()).as(body).contains("\"errors\":{\"_schema\":[\"Invalid input type.\"]}");
		}
		assertThat(http().send("POST", "/api/v2/organizations/", null).statusCode()).isEqualTo(400);
		assertThat(client().organizations().list()).isEmpty();
	}

	@Test
	void theJournalRecordsEachExchangeInOrder() {
		CrateCloudClient client = client();
		Organization acme = client.organizations().create(OrganizationCreateRequest.named("Acme"));
		client.projects().list(acme.id());
		http().send("GET", "/api/v2/projects/?page=2", null);

		List<RecordedExchange> requests = this.fake.requests();
		assertThat(requests).hasSize(3);
		RecordedExchange create = requests.get(0);
		assertThat(create.method()).isEqualTo("POST");
		assertThat(create.path()).isEqualTo("/api/v2/organizations/");
		assertThat(create.query()).isNull();
		assertThat(create.template()).isEqualTo("/api/v2/organizations/");
		assertThat(create.requestBody()).contains("\"name\":\"Acme\"");
		assertThat(create.requestHeader("content-type")).isEqualTo("application/json");
		assertThat(create.requestHeader("User-Agent")).startsWith("cratecloud-spring-boot/");
		assertThat(create.status()).isEqualTo(201);
		assertThat(create.responseHeader("Content-Type")).isEqualTo("application/json");
		assertThat(create.responseBody()).contains("\"id\":\"" + acme.id() + "\"");
		assertThat(create).hasToString("POST /api/v2/organizations/ -> 201");

		RecordedExchange list = requests.get(1);
		assertThat(list.path()).isEqualTo("/api/v2/organizations/" + acme.id() + "/projects/");
		assertThat(list.template()).isEqualTo("/api/v2/organizations/{organization_id}/projects/");
		assertThat(list.requestBody()).isEmpty();
		assertThat(list.responseBody()).isEqualTo("[]");
		assertThat(requests.get(2).query()).isEqualTo("page=2");
		assertThat(requests.get(2)).hasToString("GET /api/v2/projects/?page=2 -> 200");
		assertThat(requests.get(2).requestHeader("X-Not-Sent")).isNull();
	}

	@Test
	void theJournalNeverHoldsTheCredentials() {
		client().organizations().list();
		http().send("GET", "/api/v2/organizations/", null, this.fake.apiKey(), "a-wrong-secret");
		String encoded = Base64.getEncoder()
			.encodeToString((this.fake.apiKey() + ":" + this.fake.apiSecret()).getBytes(StandardCharsets.UTF_8));
		for (RecordedExchange exchange : this.fake.requests()) {
			assertThat(exchange.requestHeader("Authorization")).isEqualTo("Basic ****");
			assertThat(exchange.requestHeaders().toString()).doesNotContain(this.fake.apiSecret())
				.doesNotContain(encoded)
				.doesNotContain("a-wrong-secret");
		}
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(200, 401);
	}

	@Test
	void clearRequestsForgetsTheExchangesSoFar() {
		client().organizations().list();
		this.fake.clearRequests();
		assertThat(this.fake.requests()).isEmpty();
		client().projects().list();
		assertThat(this.fake.requests()).extracting(RecordedExchange::path).containsExactly("/api/v2/projects/");
	}

	@Test
	void theJournalIsACopy() {
		client().organizations().list();
		List<RecordedExchange> requests = this.fake.requests();
		client().organizations().list();
		assertThat(requests).hasSize(1);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(requests::clear);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> requests.get(0).requestHeaders().clear());
	}

	@Test
	void aManualClockMovesOnlyWhenTheTestMovesIt() throws InterruptedException {
		this.fake.close();
		this.fake = FakeCrateCloud.builder().manualClock(START).start();
		CrateCloudClient client = client();
		Organization acme = client.organizations().create(OrganizationCreateRequest.named("Acme"));
		Thread.sleep(20);
		Organization globex = client.organizations().create(OrganizationCreateRequest.named("Globex"));
		assertThat(acme.dc().created()).isEqualTo(START);
		assertThat(globex.dc().created()).isEqualTo(START);

		this.fake.advance(Duration.ofHours(1));
		Organization renamed = client.organizations().update(acme.id(), OrganizationUpdateRequest.none().withName("Acme Inc"));
		assertThat(renamed.dc().created()).isEqualTo(START);
		assertThat(renamed.dc().modified()).isEqualTo(START.plus(Duration.ofHours(1)));
		this.fake.advance(Duration.ZERO);
		assertThat(client.organizations().get(acme.id()).dc().modified()).isEqualTo(START.plus(Duration.ofHours(1)));
	}

	@Test
	void aManualClockStartsNowWhenNoStartIsGiven() {
		this.fake.close();
		Instant before = Instant.now();
		this.fake = FakeCrateCloud.builder().manualClock().start();
		Instant created = client().organizations().create(OrganizationCreateRequest.named("Acme")).dc().created();
		assertThat(created).isBetween(before.minusMillis(1), Instant.now());
	}

	@Test
	void theClockCannotBeMovedWhenTheFakeRunsInRealTime() {
		assertThatIllegalStateException().isThrownBy(() -> this.fake.advance(Duration.ofMinutes(1)))
			.withMessageContaining("manualClock()");
	}

	@Test
	void theClockCannotBeMovedBackwards() {
		this.fake.close();
		this.fake = FakeCrateCloud.builder().manualClock(START).start();
		assertThatIllegalArgumentException().isThrownBy(() -> this.fake.advance(Duration.ofSeconds(-1)));
		assertThatNullPointerException().isThrownBy(() -> this.fake.advance(null));
	}

	@Test
	void timestampsInRealTimeFollowTheSystemClock() {
		Instant before = Instant.now();
		Instant created = client().organizations().create(OrganizationCreateRequest.named("Acme")).dc().created();
		assertThat(created).isBetween(before.minusMillis(1), Instant.now());
	}

	@Test
	void concurrentRequestsFromSeveralThreadsAreAllAnswered() throws Exception {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		CrateCloudClient client = client();
		int threads = 8;
		int projectsPerThread = 10;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<List<String>>> tasks = new ArrayList<>();
			for (int thread = 0; thread < threads; thread++) {
				int number = thread;
				tasks.add(() -> {
					List<String> ids = new ArrayList<>();
					for (int i = 0; i < projectsPerThread; i++) {
						Project project = client.projects().create(ProjectCreateRequest.of(acme.id(), "p" + number + "-" + i));
						ids.add(project.id());
						client.projects().get(project.id());
						client.organizations().get(acme.id());
					}
					return ids;
				});
			}
			List<String> created = new ArrayList<>();
			for (Future<List<String>> result : executor.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
				created.addAll(result.get());
			}
			assertThat(created).hasSize(threads * projectsPerThread).doesNotHaveDuplicates();
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(client.projects().list(acme.id())).hasSize(threads * projectsPerThread);
		assertThat(client.organizations().get(acme.id()).projectCount()).isEqualTo(threads * projectsPerThread);
		assertThat(this.fake.requests()).hasSize(threads * projectsPerThread * 3 + 2)
			.allSatisfy((exchange) -> assertThat(exchange.status()).isBetween(200, 201));
	}

	@Test
	void aFakeListensOnThePortItIsGiven() throws IOException {
		this.fake.close();
		// A port found free may be taken by another process before the fake binds it: the
		// fake then fails to start, and another free port is tried.
		UncheckedIOException portTaken = null;
		for (int attempt = 0; attempt < 5; attempt++) {
			int port = freePort();
			try {
				this.fake = FakeCrateCloud.builder().port(port).start();
			}
			catch (UncheckedIOException ex) {
				portTaken = ex;
				continue;
			}
			assertThat(this.fake.port()).isEqualTo(port);
			assertThat(this.fake.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
			assertThat(client().organizations().list()).isEmpty();
			return;
		}
		throw portTaken;
	}

	@Test
	void aClosedFakeRefusesConnectionsAndClosingItAgainDoesNothing() {
		CrateCloudClient client = client();
		String baseUrl = this.fake.baseUrl();
		this.fake.close();
		this.fake.close();
		assertThatExceptionOfType(CrateCloudTransportException.class)
			.isThrownBy(() -> client.organizations().list())
			.withMessageContaining("failed before a complete response arrived");
		// A closed fake still names the address it had, e.g. in a test's failure message.
		assertThat(this.fake.baseUrl()).isEqualTo(baseUrl);
	}

	@Test
	void theFakeListensOnLoopbackAtAFreePort() throws IOException {
		try (FakeCrateCloud other = FakeCrateCloud.start()) {
			assertThat(other.port()).isPositive().isNotEqualTo(this.fake.port());
			assertThat(other.baseUrl()).isEqualTo("http://127.0.0.1:" + other.port());
			// A loopback http URL is one the client accepts to send credentials to.
			assertThatNoException().isThrownBy(() -> CrateCloudClient.builder().baseUrl(other.baseUrl()));
		}
	}

	@Test
	void toStringNamesTheAddressAndKeyButNeverTheSecret() {
		assertThat(this.fake.toString()).contains(this.fake.baseUrl())
			.contains(this.fake.apiKey())
			.doesNotContain(this.fake.apiSecret());
	}

	@Test
	void theBuilderRefusesSettingsThatCannotWork() {
		FakeCrateCloud.Builder builder = FakeCrateCloud.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.apiKey(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.apiSecret(""));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.userEmail(""));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.port(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.port(65536));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.operationStep(Duration.ofMillis(-1)));
		assertThatNullPointerException().isThrownBy(() -> builder.unauthenticatedResponse(null));
	}

	@Test
	void aPortInUseFailsToStartWithTheReason() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			assertThatExceptionOfType(UncheckedIOException.class)
				.isThrownBy(() -> FakeCrateCloud.builder().port(taken.getLocalPort()).start())
				.withMessageContaining("port " + taken.getLocalPort());
		}
	}

	@Test
	void theUserEmailIsTheOneOfTheCurrentUser() {
		this.fake.close();
		this.fake = FakeCrateCloud.builder().userEmail("ada@example.com").start();
		assertThat(client().organizations().create(OrganizationCreateRequest.named("Acme")).email())
			.isEqualTo("ada@example.com");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private FakeHttp http() {
		return new FakeHttp(this.fake);
	}

	private CrateCloudClient client() {
		return CrateCloudClient.builder()
			.baseUrl(this.fake.baseUrl())
			.credentials(CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()))
			.retry(RetrySettings.disabled())
			.build();
	}

}
