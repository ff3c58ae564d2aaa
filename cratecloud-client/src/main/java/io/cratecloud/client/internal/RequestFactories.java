package io.cratecloud.client.internal;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

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
	 * @return for Spring's factory of Apache HttpClient 5, one on the same HttpClient whose
	 * requests can be cancelled; any other factory as it is
	 */
	public static ClientHttpRequestFactory cancellable(ClientHttpRequestFactory factory) {
		if (HTTP_COMPONENTS_PRESENT && factory.getClass() == HttpComponentsClientHttpRequestFactory.class) {
			return new CancellableHttpComponentsRequestFactory(
					((HttpComponentsClientHttpRequestFactory) factory).getHttpClient());
		}
		return factory;
	}

}
