package io.cratecloud.client.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.util.UriUtils;

/**
 * Expands the API's URI templates into URIs under the base URL, each template parsed once:
 * what {@code DefaultUriBuilderFactory} does in its {@code VALUES_ONLY} mode (every variable's
 * value encoded strictly, so that no value can change the path; the template itself as it is),
 * without parsing the template and building its string again on every call. A template
 * without variables gives the same {@link URI} every time.
 */
final class ApiUris {

	/** More templates than the API has operations: the cache cannot grow without bound. */
	private static final int MAX_TEMPLATES = 4096;

	private final String baseUrl;

	private final Map<String, Template> templates = new ConcurrentHashMap<>();

	/**
	 * Create an expander.
	 * @param baseUrl the base URL, scheme, host and port, without a trailing slash
	 */
	ApiUris(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * Expand a template.
	 * @param template the template, such as {@code /api/v2/clusters/{cluster_id}/?page={q0}}
	 * @param variables the value of each of its variables
	 * @return the URI
	 * @throws IllegalArgumentException if a variable has no value
	 */
	URI expand(String template, Map<String, ?> variables) {
		Template parsed = this.templates.get(template);
		if (parsed == null) {
			parsed = new Template(this.baseUrl, template);
			if (this.templates.size() < MAX_TEMPLATES) {
				this.templates.put(template, parsed);
			}
		}
		return parsed.expand(variables);
	}

	/**
	 * A template split into its literal parts and its variables: {@code parts[i]} is a
	 * literal at even {@code i}, a variable's name at odd {@code i}.
	 */
	private static final class Template {

		private final String template;

		private final String[] parts;

		private final int literalLength;

		private final URI withoutVariables;

		Template(String baseUrl, String template) {
			this.template = template;
			List<String> parts = new ArrayList<>();
			StringBuilder literal = new StringBuilder(baseUrl);
			int index = 0;
			while (index < template.length()) {
				int open = template.indexOf('{', index);
				int close = (open >= 0) ? template.indexOf('}', open) : -1;
				if (open < 0 || close < 0) {
					literal.append(template, index, template.length());
					break;
				}
				literal.append(template, index, open);
				parts.add(literal.toString());
				parts.add(template.substring(open + 1, close));
				literal.setLength(0);
				index = close + 1;
			}
			parts.add(literal.toString());
			this.parts = parts.toArray(String[]::new);
			int length = 0;
			for (int i = 0; i < this.parts.length; i += 2) {
				length += this.parts[i].length();
			}
			this.literalLength = length;
			this.withoutVariables = (this.parts.length == 1) ? URI.create(this.parts[0]) : null;
		}

		URI expand(Map<String, ?> variables) {
			if (this.withoutVariables != null) {
				return this.withoutVariables;
			}
			StringBuilder uri = new StringBuilder(this.literalLength + 16 * (this.parts.length / 2));
			for (int i = 0; i < this.parts.length; i++) {
				if (i % 2 == 0) {
					uri.append(this.parts[i]);
					continue;
				}
				Object value = variables.get(this.parts[i]);
				if (value == null && !variables.containsKey(this.parts[i])) {
					throw new IllegalArgumentException(
							"Map has no value for '" + this.parts[i] + "' of URI template " + this.template);
				}
				uri.append(UriUtils.encode((value != null) ? value.toString() : "", StandardCharsets.UTF_8));
			}
			return URI.create(uri.toString());
		}

	}

}
