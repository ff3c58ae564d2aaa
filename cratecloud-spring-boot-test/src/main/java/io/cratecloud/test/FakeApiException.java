package io.cratecloud.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A refusal, answered in the API's error format: {@code {"message": ..., "success": false}},
 * plus {@code errors} on 400 and any extra keys the service adds to some refusals.
 */
final class FakeApiException extends RuntimeException {

	private final int status;

	private final @Nullable Map<String, Object> errors;

	private final Map<String, Object> extra;

	FakeApiException(int status, String message, @Nullable Map<String, Object> errors, Map<String, Object> extra) {
		super(message, null, false, false);
		this.status = status;
		this.errors = errors;
		this.extra = extra;
	}

	static FakeApiException notFound() {
		return new FakeApiException(404, "Resource not found.", null, Map.of());
	}

	static FakeApiException notFound(String message) {
		return new FakeApiException(404, message, null, Map.of());
	}

	/**
	 * A 400 with field errors, nested as marshmallow nests them ({@code {"cluster": {"name": [...]}}}).
	 */
	static FakeApiException badRequest(Map<String, Object> errors) {
		return new FakeApiException(400, "Bad request", errors, Map.of());
	}

	static FakeApiException badRequest(String field, String message) {
		Map<String, Object> errors = new LinkedHashMap<>();
		errors.put(field, java.util.List.of(message));
		return badRequest(errors);
	}

	static FakeApiException conflict(String message) {
		return new FakeApiException(409, message, null, Map.of());
	}

	static FakeApiException forbidden(String message) {
		return new FakeApiException(403, message, null, Map.of());
	}

	/**
	 * The refusal of a second cluster change while one runs. The status is not known
	 * (api-notes.md); the fake answers 409.
	 */
	static FakeApiException operationInProgress() {
		return conflict("Another cluster operation is already in progress.");
	}

	int status() {
		return this.status;
	}

	@Nullable Map<String, Object> errors() {
		return this.errors;
	}

	Map<String, Object> extra() {
		return this.extra;
	}

}
