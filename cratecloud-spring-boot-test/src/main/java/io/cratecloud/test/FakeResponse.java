package io.cratecloud.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a route answers: a status, an optional JSON or text body, and extra headers.
 *
 * @param status the HTTP status
 * @param json the JSON body, or {@code null}
 * @param text a non-JSON body (with {@code contentType}), or {@code null}
 * @param contentType the content type of {@code text}
 * @param headers extra response headers
 */
record FakeResponse(int status, @Nullable JsonNode json, @Nullable String text, @Nullable String contentType,
		Map<String, String> headers) {

	static FakeResponse ok(JsonNode json) {
		return status(200, json);
	}

	static FakeResponse created(JsonNode json) {
		return status(201, json);
	}

	static FakeResponse accepted(JsonNode json) {
		return status(202, json);
	}

	static FakeResponse status(int status, JsonNode json) {
		return new FakeResponse(status, json, null, null, Map.of());
	}

	static FakeResponse noContent() {
		return new FakeResponse(204, null, null, null, Map.of());
	}

	static FakeResponse empty(int status) {
		return new FakeResponse(status, null, null, null, Map.of());
	}

	static FakeResponse text(int status, String contentType, String text) {
		return new FakeResponse(status, null, text, contentType, Map.of());
	}

	FakeResponse withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new FakeResponse(this.status, this.json, this.text, this.contentType, headers);
	}

}
