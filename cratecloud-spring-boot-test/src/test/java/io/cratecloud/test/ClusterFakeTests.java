package io.cratecloud.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.clusters.ClusterSpec;
import io.cratecloud.testsupport.OpenApiContract;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cluster and data job tests share: a fake on a manual clock (unless a test class
 * asks for another), the real client pointed at it, and the check, after each test, that
 * every exchange conforms to the OpenAPI document but for the differences api-notes.md
 * documents.
 */
abstract class ClusterFakeTests {

	/** How long each step of an operation takes on the manual clock. */
	static final Duration STEP = Duration.ofSeconds(10);

	static final String PASSWORD = "correct-horse-battery-staple-1";

	/**
	 * An idle cluster's {@code health.running_operation} is {@code ""} (api-notes.md), which
	 * the document's enum lacks. Such answers are left out of {@link FakeContract} and
	 * checked here with the empty value replaced, so the rest of their shape is still held
	 * to the document.
	 */
	private static final String IDLE = "\"running_operation\":\"\"";

	final FakeCrateCloud fake;

	final CrateCloudClient client;

	private final List<Predicate<RecordedExchange>> invalidOnPurpose = new ArrayList<>();

	private final List<Predicate<RecordedExchange>> offDocument = new ArrayList<>();

	ClusterFakeTests() {
		this(FakeCrateCloud.builder().manualClock().operationStep(STEP).start(), Duration.ofSeconds(1));
	}

	ClusterFakeTests(FakeCrateCloud fake, Duration pollInterval) {
		this.fake = fake;
		this.client = CrateCloudClient.builder()
			.baseUrl(fake.baseUrl())
			.apiKey(fake.apiKey())
			.apiSecret(fake.apiSecret())
			.operationPollInterval(pollInterval)
			.build();
		// api-notes.md: the refusal of a second change has no known status; the fake answers
		// 409, which the document lists for none of the cluster changes.
		offDocument((exchange) -> exchange.status() == 409);
	}

	/**
	 * Leaves the requests a test sends off the document on purpose unchecked; their answers
	 * are still checked.
	 */
	void invalidOnPurpose(Predicate<RecordedExchange> exchanges) {
		this.invalidOnPurpose.add(exchanges);
	}

	/**
	 * Leaves exchanges the live service answers differently from the document unchecked; the
	 * caller says why.
	 */
	void offDocument(Predicate<RecordedExchange> exchanges) {
		this.offDocument.add(exchanges);
	}

	@AfterEach
	void conformsAndStops() {
		try {
			Predicate<RecordedExchange> invalid = (exchange) -> this.invalidOnPurpose.stream()
				.anyMatch((predicate) -> predicate.test(exchange));
			Predicate<RecordedExchange> off = (exchange) -> this.offDocument.stream()
				.anyMatch((predicate) -> predicate.test(exchange));
			FakeContract.assertConforms(this.fake, invalid, off.or(ClusterFakeTests::idle));
			assertIdleAnswersConform(off);
		}
		finally {
			this.fake.close();
		}
	}

	private static boolean idle(RecordedExchange exchange) {
		return exchange.responseBody().contains(IDLE);
	}

	private void assertIdleAnswersConform(Predicate<RecordedExchange> off) {
		List<String> problems = new ArrayList<>();
		for (RecordedExchange exchange : this.fake.requests()) {
			if (!idle(exchange) || off.test(exchange)
					|| FakeContract.OFF_DOCUMENT_TEMPLATES.contains(exchange.template())) {
				continue;
			}
			SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status())
				.withBody(exchange.responseBody().replace(IDLE, "\"running_operation\":\"SCALE\""));
			exchange.responseHeaders().forEach(response::withHeader);
			ValidationReport report = OpenApiContract.validator()
				.validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()), response.build());
			if (report.hasErrors()) {
				problems.add(exchange + System.lineSeparator() + "  response: " + exchange.responseBody()
						+ System.lineSeparator() + "  " + report.getMessages());
			}
		}
		assertThat(problems).as("answers with an idle cluster off the OpenAPI document").isEmpty();
	}

	/**
	 * A cluster to deploy: one {@code cr1} node of the {@code default} tier.
	 */
	static ClusterSpec spec(String name) {
		return ClusterSpec.of(name, "cr1", "default", "5.10.3", "admin", PASSWORD);
	}

	/**
	 * Moves the fake's clock by a number of operation steps.
	 */
	void steps(int steps) {
		this.fake.advance(STEP.multipliedBy(steps));
	}

}
