package io.cratecloud.client;

import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The HTTP libraries the transport is tested on: the JDK's client and Apache HttpClient 5,
 * each handed to the builder as a {@link HttpTransport}, as Spring Boot hands it. (On this
 * module's class path, which has HttpClient 5, the builder's own default is HttpClient 5.)
 */
public enum HttpLibrary {

	/** The JDK's {@code HttpClient}. */
	JDK {

		@Override
		public HttpTransport transport() {
			return HttpTransport.jdk(HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build());
		}

	},

	/** Apache HttpClient 5, set up as Spring Boot's auto-configuration sets it up. */
	HTTP_COMPONENTS {

		@Override
		public HttpTransport transport() {
			return HttpTransport.httpComponents(
					HttpClients.custom().disableAutomaticRetries().disableCookieManagement().build());
		}

	};

	/**
	 * A builder of a client of a server, with the test credentials, on this library.
	 * @param baseUrl the server's base URL
	 * @return the builder
	 */
	public CrateCloudClient.Builder builder(String baseUrl) {
		return builder(baseUrl, CrateCloudClient.DEFAULT_CALL_TIMEOUT);
	}

	/**
	 * A builder of a client of a server, with the test credentials, on this library, with a
	 * call timeout.
	 * @param baseUrl the server's base URL
	 * @param callTimeout how long a call may take, retries included
	 * @return the builder
	 */
	public CrateCloudClient.Builder builder(String baseUrl, Duration callTimeout) {
		return CrateCloudClient.builder()
			.credentials(TestClients.credentials())
			.baseUrl(baseUrl)
			.callTimeout(callTimeout)
			.transport(transport());
	}

	/**
	 * A transport on this library.
	 * @return a new transport
	 */
	public abstract HttpTransport transport();

}
