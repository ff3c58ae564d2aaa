package io.cratecloud.client.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.testsupport.HostileServer;
import io.cratecloud.testsupport.HostileServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every exchange has one deadline, whatever the HTTP library and whatever the server does:
 * a server that stalls before its headers, stalls after them or dribbles its body holds no
 * caller past the call timeout, and the connection is dropped, not left to a thread.
 * <p>
 * The time bounds are generous upper bounds that prove the call did not hang: each is far
 * below what the server's behaviour would take (30 s or 60 s) and well above the timeout.
 */
class DeadlinesTests {

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

	/** Far below the 30 s a stall lasts or the 60 s a dribble takes. */
	private static final Duration NOT_HUNG = Duration.ofSeconds(10);

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

		long start = System.nanoTime();
		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("GET /api/v2/users/me/")
			.withMessageContaining("did not complete within its call timeout of PT2S");
		assertThat(elapsedSince(start)).isLessThan(NOT_HUNG);
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connection was dropped").isTrue();
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aStallBeforeTheHeadersIsCutOffAtTheCallTimeoutEvenWithALongerReadTimeout(HttpLibrary library) {
		this.server.answer((request) -> Reply.json(200, ME).afterStall(Duration.ofSeconds(30)));
		CrateCloudClient client = library.builder(this.server.baseUrl(), Duration.ofSeconds(20))
			.callTimeout(CALL_TIMEOUT)
			.retry(RetrySettings.disabled())
			.build();

		long start = System.nanoTime();
		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("did not complete within its call timeout of PT2S");
		assertThat(elapsedSince(start)).isLessThan(NOT_HUNG);
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

		long start = System.nanoTime();
		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> quick.users().me())
			.withMessageContaining("its call timeout of PT2S");
		assertThat(elapsedSince(start)).isLessThan(NOT_HUNG);
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connection was dropped").isTrue();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aReadTimeoutThatFiresAfterTheHeadersIsATimeout(HttpLibrary library) {
		// HttpClient 5's read timeout fires in the blocked read (SocketTimeoutException); the JDK
		// client's covers the wait for the headers only, so the call's deadline cuts the body
		// off. Either is a timeout.
		this.server.answer((request) -> Reply.json(200, ME).withStallAfterHeaders(Duration.ofSeconds(30)));
		CrateCloudClient client = library.builder(this.server.baseUrl(), Duration.ofSeconds(1))
			.callTimeout(Duration.ofSeconds(3))
			.retry(RetrySettings.disabled())
			.build();

		long start = System.nanoTime();
		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("GET /api/v2/users/me/")
			.withMessageContaining((library == HttpLibrary.JDK) ? "did not complete within its call timeout of PT3S"
					: "timed out");
		assertThat(elapsedSince(start)).isLessThan(NOT_HUNG);
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connection was dropped").isTrue();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void eachAttemptOfARetriedCallHasItsOwnDeadline(HttpLibrary library) {
		this.server.answer((request) -> Reply.json(200, ME).dribbled(1, Duration.ofMillis(500)));
		CrateCloudClient client = library.builder(this.server.baseUrl())
			.callTimeout(Duration.ofSeconds(1))
			.retry(new RetrySettings(true, 2, Duration.ofMillis(10), 1.0, Duration.ofMillis(10)))
			.build();

		long start = System.nanoTime();
		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me());
		assertThat(elapsedSince(start)).isLessThan(NOT_HUNG);
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(this.server.awaitConnectionsClosed(DROPPED)).as("the connections were dropped").isTrue();
	}

	@Test
	void aRequestCancelledBeforeItsConnectionWasMadeIsATimeout() {
		// HttpClient 5 cancelled between leasing a connection and connecting it throws
		// IllegalStateException ("Endpoint not acquired / already released"); this factory's
		// requests fail that way once the watchdog cancels them.
		ClientHttpRequestFactory cancelledBeforeConnecting = (uri, method) -> new AbstractClientHttpRequest() {

			@Override
			public HttpMethod getMethod() {
				return method;
			}

			@Override
			public URI getURI() {
				return uri;
			}

			@Override
			protected OutputStream getBodyInternal(HttpHeaders headers) {
				return OutputStream.nullOutputStream();
			}

			@Override
			protected ClientHttpResponse executeInternal(HttpHeaders headers) throws IOException {
				CountDownLatch cancelled = new CountDownLatch(1);
				Deadlines.Guard guard = Deadlines.Guard.current();
				assertThat(guard).as("the exchange is guarded").isNotNull();
				guard.onDeadlineCancel(cancelled::countDown);
				try {
					assertThat(cancelled.await(10, TimeUnit.SECONDS)).as("cancelled by the watchdog").isTrue();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				throw new IllegalStateException("Endpoint not acquired / already released");
			}

		};
		CrateCloudClient client = CrateCloudClient.builder()
			.baseUrl(this.server.baseUrl())
			.credentials(new CrateCloudCredentials("made-up-key", "made-up-secret"))
			.requestFactory(cancelledBeforeConnecting)
			.callTimeout(Duration.ofMillis(300))
			.retry(RetrySettings.disabled())
			.build();

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> client.users().me())
			.withMessageContaining("GET /api/v2/users/me/")
			.withMessageContaining("did not complete within its call timeout of PT0.3S and was cut off")
			.withCauseInstanceOf(IllegalStateException.class);
	}

	private static Duration elapsedSince(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
