package io.cratecloud.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudConflictException;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Turns an unsuccessful response into the matching {@link CrateCloudException}, with a
 * message that says what was asked and what came back, and never a secret.
 */
final class ErrorResponses {

	private static final int EXCERPT_LENGTH = 200;

	private static final String OPERATION_IN_PROGRESS = "Another cluster operation is already in progress";

	/**
	 * How much of an error body is looked at: enough for the text of an error page to show
	 * through its markup.
	 */
	static final int MARKUP_LENGTH = 16 * 1024;

	private static final String REDACTED = "******";

	/**
	 * How much of an error body is read: {@link #MARKUP_LENGTH} and a margin, so that a secret
	 * that straddles the cut is still seen whole, and hidden, before the body is cut.
	 */
	static final int ERROR_BODY_LIMIT = MARKUP_LENGTH + 4 * 1024;

	/** The longest wait a {@code Retry-After} is read as: longer ones are not waited for anyway. */
	private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

	private final JsonMapper jsonMapper;

	private final Redactor redactor;

	ErrorResponses(JsonMapper jsonMapper, Redactor redactor) {
		this.jsonMapper = jsonMapper;
		this.redactor = redactor;
	}

	CrateCloudException exception(ApiCall call, HttpStatusCode status, HttpHeaders headers, byte[] body,
			@Nullable MediaType contentType) {
		int code = status.value();
		ErrorBody errorBody = parse(body);
		String what = call + " (" + call.pathTemplate() + ") answered " + code + describe(status);
		String message = (errorBody.message() != null) ? what + ": " + redact(errorBody.message())
				: what + excerptSuffix(body);
		String serverMessage = (errorBody.message() != null) ? redact(errorBody.message()) : null;
		if (serverMessage != null && serverMessage.contains(OPERATION_IN_PROGRESS)) {
			// The status of this refusal is not documented; its message is.
			return new CrateCloudOperationInProgressException(
					message + " (another change runs on the cluster: wait for it to end, then try again)", call, code, serverMessage, null);
		}
		if (status.is3xxRedirection()) {
			String location = redactLocation(headers.getFirst(HttpHeaders.LOCATION));
			return new CrateCloudAuthenticationException(
					what + " redirecting to " + location
							+ ", the gateway's answer to a wrong or missing API key or secret",
					call, code, serverMessage, location);
		}
		return switch (code) {
			case 401 -> new CrateCloudAuthenticationException(message + " (check the API key and secret)", call, code,
					serverMessage, null);
			case 403 -> new CrateCloudPermissionException(message, call, code, serverMessage, null);
			case 404 -> new CrateCloudNotFoundException(message, call, code, serverMessage, null);
			case 409 -> new CrateCloudConflictException(message, call, code, serverMessage, null);
			case 400, 422 -> new CrateCloudValidationException(
					errorBody.errors().isEmpty() ? message : message + " " + errorBody.errors(), call, code,
					serverMessage, errorBody.errors());
			case 429 -> rateLimited(call, message, serverMessage, headers);
			default -> status.is5xxServerError() ? new CrateCloudServerException(message, call, code, serverMessage, null)
					: new CrateCloudException(message, call, code, serverMessage, null);
		};
	}

