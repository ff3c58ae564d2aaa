package io.cratecloud.client.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.HttpTransport;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.HostileServer;
import io.cratecloud.testsupport.HostileServer.Reply;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.InterceptingClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How many requests a retried call sends when the server closes connections without a
 * reply, on each library, and that an {@link Error} inside an exchange is never wrapped.
 * <p>
 * The JDK client resends a {@code GET} (or {@code HEAD}) by itself, once per exchange, when
 * the connection is closed before any byte of the answer ({@code jdk.internal.net.http.MultiExchange},
 * {@code ConnectionExpiredException}): on JDK 17 whether the connection was a reused
 * keep-alive one or a new one. No setting of one client turns that off. The client does not
 * fight it: these tests pin the counts, at most one extra request per attempt and only for
 * {@code GET}, a reset connection included. HttpClient 5, with its own retries
 * disabled as Boot's factory and these tests have them, sends exactly the configured
 * attempts.
 */
class RetriedExchangeTests {

	private static final String PROJECT_ID = "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e";

	private static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String ME = "{\"uid\": \"6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11\", \"email\": \"ada@example.com\", "
			+ "\"name\": \"Ada Lovelace\", \"username\": \"ada\"}";

	private static final RetrySettings THREE_QUICK_ATTEMPTS = new RetrySettings(true, 3, Duration.ofMillis(10), 1.0,
			Duration.ofMillis(10));

	/** More idle keep-alive connections than any call below can use up. */
	private static final int POOLED_CONNECTIONS = 8;

