package io.cratecloud.client.internal;

import java.lang.reflect.Field;
import java.net.URI;
import java.time.Duration;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
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
		return factory;
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

		private static @Nullable Object read(HttpComponentsClientHttpRequestFactory factory, String name) {
			Field field = ReflectionUtils.findField(HttpComponentsClientHttpRequestFactory.class, name);
			if (field == null) {
				throw new IllegalStateException("No field " + name);
			}
			ReflectionUtils.makeAccessible(field);
			return ReflectionUtils.getField(field, factory);
		}

	}

}
