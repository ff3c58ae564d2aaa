package io.cratecloud.client.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudCredentialsProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds HTTP Basic authentication to every request of the API, with the credentials the
 * provider gives for that request, so that rotated credentials are used from the next
 * request on. The encoded header is kept while the provider keeps giving the same
 * credentials, and each new secret is {@link Redactor#remember remembered} before it is sent.
 */
public final class CredentialsInterceptor implements ClientHttpRequestInterceptor {

	private final CrateCloudCredentialsProvider provider;

	private final Redactor redactor;

	private volatile @Nullable Encoded last;

	/**
	 * Create an interceptor.
	 * @param provider where the credentials of each request come from
	 * @param redactor told of each secret before it is first sent
	 */
	public CredentialsInterceptor(CrateCloudCredentialsProvider provider, Redactor redactor) {
		this.provider = provider;
		this.redactor = redactor;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization());
		return execution.execute(request, body);
	}

	private String authorization() {
		CrateCloudCredentials credentials = this.provider.getCredentials();
		if (credentials == null) {
			throw new IllegalStateException(
					"The credentials provider " + this.provider.getClass().getName() + " returned no credentials");
		}
		Encoded encoded = this.last;
		if (encoded == null || !encoded.credentials().equals(credentials)) {
			this.redactor.remember(credentials);
			encoded = new Encoded(credentials, "Basic "
					+ HttpHeaders.encodeBasicAuth(credentials.apiKey(), credentials.apiSecret(), StandardCharsets.UTF_8));
			this.last = encoded;
		}
		return encoded.header();
	}

	private record Encoded(CrateCloudCredentials credentials, String header) {

		@Override
		public String toString() {
			return "Encoded[credentials=" + this.credentials + ", header=******]";
		}

	}

}
