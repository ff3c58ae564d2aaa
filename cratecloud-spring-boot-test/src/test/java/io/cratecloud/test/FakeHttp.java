package io.cratecloud.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Plain HTTP calls to a fake, for what the client would not send (invalid bodies, wrong
 * credentials) or would hide (raw status and headers).
 */
final class FakeHttp {

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final FakeCrateCloud fake;

	FakeHttp(FakeCrateCloud fake) {
		this.fake = fake;
	}

	HttpResponse<String> send(String method, String pathAndQuery, @Nullable String jsonBody) {
		return send(method, pathAndQuery, jsonBody, this.fake.apiKey(), this.fake.apiSecret());
	}

	HttpResponse<String> send(String method, String pathAndQuery, @Nullable String jsonBody, @Nullable String key,
			@Nullable String secret) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.fake.baseUrl() + pathAndQuery))
			.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody)
					: HttpRequest.BodyPublishers.noBody());
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		if (key != null && secret != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
		}
		return send(request);
	}

	/**
	 * Sends a request without a body with the {@code Authorization} header as given, for
	 * malformed credentials.
	 */
	HttpResponse<String> sendWithAuthorization(String method, String pathAndQuery, String authorization) {
		return send(HttpRequest.newBuilder(URI.create(this.fake.baseUrl() + pathAndQuery))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization", authorization));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
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

}
