package io.cratecloud.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A request factory on the JDK's {@link HttpClient} that sends synchronously, with
 * {@link HttpClient#send}: Spring Framework's own JDK factory always goes through
 * {@code sendAsync(...).get()}, which hands every call to another thread and back, and
 * schedules a task per call for its read timeout. Here each request's own timeout (until the
 * headers) is the time left to its deadline, and the body streams as it comes. The request
 * bodies are small and already in memory.
 */
final class JdkSyncClientHttpRequestFactory implements ClientHttpRequestFactory {

	/** Headers the JDK client sets itself and refuses to be given. */
	private static final Set<String> RESTRICTED_HEADERS = caseInsensitive(
			Set.of("connection", "content-length", "expect", "host", "upgrade"));

	/**
	 * The timeout of a request made outside a call's deadline, such as an upload to a
	 * pre-signed URL.
	 */
	static final Duration UNGUARDED_TIMEOUT = Duration.ofSeconds(30);

	/** How long after a call's deadline the JDK client's own timeout would end the exchange. */
	private static final Duration GUARD_BACKSTOP = Duration.ofMillis(250);

	private final HttpClient httpClient;

	JdkSyncClientHttpRequestFactory(HttpClient httpClient) {
		this.httpClient = httpClient;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
		return new Request(uri, httpMethod);
	}

	private static Set<String> caseInsensitive(Set<String> names) {
		Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(names);
		return set;
	}

	private final class Request extends AbstractBufferingClientHttpRequest {

		private final URI uri;

		private final HttpMethod method;

		Request(URI uri, HttpMethod method) {
			this.uri = uri;
			this.method = method;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
			HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri)
				.method(this.method.name(), (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
						: HttpRequest.BodyPublishers.noBody())
				.timeout(timeout());
			headers.forEach((name, values) -> {
				if (!RESTRICTED_HEADERS.contains(name)) {
					values.forEach((value) -> builder.header(name, value));
				}
			});
			try {
				return new Response(JdkSyncClientHttpRequestFactory.this.httpClient.send(builder.build(),
						HttpResponse.BodyHandlers.ofInputStream()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for the response", ex);
			}
		}

		/**
		 * The time left to the deadline of the call and a little more, or a fixed timeout
		 * outside one. Within a call the guard cuts the exchange off at the deadline, and so
		 * names it; the client's own timeout is only a backstop behind it.
		 */
		private Duration timeout() {
			Deadlines.Guard guard = Deadlines.Guard.current();
			return (guard != null) ? guard.remaining().plus(GUARD_BACKSTOP) : UNGUARDED_TIMEOUT;
		}

	}

	private static final class Response implements ClientHttpResponse {

		private final HttpResponse<InputStream> response;

		private @Nullable HttpHeaders headers;

		Response(HttpResponse<InputStream> response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.statusCode());
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			HttpHeaders result = this.headers;
			if (result == null) {
				HttpHeaders values = new HttpHeaders();
				for (Map.Entry<String, List<String>> header : this.response.headers().map().entrySet()) {
					values.addAll(header.getKey(), header.getValue());
				}
				result = HttpHeaders.readOnlyHttpHeaders(values);
				this.headers = result;
			}
			return result;
		}

		@Override
		public InputStream getBody() {
			return this.response.body();
		}

		@Override
		public void close() {
			try {
				this.response.body().close();
			}
			catch (IOException ex) {
				// Nothing left to release.
			}
		}

	}

}
