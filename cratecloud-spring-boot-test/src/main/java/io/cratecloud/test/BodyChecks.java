package io.cratecloud.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a request body field by field and collects every problem before refusing, as the
 * service (marshmallow) does: one 400 naming all the wrong fields, nested like the body
 * ({@code {"cluster": {"name": ["Missing data for required field."]}}}).
 */
final class BodyChecks {

	static final String MISSING = "Missing data for required field.";

	private static final Pattern UUID = Pattern
		.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	private final Map<String, Object> errors = new LinkedHashMap<>();

	/**
	 * A required string field of {@code object}, between {@code min} and {@code max} characters.
	 * @param path the field's dotted path from the body's root, for the error (e.g. {@code cluster.name})
	 * @return the value, or {@code null} when it is wrong (the problem is recorded)
	 */
	@Nullable String requiredString(ObjectNode object, String path, int min, int max) {
		JsonNode node = object.get(leaf(path));
		if (node == null || node.isNull()) {
			error(path, MISSING);
			return null;
		}
		return string(node, path, min, max);
	}

	/**
	 * An optional string field; {@code null} when absent or wrong.
	 */
	@Nullable String optionalString(ObjectNode object, String path, int min, int max) {
		JsonNode node = object.get(leaf(path));
		if (node == null || node.isNull()) {
			return null;
		}
		return string(node, path, min, max);
	}

	/**
	 * A required string field that must match a pattern (e.g. a name pattern of the document).
	 */
	@Nullable String requiredMatching(ObjectNode object, String path, Pattern pattern, String message) {
		String value = requiredString(object, path, 1, Integer.MAX_VALUE);
		if (value != null && !pattern.matcher(value).matches()) {
			error(path, message);
			return null;
		}
		return value;
	}

	/**
	 * A required UUID field ({@code project_id}, ...).
	 */
	@Nullable String requiredId(ObjectNode object, String path) {
		String value = requiredString(object, path, 1, Integer.MAX_VALUE);
		if (value != null && !UUID.matcher(value).matches()) {
			error(path, "Not a valid UUID.");
			return null;
		}
		return value;
	}

	/**
	 * A required string field with one of the allowed values.
	 */
	@Nullable String requiredOneOf(ObjectNode object, String path, Set<String> allowed) {
		String value = requiredString(object, path, 0, Integer.MAX_VALUE);
		if (value != null && !allowed.contains(value)) {
			error(path, "Must be one of: " + String.join(", ", allowed.stream().sorted().toList()) + ".");
			return null;
		}
		return value;
	}

	/**
	 * A required integer field between {@code min} and {@code max}.
	 */
	@Nullable Long requiredInteger(ObjectNode object, String path, long min, long max) {
		JsonNode node = object.get(leaf(path));
		if (node == null || node.isNull()) {
			error(path, MISSING);
			return null;
		}
		return integer(node, path, min, max);
	}

	/**
	 * An optional integer field; {@code null} when absent or wrong.
	 */
	@Nullable Long optionalInteger(ObjectNode object, String path, long min, long max) {
		JsonNode node = object.get(leaf(path));
		if (node == null || node.isNull()) {
			return null;
		}
		return integer(node, path, min, max);
	}

	/**
	 * A required boolean field.
	 */
	@Nullable Boolean requiredBoolean(ObjectNode object, String path) {
		JsonNode node = object.get(leaf(path));
		if (node == null || node.isNull()) {
			error(path, MISSING);
			return null;
		}
		if (!node.isBoolean()) {
			error(path, "Not a valid boolean.");
			return null;
		}
		return node.booleanValue();
	}

	/**
	 * A required nested object.
	 */
	@Nullable ObjectNode requiredObject(ObjectNode object, String path) {
		JsonNode node = object.get(leaf(path));
		if (node == null || node.isNull()) {
			error(path, MISSING);
			return null;
		}
		if (!(node instanceof ObjectNode nested)) {
			error(path, "Invalid input type.");
			return null;
		}
		return nested;
	}

	/**
	 * Records a problem with a field.
	 * @param path the field's dotted path from the body's root
	 * @param message what is wrong
	 */
	@SuppressWarnings("unchecked")
	void error(String path, String message) {
		String[] parts = path.split("\\.");
		Map<String, Object> level = this.errors;
		for (int i = 0; i < parts.length - 1; i++) {
			level = (Map<String, Object>) level.computeIfAbsent(parts[i], (key) -> new LinkedHashMap<String, Object>());
		}
		((List<String>) level.computeIfAbsent(parts[parts.length - 1], (key) -> new java.util.ArrayList<String>()))
			.add(message);
	}

	boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/**
	 * Refuses the request with every problem found, if there is any.
	 * @throws FakeApiException a 400 with the field errors
	 */
	void throwIfInvalid() {
		if (hasErrors()) {
			throw FakeApiException.badRequest(this.errors);
		}
	}

	private @Nullable String string(JsonNode node, String path, int min, int max) {
		if (!node.isString()) {
			error(path, "Not a valid string.");
			return null;
		}
		String value = node.asString();
		if (value.length() < min || value.length() > max) {
			error(path, (max == Integer.MAX_VALUE) ? "Shorter than minimum length " + min + "."
					: "Length must be between " + min + " and " + max + ".");
			return null;
		}
		return value;
	}

	private @Nullable Long integer(JsonNode node, String path, long min, long max) {
		if (!node.isIntegralNumber()) {
			error(path, "Not a valid integer.");
			return null;
		}
		long value = node.asLong();
		if (value < min || value > max) {
			error(path, "Must be greater than or equal to " + min + " and less than or equal to " + max + ".");
			return null;
		}
		return value;
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return (dot < 0) ? path : path.substring(dot + 1);
	}

}
