package io.cratecloud.client;

import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.hc.client5.http.impl.classic.HttpClients;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * The HTTP libraries the transport is tested on: the JDK's client and Apache HttpClient 5,
 * each handed to the builder as Spring Boot hands it, through Spring's request factory. (On
 * this module's class path, which has HttpClient 5, the builder's own default is HttpClient
 * 5.)
 */
public enum HttpLibrary {

	/** The JDK's {@code HttpClient}, through Spring's request factory, given to the builder. */
	JDK {

		@Override
		public CrateCloudClient.Builder builder(String baseUrl, Duration readTimeout) {
			return base(baseUrl).readTimeout(readTimeout).requestFactory(requestFactory(readTimeout));
		}

		@Override
		public ClientHttpRequestFactory requestFactory(Duration readTimeout) {
			JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(CrateCloudClient.DEFAULT_CONNECT_TIMEOUT)
				.build());
			factory.setReadTimeout(readTimeout);
			return factory;
		}

	},

	/** Apache HttpClient 5, through Spring's request factory, given to the builder. */
	HTTP_COMPONENTS {

		@Override
		public CrateCloudClient.Builder builder(String baseUrl, Duration readTimeout) {
			return base(baseUrl).readTimeout(readTimeout).requestFactory(requestFactory(readTimeout));
		}

		@Override
		public ClientHttpRequestFactory requestFactory(Duration readTimeout) {
			HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(
					HttpClients.custom()
						.disableAutomaticRetries()
						.disableCookieManagement()
						.disableRedirectHandling()
						.build());
			factory.setReadTimeout(readTimeout);
			return factory;
		}

	};

	/**
	 * A builder of a client of a server, with the test credentials, on this library.
	 * @param baseUrl the server's base URL
	 * @return the builder
	 */
	public CrateCloudClient.Builder builder(String baseUrl) {
		return builder(baseUrl, CrateCloudClient.DEFAULT_READ_TIMEOUT);
	}

	/**
	 * A builder of a client of a server, with the test credentials, on this library, with a
	 * read timeout (and so a default call timeout of the connect timeout plus it).
	 * @param baseUrl the server's base URL
	 * @param readTimeout the library's read timeout
	 * @return the builder
	 */
	public abstract CrateCloudClient.Builder builder(String baseUrl, Duration readTimeout);

	/**
	 * A request factory of this library, for a {@code RestClient.Builder} of a test's own.
	 * @param readTimeout the library's read timeout
	 * @return the factory
	 */
	public abstract ClientHttpRequestFactory requestFactory(Duration readTimeout);

	private static CrateCloudClient.Builder base(String baseUrl) {
		return CrateCloudClient.builder().credentials(TestClients.credentials()).baseUrl(baseUrl);
	}

}
