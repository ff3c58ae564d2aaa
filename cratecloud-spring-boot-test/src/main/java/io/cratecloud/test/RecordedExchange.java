package io.cratecloud.test;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request the fake received and what it answered, in the order they came.
 *
 * @param method the HTTP method
 * @param path the raw (still encoded) path
 * @param query the raw query string, or {@code null}
 * @param requestHeaders the request headers, names in lower case; the {@code Authorization}
 * value is masked but for its scheme ({@code Basic ****}, {@code Bearer ****})
 * @param requestBody the request body as text (empty when there was none)
 * @param status the status answered, or {@code 0} when the connection was dropped
 * @param responseHeaders the response headers, names in lower case
 * @param responseBody the response body as text (empty when there was none)
 * @param template the OpenAPI path template the request matched (for a cluster's SQL endpoint
 * {@code /_clusters/{cluster_id}/_sql}), or {@code null}
 */
public record RecordedExchange(String method, String path, @Nullable String query,
		Map<String, List<String>> requestHeaders, String requestBody, int status,
		Map<String, List<String>> responseHeaders, String responseBody, @Nullable String template) {

	/**
	 * The first value of a request header.
	 * @param name the header's name, in any case
	 * @return the value, or {@code null}
	 */
	public @Nullable String requestHeader(String name) {
		List<String> values = this.requestHeaders.get(name.toLowerCase(java.util.Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The first value of a response header.
	 * @param name the header's name, in any case
	 * @return the value, or {@code null}
	 */
	public @Nullable String responseHeader(String name) {
		List<String> values = this.responseHeaders.get(name.toLowerCase(java.util.Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + ((this.query != null) ? "?" + this.query : "") + " -> " + this.status;
	}

}
