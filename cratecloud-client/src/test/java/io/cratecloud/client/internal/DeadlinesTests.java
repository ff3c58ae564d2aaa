package io.cratecloud.client.internal;

import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.HttpTransport;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.testsupport.HostileServer;
import io.cratecloud.testsupport.HostileServer.Reply;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every exchange has one deadline, whatever the HTTP library and whatever the server does:
 * a server that stalls before its headers, stalls after them or dribbles its body holds no
 * caller past the call timeout, and the connection is dropped, not left to a thread.
 * <p>
 * No test measures time: the server would answer in full after its stall or dribble (30 s,
 * 60 s), so a call that ends in a {@link CrateCloudTimeoutException} was cut off at its
 * deadline, and the server sees the connection dropped.
 */
class DeadlinesTests {

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

	/** How soon the server must see the connection dropped once the call gave up. */
	private static final Duration DROPPED = Duration.ofSeconds(5);

	/** 120 bytes at 1 byte per 500 ms: a minute. */
	private static final String ME = "{\"uid\": \"6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11\", \"email\": \"ada@example.com\", "
			+ "\"name\": \"Ada Lovelace\", \"username\": \"ada\"}";

	private final HostileServer server = HostileServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aDribbledBodyIsCutOffAtTheCallTimeout(HttpLibrary library) {
		this.server.answer((request) -> Reply.json(200, ME).dribbled(1, Duration.ofMillis(500)));
		CrateCloudClient client = library.builder(this.server.baseUrl())
			.callTimeout(CALL_TIMEOUT)
			.retry(RetrySettings.disabled())
			.build();

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("GET /api/v2/users/me/")
			.withMessageContaining("did not complete within its call timeout of PT2S");
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connection was dropped").isTrue();
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aStallBeforeTheHeadersIsCutOffAtTheCallTimeout(HttpLibrary library) {
		this.server.answer((request) -> Reply.json(200, ME).afterStall(Duration.ofSeconds(30)));
		CrateCloudClient client = library.builder(this.server.baseUrl(), CALL_TIMEOUT)
			.retry(RetrySettings.disabled())
			.build();

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("did not complete within its call timeout of PT2S");
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connection was dropped").isTrue();
		assertThat(Thread.currentThread().isInterrupted()).as("the watchdog's interrupt is not left behind")
			.isFalse();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void withCallTimeoutBoundsEveryCallOfTheClientItMakes(HttpLibrary library) {
		this.server.answer((request) -> Reply.json(200, ME).afterStall(Duration.ofSeconds(30)));
		CrateCloudClient client = library.builder(this.server.baseUrl(), Duration.ofSeconds(20))
			.retry(RetrySettings.disabled())
			.build();
		CrateCloudClient quick = client.withCallTimeout(CALL_TIMEOUT);

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> quick.users().me())
			.withMessageContaining("its call timeout of PT2S");
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connection was dropped").isTrue();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aReadTimeoutThatFiresAfterTheHeadersIsATimeout(HttpLibrary library) {
		// HttpClient 5's read timeout fires in the blocked read (SocketTimeoutException); the JDK
		// client has none after the headers, so the call's deadline cuts the body off. Either
		// is a timeout.
		this.server.answer((request) -> Reply.json(200, ME).withStallAfterHeaders(Duration.ofSeconds(30)));
		HttpTransport transport = (library == HttpLibrary.JDK) ? library.transport()
				: HttpTransport.httpComponents(HttpClients.custom()
					.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
						.setDefaultConnectionConfig(
								ConnectionConfig.custom().setSocketTimeout(Timeout.ofSeconds(1)).build())
						.build())
					.disableAutomaticRetries()
					.build());
		CrateCloudClient client = library.builder(this.server.baseUrl(), Duration.ofSeconds(3))
			.transport(transport)
			.retry(RetrySettings.disabled())
			.build();

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("GET /api/v2/users/me/")
			.withMessageContaining((library == HttpLibrary.JDK) ? "did not complete within its call timeout of PT3S"
					: "timed out");
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connection was dropped").isTrue();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void theCallTimeoutBoundsTheWholeCallRetriesIncluded(HttpLibrary library) {
		this.server.answer((request) -> Reply.json(200, ME).dribbled(1, Duration.ofMillis(500)));
		CrateCloudClient client = library.builder(this.server.baseUrl(), Duration.ofSeconds(1))
			.retry(new RetrySettings(true, 3, Duration.ofMillis(10), 1.0, Duration.ofMillis(10)))
			.build();

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("did not complete within its call timeout of PT1S (retries included)");
		assertThat(this.server.requestCount()).as("no retry starts once the call's time is up").isEqualTo(1);
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connection was dropped").isTrue();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void anAttemptTimeoutLeavesTimeForRetriesWithinTheCallTimeout(HttpLibrary library) {
		this.server.answer((request) -> Reply.json(200, ME).dribbled(1, Duration.ofMillis(500)));
		CrateCloudClient client = library.builder(this.server.baseUrl(), Duration.ofSeconds(30))
			.attemptTimeout(Duration.ofMillis(500))
			.retry(new RetrySettings(true, 3, Duration.ofMillis(10), 1.0, Duration.ofMillis(10)))
			.build();

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("did not complete within its attempt timeout of PT0.5S");
		assertThat(this.server.requestCount()).as("each attempt cut off, then retried").isEqualTo(3);
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connections were dropped").isTrue();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aRetryWhoseDelayWouldPassTheCallTimeoutIsNotMade(HttpLibrary library) {
		this.server.answer((request) -> Reply.status(503));
		CrateCloudClient client = library.builder(this.server.baseUrl(), Duration.ofSeconds(2))
			.retry(new RetrySettings(true, 3, Duration.ofSeconds(5), 1.0, Duration.ofSeconds(5)))
			.build();

		assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(() -> client.users().me());
		assertThat(this.server.requestCount()).as("a 5 s delay does not fit in the 2 s call").isEqualTo(1);
	}