	private CrateCloudRateLimitedException rateLimited(ApiCall call, String message, @Nullable String serverMessage,
			HttpHeaders headers) {
		Duration retryAfter = retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER));
		String suffix = (retryAfter != null) ? " (retry after " + retryAfter.toMillis() + " ms)" : "";
		return new CrateCloudRateLimitedException(message + suffix, call, serverMessage, retryAfter);
	}

	/**
	 * Read a {@code Retry-After} header: a number of seconds or an HTTP date.
	 * @param value the header's value
	 * @return the wait it asks for, or {@code null} when absent or unreadable
	 */
	static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (!trimmed.isEmpty() && trimmed.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			// Clamped as it is read: no number of seconds can overflow a Duration or its millis.
			return (trimmed.length() > 6) ? LONGEST_RETRY_AFTER
					: clamp(Duration.ofSeconds(Long.parseLong(trimmed)));
		}
		try {
			Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return clamp(Duration.between(Instant.now(), at));
		}
		catch (DateTimeParseException | ArithmeticException notADate) {
			return null;
		}
	}

	private static Duration clamp(Duration wait) {
		if (wait.isNegative()) {
			return Duration.ZERO;
		}
		return (wait.compareTo(LONGEST_RETRY_AFTER) > 0) ? LONGEST_RETRY_AFTER : wait;
	}

	/**
	 * A redirect's {@code Location} as it may be shown: without known secrets, and without the
	 * password of any user info it carries.
	 */
	@Nullable String redactLocation(@Nullable String location) {
		if (location == null) {
			return null;
		}
		String redacted = redact(location);
		int scheme = redacted.indexOf("://");
		int at = redacted.indexOf('@', Math.max(scheme, 0));
		int pathStart = redacted.indexOf('/', scheme + 3);
		if (scheme >= 0 && at > scheme && (pathStart < 0 || at < pathStart)) {
			redacted = redacted.substring(0, scheme + 3) + REDACTED + redacted.substring(at);
		}
		return redacted;
	}

	/**
	 * Whether a redirect is the gateway's to the console's login page, {@code /?rd=<path>},
	 * its answer to a wrong or missing API key or secret.
	 */
	static boolean isLoginRedirect(@Nullable String location) {
		if (location == null) {
			return false;
		}
		String path = location.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
		return path.startsWith("/?rd=");
	}

	String excerptSuffix(byte[] body) {
		if (body.length == 0) {
			return " with an empty body";
		}
		// Redacted after every cut as well as before: a cut through a secret leaves a piece of
		// it at the end of what was kept, which no exact match of the secret finds. The body
		// itself may have been cut where reading stopped.
		String text = this.redactor.redactCut(new String(body, StandardCharsets.UTF_8));
		text = this.redactor.redactCut(text.substring(0, Math.min(text.length(), MARKUP_LENGTH)))
			.replaceAll("(?s)<(script|style).*?</\\1>", " ")
			.replaceAll("<[^>]*>", " ")
			.replaceAll("\\s+", " ")
			.trim();
		if (text.length() > EXCERPT_LENGTH) {
			text = this.redactor.redactCut(text.substring(0, EXCERPT_LENGTH)) + "...";
		}
		return text.isEmpty() ? " with a body of markup only" : ": \"" + text + "\"";
	}

	String redact(String text) {
		return this.redactor.redact(text);
	}

	private ErrorBody parse(byte[] body) {
		if (body.length == 0 || body[firstNonWhitespace(body)] != '{') {
			return ErrorBody.NONE;
		}
		try {
			JsonNode node = this.jsonMapper.readTree(body);
			JsonNode message = node.get("message");
			Map<String, Object> errors = new LinkedHashMap<>();
			JsonNode errorsNode = node.get("errors");
			if (errorsNode != null && errorsNode.isObject()) {
				errorsNode.properties()
					.forEach((entry) -> errors.put(redact(entry.getKey()),
							redactValues(this.jsonMapper.convertValue(entry.getValue(), Object.class))));
			}
			return new ErrorBody((message != null && message.isString()) ? message.asString() : null, errors);
		}
		catch (JacksonException ex) {
			return ErrorBody.NONE;
		}
	}

	/**
	 * The errors' values with every secret hidden, however deep: an answer may echo what it
	 * refused, the secret included.
	 */
	private @Nullable Object redactValues(@Nullable Object value) {
		if (value instanceof String text) {
			return redact(text);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> redacted = new LinkedHashMap<>();
			map.forEach((key, nested) -> redacted.put(redact(String.valueOf(key)), redactValues(nested)));
			return redacted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(this::redactValues).toList();
		}
		return value;
	}

	private static int firstNonWhitespace(byte[] body) {
		for (int i = 0; i < body.length; i++) {
			if (!Character.isWhitespace(body[i])) {
				return i;
			}
		}
		return 0;
	}

	private static String describe(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? " " + known.getReasonPhrase() : "";
	}

	private record ErrorBody(@Nullable String message, Map<String, Object> errors) {

		static final ErrorBody NONE = new ErrorBody(null, Map.of());

	}

}
