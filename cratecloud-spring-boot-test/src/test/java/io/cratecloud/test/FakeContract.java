package io.cratecloud.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.cratecloud.testsupport.OpenApiContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks what a {@link FakeCrateCloud} received and answered against the OpenAPI document in
 * {@code ../shared}: every request and response, except those a test names as off the document.
 */
final class FakeContract {

	/**
	 * Operations the live service has but the document does not (api-notes.md), and the
	 * object store pre-signed file URLs lead to, which the fake serves outside {@code /api/}.
	 */
	static final Set<String> OFF_DOCUMENT_TEMPLATES = Set.of("/api/v2/clusters/{cluster_id}/transfer-subscription/",
			FilesApi.STORAGE_PATH + "{file_id}");

	/**
	 * The operations ({@code METHOD template}) answered with a 2xx whose request and response
	 * were found conforming, by any test of this JVM, for {@link FakeCoverageTests}.
	 */
	private static final Set<String> CHECKED_OPERATIONS = ConcurrentHashMap.newKeySet();

	private FakeContract() {
	}

	/**
	 * The operations, as {@code METHOD template}, that some test had answered with a 2xx and
	 * found conforming in both request and response.
	 * @return the operations checked so far
	 */
	static Set<String> checkedOperations() {
		return Set.copyOf(CHECKED_OPERATIONS);
	}

	/**
	 * Asserts that every exchange the fake recorded conforms to the document, leaving out
	 * operations the document lacks, answers to bad credentials by redirect and dropped
	 * connections.
	 * @param fake the fake
	 */
	static void assertConforms(FakeCrateCloud fake) {
		assertConforms(fake, (exchange) -> false, (exchange) -> false);
	}

	/**
	 * Asserts that every exchange the fake recorded conforms to the document, but for the
	 * requests a test sent off the document on purpose, whose answers are still checked.
	 * @param fake the fake
	 * @param invalidOnPurpose the exchanges whose request is not to be checked
	 */
	static void assertConforms(FakeCrateCloud fake, Predicate<RecordedExchange> invalidOnPurpose) {
		assertConforms(fake, invalidOnPurpose, (exchange) -> false);
	}

	/**
	 * Asserts that every exchange the fake recorded conforms to the document, but those the
	 * test knowingly made off the document.
	 * @param fake the fake
	 * @param invalidOnPurpose the exchanges whose request is not to be checked (their answers are)
	 * @param offDocument the exchanges not to check at all, e.g. injected faults (with the
	 * reason in the caller's comment)
	 */
	static void assertConforms(FakeCrateCloud fake, Predicate<RecordedExchange> invalidOnPurpose,
			Predicate<RecordedExchange> offDocument) {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (RecordedExchange exchange : fake.requests()) {
			if (exchange.status() == 0 || isLoginRedirect(exchange)
					|| (exchange.template() != null && OFF_DOCUMENT_TEMPLATES.contains(exchange.template()))
					|| offDocument.test(exchange)) {
				continue;
			}
			checked++;
			boolean requestChecked = !invalidOnPurpose.test(exchange);
			ValidationReport report = requestChecked
					? OpenApiContract.validator().validate(request(exchange), response(exchange))
					: OpenApiContract.validator()
						.validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()), response(exchange));
			if (!report.hasErrors() && requestChecked && exchange.template() != null && exchange.status() >= 200
					&& exchange.status() < 300) {
				CHECKED_OPERATIONS.add(exchange.method() + " " + exchange.template());
			}
			if (report.hasErrors()) {
				problems.add(exchange + System.lineSeparator() + "  request: " + exchange.requestBody()
						+ System.lineSeparator() + "  response: " + exchange.responseBody() + System.lineSeparator()
						+ "  " + String.join(System.lineSeparator() + "  ",
								report.getMessages().stream().map(ValidationReport.Message::toString).toList()));
			}
		}
		assertThat(problems).as("exchanges off the OpenAPI document (%d checked)", checked).isEmpty();
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
