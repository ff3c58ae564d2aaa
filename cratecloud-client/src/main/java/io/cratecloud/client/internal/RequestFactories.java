package io.cratecloud.client.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * The request factories the client sends through, made from the HTTP client it was given:
 * each can be cut off by the {@link Deadlines deadline watchdog} in any phase of a request.
 * <p>
 * Internal: not part of the client's API.
 */
public final class RequestFactories {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.classic.methods.HttpUriRequestBase", RequestFactories.class.getClassLoader());

	/** How long the client's own default HTTP client waits for a connection. */
	private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private RequestFactories() {
	}

	/**
	 * A factory on Apache HttpClient 5 whose requests the watchdog can cancel, and which
	 * follow no redirects and carry no cookies, whatever the client's own configuration.
	 * @param httpClient an {@code org.apache.hc.client5.http.classic.HttpClient}
	 * @return the factory
	 */
	public static ClientHttpRequestFactory httpComponents(Object httpClient) {
		return new CancellableHttpComponentsRequestFactory(
				(org.apache.hc.client5.http.classic.HttpClient) httpClient);
	}

	/**
	 * A factory on the JDK's client that sends synchronously, each request's timeout being
	 * the time left to its deadline.
	 * @param httpClient the client
	 * @return the factory
	 */
	public static ClientHttpRequestFactory jdk(HttpClient httpClient) {
		return new JdkSyncClientHttpRequestFactory(httpClient);
	}

	/**
	 * A factory of the application's own, as it is but for its runtime failures while it
	 * sends a request, which become I/O failures.
	 * @param requestFactory the factory
	 * @return the factory
	 */
	public static ClientHttpRequestFactory ofApplication(ClientHttpRequestFactory requestFactory) {
		return new FailingWithIOExceptionsRequestFactory(requestFactory);
	}

	/**
	 * The client's default: Apache HttpClient 5 when it is on the class path, else the JDK's
	 * client; either connects within 5 seconds, follows no redirects, keeps no cookies and
	 * retries nothing on its own.
	 * @return the factory
	 */
	/**
	 * A request factory built by the first request that needs it.
	 * @param creator builds the factory
	 * @return the factory
	 */
	public static ClientHttpRequestFactory deferred(Supplier<ClientHttpRequestFactory> creator) {
		return new DeferredRequestFactory(creator);
	}

	public static ClientHttpRequestFactory createDefault() {
		if (HTTP_COMPONENTS_PRESENT) {
			return HttpComponents.createDefault();
		}
		return jdk(HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(DEFAULT_CONNECT_TIMEOUT)
			.build());
	}

	private static final class HttpComponents {

		static ClientHttpRequestFactory createDefault() {
			org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager connections =
					org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
						.setDefaultConnectionConfig(org.apache.hc.client5.http.config.ConnectionConfig.custom()
							.setConnectTimeout(org.apache.hc.core5.util.Timeout.of(DEFAULT_CONNECT_TIMEOUT))
							.build())
						.build();
			return httpComponents(org.apache.hc.client5.http.impl.classic.HttpClients.custom()
				.setConnectionManager(connections)
				.disableRedirectHandling()
				.disableCookieManagement()
				.disableAutomaticRetries()
				.build());
		}

	}

}
