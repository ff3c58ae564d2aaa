package io.cratecloud.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.cratecloud.testsupport.OpenApiContract;
import org.junit.jupiter.api.TestReporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks what a {@link FakeCrateCloud} received and answered against the OpenAPI document in
 * {@code ../shared}: every request and response, except those a test names as off the document.
 * <p>
 * The test classes of the fake's API (tagged {@value #API_TESTS}) publish the operations found
 * conforming as report entries ({@link #publish(TestReporter, Set)}), which
 * {@link FakeCoverageTests} collects from a run of those classes of its own.
 */
final class FakeContract {

	/** The tag of the test classes that exercise the fake's API, which FakeCoverageTests runs. */
	static final String API_TESTS = "fake-api";

	/**
	 * The tag of the test classes of the fake's API that also start Spring application
	 * contexts, which FakeCoverageTests leaves out to stay quick.
	 */
	static final String SPRING_CONTEXTS = "spring-contexts";

	/**
	 * The tag of the test classes of the fake's API that wait in real time (delays, operation
	 * steps on the system clock), which FakeCoverageTests leaves out to stay quick.
	 */
	static final String REAL_TIME = "real-time";

	/** The key of the report entries that name an operation found conforming. */
	static final String CHECKED_OPERATION = "cratecloud.fake.checked-operation";

	/**
	 * Operations the live service has but the document does not (api-notes.md), the object
	 * store pre-signed file URLs lead to, and the clusters' own SQL endpoints (CrateDB's, not the
	 * API's), which the fake serves outside {@code /api/}.
	 */
	static final Set<String> OFF_DOCUMENT_TEMPLATES = Set.of("/api/v2/clusters/{cluster_id}/transfer-subscription/",
			FilesApi.STORAGE_PATH + "{file_id}", ClusterSqlEndpoint.TEMPLATE);

	/**
	 * Operations whose successful answer the fake shapes as the live service does where that
	 * differs from the document (api-notes.md): their requests are checked, their answers not.
	 * {@code POST /users/me/api-keys/} answers the new key flat, as the official CLI reads it.
	 */
	static final Set<String> SERVICE_SHAPED_ANSWERS = Set.of("POST /api/v2/users/me/api-keys/");

	private FakeContract() {
	}

	/**
	 * Asserts that every exchange the fake recorded conforms to the document, leaving out
	 * operations the document lacks, answers to bad credentials by redirect and dropped
	 * connections.
	 * @param fake the fake
	 * @return the operations found conforming, as {@link #assertConforms(FakeCrateCloud, Predicate, Predicate)}
	 */
	static Set<String> assertConforms(FakeCrateCloud fake) {
		return assertConforms(fake, (exchange) -> false, (exchange) -> false);
	}

	/**
	 * Publishes the operations a test found conforming, for {@link FakeCoverageTests}, as one
	 * report entry {@value #CHECKED_OPERATION} each: report entries reach only the listeners
	 * of the run the test is part of.
	 * @param reporter the test's reporter
	 * @param operations the operations, as {@code METHOD template}
	 */
	static void publish(TestReporter reporter, Set<String> operations) {
		operations.forEach((operation) -> reporter.publishEntry(CHECKED_OPERATION, operation));
	}

	/**
	 * Asserts that every exchange the fake recorded conforms to the document, but those the
	 * test knowingly made off the document.
	 * @param fake the fake
	 * @param invalidOnPurpose the exchanges whose request is not to be checked (their answers are)
	 * @param offDocument the exchanges not to check at all, e.g. injected faults (with the
	 * reason in the caller's comment)
	 * @return the operations ({@code METHOD template}) answered with a success (a 2xx, or the
	 * redirect an operation documents) whose request and response were found conforming
	 */
	static Set<String> assertConforms(FakeCrateCloud fake, Predicate<RecordedExchange> invalidOnPurpose,
			Predicate<RecordedExchange> offDocument) {
		List<String> problems = new ArrayList<>();
		Set<String> conforming = new TreeSet<>();
		int checked = 0;
		for (RecordedExchange exchange : fake.requests()) {
			if (exchange.status() == 0 || isLoginRedirect(exchange)
					|| (exchange.template() != null && OFF_DOCUMENT_TEMPLATES.contains(exchange.template()))
					|| offDocument.test(exchange)) {
				continue;
			}
			checked++;
			boolean requestChecked = !invalidOnPurpose.test(exchange);
			boolean serviceShaped = exchange.template() != null && exchange.status() >= 200 && exchange.status() < 300
					&& SERVICE_SHAPED_ANSWERS.contains(exchange.method() + " " + exchange.template());
			ValidationReport report;
			if (serviceShaped) {
				report = requestChecked ? OpenApiContract.validator().validateRequest(request(exchange))
						: ValidationReport.empty();
			}
			else {
				report = requestChecked ? OpenApiContract.validator().validate(request(exchange), response(exchange))
						: OpenApiContract.validator()
							.validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()),
									response(exchange));
			}
			if (!report.hasErrors() && requestChecked && exchange.template() != null && exchange.status() >= 200
					&& exchange.status() < 400) {
				conforming.add(exchange.method() + " " + exchange.template());
			}
			if (report.hasErrors()) {
				problems.add(exchange + System.lineSeparator() + "  request: " + exchange.requestBody()
						+ System.lineSeparator() + "  response: " + exchange.responseBody() + System.lineSeparator()
						+ "  " + String.join(System.lineSeparator() + "  ",
								report.getMessages().stream().map(ValidationReport.Message::toString).toList()));
			}
		}
		assertThat(problems).as("exchanges off the OpenAPI document (%d checked)", checked).isEmpty();
		return conforming;
	}

	/**
	 * The gateway's answer to bad credentials, which the document does not describe; other
	 * redirects (a subscription's wizard) are the operation's documented answer.
	 */
	private static boolean isLoginRedirect(RecordedExchange exchange) {
		String location = exchange.responseHeader("Location");
		return exchange.status() == 302 && location != null && location.startsWith("/?rd=");
	}

	private static SimpleRequest request(RecordedExchange exchange) {
		SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(exchange.method()),
				exchange.path());
		if (exchange.query() != null) {
			for (String pair : exchange.query().split("&")) {
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				builder.withQueryParam(name, value);
			}
		}
		exchange.requestHeaders().forEach((name, values) -> builder.withHeader(name, values));
		if (!exchange.requestBody().isEmpty()) {
			builder.withBody(exchange.requestBody());
		}
		return builder.build();
	}

	private static SimpleResponse response(RecordedExchange exchange) {
		SimpleResponse.Builder builder = SimpleResponse.Builder.status(exchange.status());
		exchange.responseHeaders().forEach((name, values) -> builder.withHeader(name, values));
		if (!exchange.responseBody().isEmpty()) {
			builder.withBody(exchange.responseBody());
		}
		return builder.build();
	}

}
