package io.cratecloud.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls to a cluster's SQL endpoint on the fake, as a client of CrateDB's HTTP
 * endpoint makes them: {@code POST <cluster url>/_sql} over a real socket.
 */
final class SqlEndpointHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	/**
	 * Posts a body to {@code <clusterUrl>/_sql<query>}.
	 * @param clusterUrl the cluster's {@code url}, as the API gives it
	 * @param query the query string with its {@code ?}, or empty
	 * @param authorization the {@code Authorization} header, or {@code null} for none
	 * @param headers further headers
	 * @param body the body
	 * @return the answer
	 */
	HttpResponse<String> post(String clusterUrl, String query, @Nullable String authorization,
			Map<String, String> headers, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(clusterUrl + "/_sql" + query))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		headers.forEach(request::header);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Posts a statement with a token, as {@code Authorization: Bearer <token>}.
	 */
	HttpResponse<String> post(String clusterUrl, String query, String token, String body) {
		return post(clusterUrl, query, "Bearer " + token, Map.of(), body);
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/**
	 * A JSON body of the values given as key, value, ...
	 */
	static String body(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			body.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return JSON.writeValueAsString(body);
	}

}
