package io.cratecloud.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request as a route sees it: path variables already decoded, query parameters, and the body.
 */
final class FakeRequest {

	private final String method;

	private final String path;

	private final Map<String, String> pathVariables;

	private final Map<String, List<String>> query;

	private final Map<String, List<String>> headers;

	private final byte[] body;

	private final JsonMapper json;

	FakeRequest(String method, String path, Map<String, String> pathVariables, Map<String, List<String>> query,
			byte[] body, JsonMapper json) {
		this(method, path, pathVariables, query, Map.of(), body, json);
	}

	/**
	 * A request with its headers, keyed by lower-case name.
	 */
	FakeRequest(String method, String path, Map<String, String> pathVariables, Map<String, List<String>> query,
			Map<String, List<String>> headers, byte[] body, JsonMapper json) {
		this.method = method;
		this.path = path;
		this.pathVariables = pathVariables;
		this.query = query;
		this.headers = headers;
		this.body = body;
		this.json = json;
	}

	String method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	/**
	 * The value of a path variable of the route's template, e.g. {@code cluster_id}.
	 */
	String pathVariable(String name) {
		String value = this.pathVariables.get(name);
		if (value == null) {
			throw new IllegalStateException("The route has no path variable '" + name + "'");
		}
		return value;
	}

	/**
	 * The first value of a query parameter, or {@code null}.
	 */
	@Nullable String query(String name) {
		List<String> values = this.query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * Every value of a repeatable query parameter.
	 */
	List<String> queryAll(String name) {
		return this.query.getOrDefault(name, List.of());
	}

	/**
	 * The first value of a request header, or {@code null}.
	 * @param name the header's name, in any case
	 */
	@Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The body's bytes as sent, for routes that take other content than JSON (uploads to
	 * pre-signed storage URLs).
	 */
	byte[] body() {
		return this.body.clone();
	}

	boolean hasBody() {
		return this.body.length > 0;
	}

	/**
	 * The body as a JSON object; a body that is missing, not JSON or not an object is a 400,
	 * as the service answers it.
	 */
	ObjectNode jsonObject() {
		if (this.body.length == 0) {
			throw FakeApiException.badRequest("_schema", "Invalid input type.");
		}
		JsonNode node;
		try {
			node = this.json.readTree(this.body);
		}
		catch (JacksonException ex) {
			throw FakeApiException.badRequest("_schema", "Invalid JSON body.");
		}
		if (!(node instanceof ObjectNode object)) {
			throw FakeApiException.badRequest("_schema", "Invalid input type.");
		}
		return object;
	}

	/**
	 * The body as a JSON object, or an empty object when the request has none.
	 */
	ObjectNode jsonObjectOrEmpty() {
		return (this.body.length == 0) ? this.json.createObjectNode() : jsonObject();
	}

}
