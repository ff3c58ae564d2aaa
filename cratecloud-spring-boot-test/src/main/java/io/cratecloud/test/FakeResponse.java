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
 * @param contentType the content type of {@code text} or {@code bytes}
 * @param headers extra response headers
 * @param bytes a binary body (with {@code contentType}), or {@code null}
 */
record FakeResponse(int status, @Nullable JsonNode json, @Nullable String text, @Nullable String contentType,
		Map<String, String> headers, byte @Nullable [] bytes) {

	FakeResponse(int status, @Nullable JsonNode json, @Nullable String text, @Nullable String contentType,
			Map<String, String> headers) {
		this(status, json, text, contentType, headers, null);
	}

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

	/**
	 * A binary body, such as a file served from a pre-signed download URL.
	 */
	static FakeResponse bytes(int status, String contentType, byte[] bytes) {
		return new FakeResponse(status, null, null, contentType, Map.of(), bytes.clone());
	}

	FakeResponse withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new FakeResponse(this.status, this.json, this.text, this.contentType, headers, this.bytes);
	}

}
