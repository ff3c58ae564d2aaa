package io.cratecloud.client.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A request factory of the application's own whose requests fail with an
 * {@link IOException} wherever the factory throws a {@link RuntimeException} while it sends
 * one, so that the transport reports the failure as the transport failure it is, naming the
 * call; what the client's own interceptors throw before the request is sent passes as it is.
 */
final class FailingWithIOExceptionsRequestFactory implements ClientHttpRequestFactory {

	private final ClientHttpRequestFactory requestFactory;

	FailingWithIOExceptionsRequestFactory(ClientHttpRequestFactory requestFactory) {
		this.requestFactory = requestFactory;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		try {
			return new Request(this.requestFactory.createRequest(uri, httpMethod));
		}
		catch (RuntimeException ex) {
			throw asIOException(ex);
		}
	}

	private static IOException asIOException(RuntimeException ex) {
		return new IOException(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
	}

	private record Request(ClientHttpRequest request) implements ClientHttpRequest {

		@Override
		public ClientHttpResponse execute() throws IOException {
			try {
				return this.request.execute();
			}
			catch (RuntimeException ex) {
				throw asIOException(ex);
			}
		}

		@Override
		public OutputStream getBody() throws IOException {
			return this.request.getBody();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.request.getHeaders();
		}

		@Override
		public HttpMethod getMethod() {
			return this.request.getMethod();
		}

		@Override
		public URI getURI() {
			return this.request.getURI();
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.request.getAttributes();
		}

	}

}
