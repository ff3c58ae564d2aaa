package io.cratecloud.client.internal;

import java.io.IOException;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Spring's request factory for Apache HttpClient 5, with three differences the client
 * needs:
 * <ul>
 * <li>the {@link Deadlines deadline watchdog} can cancel its requests: HttpClient 5's reads
 * block without answering an interrupt, and its read timeout applies to each read, so only
 * cancelling the request stops a server that stalls before its headers or dribbles its
 * body;</li>
 * <li>every request follows no redirect and processes no cookie, whatever the HttpClient's
 * own configuration, since a redirect is the gateway's answer to bad credentials and a
 * client authenticating with API keys must not carry a session;</li>
 * <li>a {@link RuntimeException} the HttpClient throws while it executes a request (such as
 * "Connection pool shut down", or "Endpoint not acquired" once cancelled) is an
 * {@link IOException}, so that the transport reports it as the transport failure it is.</li>
 * </ul>
 */
final class CancellableHttpComponentsRequestFactory extends HttpComponentsClientHttpRequestFactory {

	CancellableHttpComponentsRequestFactory(HttpClient httpClient) {
		super(new FailingWithIOExceptions(httpClient));
	}

	@Override
	protected RequestConfig mergeRequestConfig(RequestConfig clientConfig) {
		return RequestConfig.copy(super.mergeRequestConfig(clientConfig))
			.setRedirectsEnabled(false)
			.setCookieSpec(StandardCookieSpec.IGNORE)
			.build();
	}

	@Override
	protected void postProcessHttpRequest(ClassicHttpRequest request) {
		Deadlines.Guard guard = Deadlines.Guard.current();
		if (guard != null && request instanceof HttpUriRequestBase cancellable) {
			guard.onDeadlineCancel(cancellable::cancel);
		}
	}

	/**
	 * The given HttpClient, whose runtime failures during a request are I/O failures.
	 */
	private static final class FailingWithIOExceptions extends CloseableHttpClient implements Configurable {

		private final HttpClient httpClient;

		FailingWithIOExceptions(HttpClient httpClient) {
			this.httpClient = httpClient;
		}

		@Override
		protected CloseableHttpResponse doExecute(@Nullable HttpHost target, ClassicHttpRequest request,
				@Nullable HttpContext context) throws IOException {
			try {
				return CloseableHttpResponse.adapt(this.httpClient.executeOpen(target, request, context));
			}
			catch (RuntimeException ex) {
				throw new IOException(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
			}
		}

		/**
		 * The HttpClient's own default request configuration, which each request starts from.
		 */
		@Override
		public RequestConfig getConfig() {
			RequestConfig config = (this.httpClient instanceof Configurable configurable) ? configurable.getConfig()
					: null;
			return (config != null) ? config : RequestConfig.DEFAULT;
		}

		@Override
		public void close(CloseMode closeMode) {
			if (this.httpClient instanceof CloseableHttpClient closeable) {
				closeable.close(closeMode);
			}
		}

		@Override
		public void close() throws IOException {
			if (this.httpClient instanceof java.io.Closeable closeable) {
				closeable.close();
			}
		}

	}

}
