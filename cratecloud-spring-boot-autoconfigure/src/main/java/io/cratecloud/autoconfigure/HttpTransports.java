package io.cratecloud.autoconfigure;

import java.time.Duration;

import io.cratecloud.client.HttpTransport;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsHttpClientBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkHttpClientBuilder;
import org.springframework.util.ClassUtils;

/**
 * Makes the client's {@link HttpTransport} on the HTTP library Boot picks
 * ({@code spring.http.clients.imperative.factory}, else the first on the class path), with
 * Boot's own builders of the native clients and its settings:
 * <ul>
 * <li>Apache HttpClient 5 and the JDK's client are given to the client as native clients, so
 * that it can cut off every call at its deadline. HttpClient 5 keeps no cookies and retries
 * nothing on its own: the service may set a {@code session} cookie that a client of API keys
 * must neither keep nor return, and its own retries of {@code 429} and {@code 503} would
 * multiply the attempts {@code cratecloud.retry.*} allows.</li>
 * <li>Any other library (Jetty, Reactor Netty, the JDK's {@code HttpURLConnection}) is given
 * as the request factory Boot builds, bounded only by its own timeouts.</li>
 * </ul>
 */
final class HttpTransports {

	/** How long to wait for a connection when neither the client's nor Boot's settings say. */
	static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder", HttpTransports.class.getClassLoader());

	private HttpTransports() {
	}

	static HttpTransport create(ClientHttpRequestFactoryBuilder<?> library, HttpClientSettings settings) {
		if (HTTP_COMPONENTS_PRESENT && library instanceof HttpComponentsClientHttpRequestFactoryBuilder) {
			return HttpComponents.create(settings);
		}
		if (library instanceof JdkClientHttpRequestFactoryBuilder) {
			return HttpTransport.jdk(new JdkHttpClientBuilder().build(settings));
		}
		return HttpTransport.requestFactory(library.build(settings));
	}

	private static final class HttpComponents {

		static HttpTransport create(HttpClientSettings settings) {
			return HttpTransport.httpComponents(new HttpComponentsHttpClientBuilder()
				.withCustomizer((httpClient) -> httpClient.disableCookieManagement().disableAutomaticRetries())
				.build(settings));
		}

	}

}
