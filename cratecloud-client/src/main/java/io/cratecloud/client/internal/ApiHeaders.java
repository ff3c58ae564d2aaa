package io.cratecloud.client.internal;

import java.nio.charset.StandardCharsets;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudCredentialsProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * The headers every request of the API carries: the client's {@code User-Agent}, the
 * {@code X-Region} it is scoped to, if any, and HTTP Basic authentication with the
 * credentials the provider gives for that request, so that rotated credentials are used from
 * the next request on. The encoded header is kept while the provider keeps giving the same
 * credentials, and each new secret is {@link Redactor#remember remembered} before it is sent.
 * <p>
 * Set on each request rather than as the {@code RestClient}'s default headers and an
 * interceptor: Spring merges default headers into a new {@code HttpHeaders} for every request,
 * and an interceptor wraps every request and copies its headers once more (4.1 KB of a small
 * call's 25.1 KB, measured by the benchmarks' {@code PairedOverhead}).
 */
public final class ApiHeaders {

	private final CrateCloudCredentialsProvider provider;

	private final Redactor redactor;

	private final @Nullable String region;

	private volatile @Nullable Encoded last;

	/**
	 * Create the headers.
	 * @param provider where the credentials of each request come from
	 * @param redactor told of each secret before it is first sent
	 * @param region the region to scope list calls to, sent as {@code X-Region}, or
	 * {@code null}
	 */
	public ApiHeaders(CrateCloudCredentialsProvider provider, Redactor redactor, @Nullable String region) {
		this.provider = provider;
		this.redactor = redactor;
		this.region = region;
	}

	/**
	 * Set the headers on a request of the API.
	 * @param request the request
	 */
	void applyTo(RestClient.RequestHeadersSpec<?> request) {
		request.header(HttpHeaders.USER_AGENT, CrateCloudClient.USER_AGENT);
		if (this.region != null) {
			request.header("X-Region", this.region);
		}
		request.header(HttpHeaders.AUTHORIZATION, authorization());
	}

	/**
	 * Set the headers of a request that is not the API's (a cluster's endpoint, a pre-signed
	 * URL): the {@code User-Agent} only.
	 * @param request the request
	 */
	static void applyUserAgentTo(RestClient.RequestHeadersSpec<?> request) {
		request.header(HttpHeaders.USER_AGENT, CrateCloudClient.USER_AGENT);
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

	@Override
	public String toString() {
		return "ApiHeaders[provider=" + this.provider.getClass().getName() + ", region=" + this.region + "]";
	}

	private record Encoded(CrateCloudCredentials credentials, String header) {

		@Override
		public String toString() {
			return "Encoded[credentials=" + this.credentials + ", header=******]";
		}

	}

}
