package io.cratecloud.autoconfigure;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.util.ClassUtils;

/**
 * Makes Apache HttpClient behave like the JDK client the CrateDB Cloud client is designed
 * around, when Boot picks it:
 * <ul>
 * <li>no cookies: the service may set a {@code session} cookie; a client authenticating
 * with API keys must neither keep nor return it. The JDK client keeps none unless told to;
 * Apache HttpClient keeps them by default.</li>
 * <li>no retries of its own: Apache HttpClient retries idempotent requests after a
 * {@code 429} or {@code 503} and after some I/O errors, which would multiply the attempts
 * {@code cratecloud.retry.*} allows and retry even when {@code cratecloud.retry.enabled}
 * is {@code false}. The client's own retries cover the same failures.</li>
 * </ul>
 */
final class HttpComponentsAdjustments {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder",
			HttpComponentsAdjustments.class.getClassLoader());

	private HttpComponentsAdjustments() {
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
				return httpComponents.withHttpClientCustomizer(
						(httpClient) -> httpClient.disableCookieManagement().disableAutomaticRetries());
			}
			return builder;
		}

	}

}