	@Test
	void aRequestCancelledBeforeItsConnectionWasMadeIsATimeout() {
		// HttpClient 5 cancelled between leasing a connection and connecting it throws
		// IllegalStateException ("Endpoint not acquired / already released"); this HttpClient's
		// requests fail that way once the watchdog cancels them.
		org.apache.hc.client5.http.classic.HttpClient cancelledBeforeConnecting = new CloseableHttpClient() {

			@Override
			protected CloseableHttpResponse doExecute(HttpHost target, ClassicHttpRequest request,
					HttpContext context) {
				HttpUriRequestBase cancellable = (HttpUriRequestBase) request;
				long waited = 0;
				while (!cancellable.isCancelled() && waited < 10_000) {
					sleep(10);
					waited += 10;
				}
				assertThat(cancellable.isCancelled()).as("cancelled by the watchdog").isTrue();
				throw new IllegalStateException("Endpoint not acquired / already released");
			}

			@Override
			public void close(CloseMode closeMode) {
			}

			@Override
			public void close() {
			}

		};
		CrateCloudClient client = CrateCloudClient.builder()
			.baseUrl(this.server.baseUrl())
			.credentials(new CrateCloudCredentials("made-up-key", "made-up-secret"))
			.transport(HttpTransport.httpComponents(cancelledBeforeConnecting))
			.callTimeout(Duration.ofMillis(300))
			.retry(RetrySettings.disabled())
			.build();

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("GET /api/v2/users/me/")
			.withMessageContaining("did not complete within its call timeout of PT0.3S (retries included) and was cut off")
			.withRootCauseInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRuntimeFailureOfTheHttpClientIsATransportFailure() {
		org.apache.hc.client5.http.impl.classic.CloseableHttpClient shutDown = HttpClients.createDefault();
		shutDown.close(CloseMode.IMMEDIATE);
		CrateCloudClient client = CrateCloudClient.builder()
			.baseUrl(this.server.baseUrl())
			.credentials(new CrateCloudCredentials("made-up-key", "made-up-secret"))
			.transport(HttpTransport.httpComponents(shutDown))
			.retry(RetrySettings.disabled())
			.build();

		assertThatExceptionOfType(CrateCloudTransportException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("GET /api/v2/users/me/ (/api/v2/users/me/) failed before a complete response arrived")
			.withRootCauseInstanceOf(IllegalStateException.class);
		assertThat(this.server.requestCount()).isZero();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
