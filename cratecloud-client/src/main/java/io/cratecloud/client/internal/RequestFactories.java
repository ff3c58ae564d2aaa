package io.cratecloud.client.internal;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Adapts the request factories the client is given, so that the
 * {@link Deadlines deadline watchdog} can cut off their requests in any phase.
 */
public final class RequestFactories {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.classic.methods.HttpUriRequestBase", RequestFactories.class.getClassLoader());

	private RequestFactories() {
	}

	/**
	 * The factory to send the client's requests through.
	 * @param factory the factory the client was given
	 * @return for Spring's factory of Apache HttpClient 5, one on the same HttpClient, with
	 * the same read and connection request timeouts and context factory, whose requests can
	 * be cancelled; any other factory (or one whose settings cannot be carried over) as it is
	 */
	public static ClientHttpRequestFactory cancellable(ClientHttpRequestFactory factory) {
		if (HTTP_COMPONENTS_PRESENT && factory.getClass() == HttpComponentsClientHttpRequestFactory.class) {
			ClientHttpRequestFactory cancellable = HttpComponents.cancellable(
					(HttpComponentsClientHttpRequestFactory) factory);
			return (cancellable != null) ? cancellable : factory;
		}
		if (factory.getClass() == JdkClientHttpRequestFactory.class) {
			ClientHttpRequestFactory synchronous = synchronous((JdkClientHttpRequestFactory) factory);
			return (synchronous != null) ? synchronous : factory;
		}
		return factory;
	}

	/**
	 * The client's default: Apache HttpClient 5 when it is on the class path, set up as the
	 * client needs it (no redirects followed, no cookies kept, no retries of its own), else
	 * the JDK's client, sent synchronously.
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for each read of the answer
	 * @return the factory
	 */
	public static ClientHttpRequestFactory createDefault(Duration connectTimeout, Duration readTimeout) {
		if (HTTP_COMPONENTS_PRESENT) {
			return HttpComponents.createDefault(connectTimeout, readTimeout);
		}
		HttpClient httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(connectTimeout)
			.build();
		return new JdkSyncClientHttpRequestFactory(httpClient, readTimeout);
	}

	/**
	 * Spring's JDK factory on the same HttpClient, with the same read timeout, but sending
	 * synchronously: Spring's goes through {@code sendAsync(...).get()} on every call.
	 * @return the factory, or {@code null} if its settings cannot be read
	 */
	private static @Nullable ClientHttpRequestFactory synchronous(JdkClientHttpRequestFactory factory) {
		try {
			HttpClient httpClient = (HttpClient) read(JdkClientHttpRequestFactory.class, factory, "httpClient");
			Duration readTimeout = (Duration) read(JdkClientHttpRequestFactory.class, factory, "readTimeout");
			if (httpClient == null) {
				return null;
			}
			return new JdkSyncClientHttpRequestFactory(httpClient,
					(readTimeout != null) ? readTimeout : Duration.ofDays(1));
		}
		catch (RuntimeException ex) {
			// A field was renamed or is not accessible: the factory is used as it is.
			return null;
		}
	}

	private static @Nullable Object read(Class<?> type, Object target, String name) {
		Field field = ReflectionUtils.findField(type, name);
		if (field == null) {
			throw new IllegalStateException("No field " + name);
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, target);
	}

	private static final class HttpComponents {

		/**
		 * A cancellable factory with the given one's settings: Spring's factory has setters
		 * for them but no getters, so they are read from its fields.
		 * @return the factory, or {@code null} if the settings cannot be read, so that none
		 * of them is lost
		 */
		static @Nullable ClientHttpRequestFactory cancellable(HttpComponentsClientHttpRequestFactory factory) {
			try {
				long readTimeout = (long) read(factory, "readTimeout");
				long connectionRequestTimeout = (long) read(factory, "connectionRequestTimeout");
				@SuppressWarnings("unchecked")
				BiFunction<HttpMethod, URI, org.apache.hc.core5.http.protocol.HttpContext> contextFactory =
						(BiFunction<HttpMethod, URI, org.apache.hc.core5.http.protocol.HttpContext>) read(factory,
								"httpContextFactory");
				CancellableHttpComponentsRequestFactory cancellable = new CancellableHttpComponentsRequestFactory(
						factory.getHttpClient());
				if (readTimeout >= 0) {
					cancellable.setReadTimeout(Duration.ofMillis(readTimeout));
				}
				if (connectionRequestTimeout >= 0) {
					cancellable.setConnectionRequestTimeout(Duration.ofMillis(connectionRequestTimeout));
				}
				if (contextFactory != null) {
					cancellable.setHttpContextFactory(contextFactory);
				}
				return cancellable;
			}
			catch (RuntimeException ex) {
				// A field was renamed or is not accessible: the factory is used as it is.
				return null;
			}
		}

		static ClientHttpRequestFactory createDefault(Duration connectTimeout, Duration readTimeout) {
			org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager connections =
					org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
						.setDefaultConnectionConfig(org.apache.hc.client5.http.config.ConnectionConfig.custom()
							.setConnectTimeout(org.apache.hc.core5.util.Timeout.of(connectTimeout))
							.setSocketTimeout(org.apache.hc.core5.util.Timeout.of(readTimeout))
							.build())
						.build();
			org.apache.hc.client5.http.impl.classic.CloseableHttpClient httpClient =
					org.apache.hc.client5.http.impl.classic.HttpClients.custom()
						.setConnectionManager(connections)
						.disableRedirectHandling()
						.disableCookieManagement()
						.disableAutomaticRetries()
						.build();
			return new CancellableHttpComponentsRequestFactory(httpClient);
		}

		private static @Nullable Object read(HttpComponentsClientHttpRequestFactory factory, String name) {
			return RequestFactories.read(HttpComponentsClientHttpRequestFactory.class, factory, name);
		}

	}

}
