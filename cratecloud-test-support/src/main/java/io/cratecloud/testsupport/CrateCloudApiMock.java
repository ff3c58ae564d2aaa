package io.cratecloud.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.Locale;

import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.wiremock.WireMockRequest;
import com.atlassian.oai.validator.wiremock.WireMockResponse;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server on a loopback port standing in for the CrateDB Cloud API. Every request
 * the client sends, and every response a stub gives, is validated against the OpenAPI
 * document; a test fails if either breaks the contract. Tests of gateway behaviour that the
 * document does not describe (see {@code api-notes.md}) call {@link #offContract(String)}:
 * their requests are still validated, their responses are not.
 * <p>
 * Every request answered by a stub is also recorded in {@link ServedRequests}, across the
 * whole test JVM, to measure which operations of the document the suite exercises.
 * <p>
 * Register it with {@code @RegisterExtension static final CrateCloudApiMock api = new CrateCloudApiMock();}.
 */
public final class CrateCloudApiMock implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
		AfterEachCallback {

	/** The made-up API key tests use. */
	public static final String API_KEY = "test-key-0f3c";

	/** The made-up API secret tests use. */
	public static final String API_SECRET = "test-secret-9a7d1e5b2c";

	private final WireMockServer server = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<String> violations = new ArrayList<>();

	private volatile boolean validateResponses = true;

	private volatile boolean validateRequests = true;

	/**
	 * The WireMock server, to stub responses and verify requests.
	 * @return the server
	 */
	public WireMockServer server() {
		return this.server;
	}

	/**
	 * The base URL of the server.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Answer the requests a mapping matches with each response in turn, and every later
	 * request with the last one: a sequence of polls, or failures followed by success.
	 * @param request makes the mapping; called once per response, since a mapping builder
	 * cannot be reused
	 * @param responses the responses, in order
	 */
	public void stubInSequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
		String scenario = UUID.randomUUID().toString();
		String state = Scenario.STARTED;
		for (int i = 0; i < responses.length; i++) {
			String next = (i < responses.length - 1) ? "answer-" + (i + 1) : state;
			this.server.stubFor(request.get()
				.inScenario(scenario)
				.whenScenarioStateIs(state)
				.willReturn(responses[i])
				.willSetStateTo(next));
			state = next;
		}
	}

	/**
	 * Stop validating responses for the current test, which stubs behaviour of the service or
	 * its gateway that the document does not describe. Requests are still validated.
	 * @param reason why the responses are off the contract, for the reader of the test
	 */
	public void offContract(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Say why the responses are off the contract");
		}
		this.validateResponses = false;
	}

	/**
	 * Stop validating requests and responses for the current test, whose point is a request
	 * the document cannot describe (such as an id holding an encoded {@code /}, which the
	 * validator decodes before matching paths).
	 * @param reason why the traffic is off the contract, for the reader of the test
	 */
	public void unvalidated(String reason) {
		offContract(reason);
		this.validateRequests = false;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		OpenApiContract.validator();
		this.server.addMockServiceRequestListener(this::validate);
		this.server.start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.server.stop();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.server.resetAll();
		synchronized (this.violations) {
			this.violations.clear();
		}
		this.validateResponses = true;
		this.validateRequests = true;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<String> found;
		synchronized (this.violations) {
			found = List.copyOf(this.violations);
		}
		if (!found.isEmpty() && context.getExecutionException().isEmpty()) {
			throw new AssertionError("Traffic broke the OpenAPI contract:\n" + String.join("\n", found));
		}
	}

	private void validate(Request request, Response response) {
		if (!request.getUrl().startsWith("/api/")) {
			// Not the API: a pre-signed upload or download URL that tests serve from here too.
			return;
		}
		if (response.wasConfigured() && response.getFault() == null) {
			String url = request.getUrl();
			int query = url.indexOf('?');
			ServedRequests.record(request.getMethod().getName().toUpperCase(Locale.ROOT),
					(query >= 0) ? url.substring(0, query) : url);
		}
		com.atlassian.oai.validator.model.Request contractRequest = WireMockRequest.of(request);
		if (this.validateRequests) {
			record("request " + request.getMethod() + " " + request.getUrl(),
					OpenApiContract.validator().validateRequest(contractRequest));
		}
		// WireMock's own answer to an unmatched request is not a stub: it is the test's failure,
		// not the contract's. A fault (a reset or dropped connection) sends no response at all.
		if (this.validateResponses && response.wasConfigured() && response.getFault() == null) {
			Method method = Method.valueOf(request.getMethod().getName().toUpperCase());
			record("response " + response.getStatus() + " to " + request.getMethod() + " " + request.getUrl(),
					OpenApiContract.validator()
						.validateResponse(contractRequest.getPath(), method, WireMockResponse.of(response)));
		}
	}

	private void record(String what, ValidationReport report) {
		if (report.hasErrors()) {
			synchronized (this.violations) {
				report.getMessages()
					.stream()
					.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
					.forEach((message) -> this.violations.add(what + ": " + message.getKey() + ": " + message.getMessage()));
			}
		}
	}

}