	private final HostileServer server = HostileServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aGetOnReusedConnectionsThatCloseWithoutAReply(HttpLibrary library) throws Exception {
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(THREE_QUICK_ATTEMPTS).build();
		int requests = requestsWhenReusedConnectionsClose(client, (c) -> c.users().me());

		report(library, "GET, 3 attempts, reused connections", requests);
		// The JDK resends each attempt once, on another pooled connection: twice the attempts.
		assertThat(requests).isEqualTo((library == HttpLibrary.JDK) ? 6 : 3);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aGetWithRetriesDisabledOnReusedConnectionsThatCloseWithoutAReply(HttpLibrary library) throws Exception {
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(RetrySettings.disabled()).build();
		int requests = requestsWhenReusedConnectionsClose(client, (c) -> c.users().me());

		report(library, "GET, retries disabled, reused connections", requests);
		assertThat(requests).isEqualTo((library == HttpLibrary.JDK) ? 2 : 1);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aGetOnOneReusedConnectionThatClosesWithoutAReply(HttpLibrary library) {
		// One keep-alive connection: the JDK's resend of the first attempt goes out on a new
		// connection, and so does every later attempt, each resent once too.
		this.server.answer((request) -> (request.sequence() == 0 && request.connection() == 0) ? Reply.json(200, ME)
				: Reply.closeWithoutReply());
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(THREE_QUICK_ATTEMPTS).build();
		client.users().me();
		this.server.clearRequests();

		assertThatExceptionOfType(CrateCloudTransportException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("before a complete response arrived");
		int requests = this.server.requestCount();

		report(library, "GET, 3 attempts, one reused connection", requests);
		assertThat(requests).isEqualTo((library == HttpLibrary.JDK) ? 6 : 3);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aGetOnNewConnectionsThatCloseWithoutAReply(HttpLibrary library) {
		this.server.answer((request) -> Reply.closeWithoutReply());
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(THREE_QUICK_ATTEMPTS).build();

		assertThatExceptionOfType(CrateCloudTransportException.class).isThrownBy(() -> client.users().me());
		int requests = this.server.requestCount();

		report(library, "GET, 3 attempts, new connections", requests);
		assertThat(requests).isEqualTo((library == HttpLibrary.JDK) ? 6 : 3);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aGetOnConnectionsThatAreResetBeforeAReply(HttpLibrary library) {
		this.server.answer((request) -> Reply.reset());
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(THREE_QUICK_ATTEMPTS).build();

		assertThatExceptionOfType(CrateCloudTransportException.class).isThrownBy(() -> client.users().me());
		int requests = this.server.requestCount();

		report(library, "GET, 3 attempts, reset connections", requests);
		assertThat(requests).isEqualTo((library == HttpLibrary.JDK) ? 6 : 3);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aPutOnReusedConnectionsThatCloseWithoutAReplyIsSentOncePerAttempt(HttpLibrary library) throws Exception {
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(THREE_QUICK_ATTEMPTS).build();
		int requests = requestsWhenReusedConnectionsClose(client,
				(c) -> c.clusters().updateDeletionProtection(CLUSTER_ID, true));

		report(library, "PUT, 3 attempts, reused connections", requests);
		assertThat(requests).isEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aDeleteOnReusedConnectionsThatCloseWithoutAReplyIsSentOncePerAttempt(HttpLibrary library) throws Exception {
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(THREE_QUICK_ATTEMPTS).build();
		int requests = requestsWhenReusedConnectionsClose(client, (c) -> c.projects().delete(PROJECT_ID));

		report(library, "DELETE, 3 attempts, reused connections", requests);
		assertThat(requests).isEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aDeleteWithRetriesDisabledIsSentOnce(HttpLibrary library) throws Exception {
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(RetrySettings.disabled()).build();
		int requests = requestsWhenReusedConnectionsClose(client, (c) -> c.projects().delete(PROJECT_ID));

		report(library, "DELETE, retries disabled, reused connections", requests);
		assertThat(requests).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void anErrorInsideARetriedExchangeIsThrownAsItIs(HttpLibrary library) {
		this.server.answer((request) -> Reply.status(503));
		AtomicInteger calls = new AtomicInteger();
		ClientHttpRequestInterceptor failingOnTheSecondCall = (request, body, execution) -> {
			if (calls.incrementAndGet() == 1) {
				return execution.execute(request, body);
			}
			throw new ExchangeError();
		};
		ClientHttpRequestFactory onTheLibrary = (library == HttpLibrary.JDK)
				? RequestFactories.jdk(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build())
				: RequestFactories.httpComponents(HttpClients.custom().disableAutomaticRetries().build());
		CrateCloudClient client = CrateCloudClient.builder()
			.credentials(TestClients.credentials())
			.baseUrl(this.server.baseUrl())
			.transport(HttpTransport.requestFactory(
					new InterceptingClientHttpRequestFactory(onTheLibrary, List.of(failingOnTheSecondCall))))
			.retry(THREE_QUICK_ATTEMPTS)
			.build();

		assertThatExceptionOfType(ExchangeError.class).isThrownBy(() -> client.users().me());
		assertThat(calls.get()).as("the 503 was retried, the error was not").isEqualTo(2);
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	/**
	 * Fill the client's pool with idle keep-alive connections (parallel calls the server
	 * answers a little late, so that each takes a connection of its own), then have every
	 * later request's connection closed without a reply, and count the requests one call
	 * sends.
	 */
	private int requestsWhenReusedConnectionsClose(CrateCloudClient client, Consumer<CrateCloudClient> call)
			throws Exception {
		this.server.answer((request) -> Reply.json(200, ME).afterStall(Duration.ofMillis(300)));
		ExecutorService executor = Executors.newFixedThreadPool(POOLED_CONNECTIONS);
		try {
			List<Future<?>> warmUps = new ArrayList<>();
			for (int i = 0; i < POOLED_CONNECTIONS; i++) {
				warmUps.add(executor.submit(() -> client.users().me()));
			}
			for (Future<?> warmUp : warmUps) {
				warmUp.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		// HttpClient 5 keeps at most 5 connections to one server unless told otherwise; the JDK, one per call.
		assertThat(this.server.openConnections()).as("pooled keep-alive connections").isGreaterThanOrEqualTo(5);
		this.server.answer((request) -> Reply.closeWithoutReply());
		this.server.clearRequests();

		assertThatExceptionOfType(CrateCloudTransportException.class).isThrownBy(() -> call.accept(client))
			.withMessageContaining("before a complete response arrived");
		return this.server.requestCount();
	}

	private static void report(HttpLibrary library, String scenario, int requests) {
		System.out.println("[requests sent] " + library + ": " + scenario + ": " + requests);
	}

	private static final class ExchangeError extends Error {

		ExchangeError() {
			super("thrown inside the exchange");
		}

	}

}
