package io.cratecloud.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The HTTP library a {@link CrateCloudClient} sends its requests with, and its connections:
 * the client's one transport setting ({@link CrateCloudClient.Builder#transport}).
 * <p>
 * On Apache HttpClient 5 and on the JDK's {@link HttpClient}, the client enforces every
 * call's deadline itself: it cancels a request that is still waiting for its answer, and
 * cuts off an answer that dribbles in, whatever the server does. It also sends every request
 * without following redirects and without cookies, as the API needs (a redirect is the
 * gateway's answer to bad credentials). With {@link #requestFactory(ClientHttpRequestFactory)
 * a request factory of your own}, it cannot: such calls are bounded only by the factory's own
 * timeouts.
 * <p>
 * A transport is shared by the clients built with it and closed with {@link #close()}, which
 * closes the HTTP client it wraps.
 */
public final class HttpTransport implements AutoCloseable {

	/**
	 * The HTTP libraries a transport can wrap.
	 */
	enum Library {

		HTTP_COMPONENTS, JDK, REQUEST_FACTORY, DEFERRED

	}

	private final Library library;

	private final Object client;

	private HttpTransport(Library library, Object client) {
		this.library = library;
		this.client = client;
	}

	/**
	 * Send requests with Apache HttpClient 5, such as one Spring Boot's
	 * {@code HttpComponentsHttpClientBuilder} built. Redirects are not followed and cookies
	 * are neither kept nor sent, whatever the client's own configuration says; build it with
	 * {@code disableAutomaticRetries()}, or it retries some requests on its own, beyond the
	 * client's {@link RetrySettings}.
	 * @param httpClient the HTTP client
	 * @return the transport
	 * @throws IllegalArgumentException if the client is {@code null}
	 */
	public static HttpTransport httpComponents(org.apache.hc.client5.http.classic.HttpClient httpClient) {
		return new HttpTransport(Library.HTTP_COMPONENTS, Arguments.required(httpClient, "httpClient"));
	}

	/**
	 * Send requests with the JDK's {@link HttpClient}, synchronously.
	 * @param httpClient the HTTP client, which must follow no redirects
	 * ({@link HttpClient.Redirect#NEVER}) and keep no cookies (no cookie handler)
	 * @return the transport
	 * @throws IllegalArgumentException if the client is {@code null}, follows redirects or
	 * has a cookie handler
	 */
	public static HttpTransport jdk(HttpClient httpClient) {
		Arguments.required(httpClient, "httpClient");
		Arguments.check(httpClient.followRedirects() == HttpClient.Redirect.NEVER, "httpClient",
				"a client that follows no redirects (HttpClient.Redirect.NEVER): the API's gateway answers bad "
						+ "credentials with a redirect to the console's login page, not "
						+ httpClient.followRedirects());
		Arguments.check(httpClient.cookieHandler().isEmpty(), "httpClient",
				"a client without a cookie handler: a client authenticating with API keys must neither keep nor "
						+ "send the service's session cookie");
		return new HttpTransport(Library.JDK, httpClient);
	}

	/**
	 * Send requests through a request factory of your own, as they come: the escape hatch
	 * for any other HTTP library. The client cannot cancel such a request at its deadline,
	 * so a call is bounded only by the factory's own connect and read timeouts; the factory
	 * must follow no redirects and keep no cookies.
	 * @param requestFactory the request factory
	 * @return the transport
	 * @throws IllegalArgumentException if the factory is {@code null}
	 */
	public static HttpTransport requestFactory(ClientHttpRequestFactory requestFactory) {
		return new HttpTransport(Library.REQUEST_FACTORY, Arguments.required(requestFactory, "requestFactory"));
	}

	/**
	 * A transport built when the client sends its first request. An application that starts
	 * without calling the API then neither builds its HTTP client nor initializes TLS, which
	 * a cold JVM takes a quarter of a second to do; the first call pays it instead. The
	 * transport is built once, by the first request that needs it.
	 * @param creator builds the transport, any but another deferred one
	 * @return the transport
	 * @throws IllegalArgumentException if the creator is {@code null}
	 */
	public static HttpTransport deferred(Supplier<HttpTransport> creator) {
		return new HttpTransport(Library.DEFERRED, new Deferred(Arguments.required(creator, "creator")));
	}

	Library library() {
		return this.library;
	}

	Object client() {
		return this.client;
	}

	/**
	 * Close the HTTP client or request factory this transport wraps, if it can be closed,
	 * releasing its connections.
	 * @throws UncheckedIOException if closing it fails
	 */
	@Override
	public void close() {
		if (this.client instanceof Deferred deferred) {
			deferred.close();
			return;
		}
		try {
			if (this.client instanceof Closeable closeable) {
				closeable.close();
			}
			else if (this.client instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Closing the HTTP client of the CrateDB Cloud client failed", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Closing the HTTP client of the CrateDB Cloud client failed", ex);
		}
	}

	@Override
	public String toString() {
		if (this.client instanceof Deferred deferred) {
			return "HttpTransport[" + this.library + ", " + deferred + "]";
		}
		return "HttpTransport[" + this.library + ", " + this.client.getClass().getName() + "]";
	}

	/**
	 * The transport of {@link #deferred(Supplier)}, built by the first caller of
	 * {@link #get()}.
	 */
	static final class Deferred {

		private final Supplier<HttpTransport> creator;

		private @Nullable HttpTransport created;

		private boolean closed;

		private Deferred(Supplier<HttpTransport> creator) {
			this.creator = creator;
		}

		synchronized HttpTransport get() {
			if (this.closed) {
				throw new IllegalStateException("The HTTP transport of the CrateDB Cloud client is closed");
			}
			HttpTransport transport = this.created;
			if (transport == null) {
				transport = this.creator.get();
				if (transport == null || transport.library == Library.DEFERRED) {
					throw new IllegalStateException("A deferred HTTP transport must be built as a transport that is not"
							+ " deferred, but its creator gave " + transport);
				}
				this.created = transport;
			}
			return transport;
		}

		synchronized void close() {
			this.closed = true;
			if (this.created != null) {
				this.created.close();
			}
		}

		@Override
		public synchronized String toString() {
			return (this.created != null) ? this.created.toString() : "built on the first request";
		}

	}

}
