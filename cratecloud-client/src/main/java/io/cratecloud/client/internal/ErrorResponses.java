package io.cratecloud.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
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
	 * How much of a body is read for an excerpt: enough for the text of an error page to
	 * show through its markup.
	 */
	private static final int MARKUP_LENGTH = 16 * 1024;

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
					message + " (wait for the running change to finish, then try again)", call, code, serverMessage);
		}
		if (status.is3xxRedirection()) {
			String location = headers.getFirst(HttpHeaders.LOCATION);
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
					errorBody.errors().isEmpty() ? message : message + " " + redact(errorBody.errors().toString()), call, code,
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
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(Instant.now(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	String excerptSuffix(byte[] body) {
		if (body.length == 0) {
			return " with an empty body";
		}
		// Redact before cutting, so that a cut through a secret cannot leave a part of it.
		String text = redact(new String(body, 0, Math.min(body.length, MARKUP_LENGTH), StandardCharsets.UTF_8))
			.replaceAll("(?s)<(script|style).*?</\\1>", " ")
			.replaceAll("<[^>]*>", " ")
			.replaceAll("\\s+", " ")
			.trim();
		if (text.length() > EXCERPT_LENGTH) {
			text = text.substring(0, EXCERPT_LENGTH) + "...";
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
					.forEach((entry) -> errors.put(entry.getKey(),
							this.jsonMapper.convertValue(entry.getValue(), Object.class)));
			}
			return new ErrorBody((message != null && message.isString()) ? message.asString() : null, errors);
		}
		catch (JacksonException ex) {
			return ErrorBody.NONE;
		}
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
