package io.cratecloud.autoconfigure;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.util.ClassUtils;

/**
 * Keeps the client from storing cookies. The service may set a {@code session} cookie; a
 * client authenticating with API keys must neither keep nor return it. The JDK client keeps
 * none unless told to; Apache HttpClient keeps them by default.
 */
final class NoCookies {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder", NoCookies.class.getClassLoader());

	private NoCookies() {
	}

	static ClientHttpRequestFactoryBuilder<?> applyTo(ClientHttpRequestFactoryBuilder<?> builder) {
		if (HTTP_COMPONENTS_PRESENT) {
			return HttpComponents.applyTo(builder);
		}
		return builder;
	}

	private static final class HttpComponents {

		static ClientHttpRequestFactoryBuilder<?> applyTo(ClientHttpRequestFactoryBuilder<?> builder) {
			if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
				return httpComponents.withHttpClientCustomizer(HttpClientBuilder::disableCookieManagement);
			}
			return builder;
		}

	}

}
