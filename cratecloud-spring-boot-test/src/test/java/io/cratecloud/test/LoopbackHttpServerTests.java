package io.cratecloud.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cratecloud.test.LoopbackHttpServer.Request;
import io.cratecloud.test.LoopbackHttpServer.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fake's HTTP server on the wire, with raw sockets: what the HTTP clients the tests use
 * (the JDK's and Apache HttpClient 5) seldom or never send, such as chunked bodies,
 * {@code Expect: 100-continue}, HTTP/1.0 and requests it cannot read.
 */
class LoopbackHttpServerTests {

	private static final Instant NOW = Instant.parse("2024-02-29T13:14:15Z");

	private final LoopbackHttpServer server;

	LoopbackHttpServerTests() throws IOException {
		this.server = new LoopbackHttpServer(0, "loopback-test-", Clock.fixed(NOW, ZoneOffset.UTC), this::answer);
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void aChunkedBodyIsReadWholeWithItsExtensionsAndTrailersLeftOut() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "POST /echo?x=1 HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
					+ "5\r\nhello\r\n6;name=value\r\n world\r\n0\r\nX-Trailer: ignored\r\n\r\n");
			Answer answer = read(socket.getInputStream());
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo("POST /echo x=1 hello world");
			assertThat(answer.header("Content-Length")).isEqualTo("26");
		}
	}

	@Test
	void aClientThatExpectsContinueIsToldToSendItsBody() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "PUT /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
			Answer interim = read(socket.getInputStream());
			assertThat(interim.status()).isEqualTo(100);
			send(socket, "hello");
			assertThat(read(socket.getInputStream()).body()).isEqualTo("PUT /echo null hello");
		}
	}

	@Test
	void aConnectionServesRequestsUntilTheClientClosesIt() throws IOException {
		try (Socket socket = connect()) {
			InputStream in = socket.getInputStream();
			send(socket, "GET /echo HTTP/1.1\r\nHost: localhost\r\n\r\n");
			Answer first = read(in);
			assertThat(first.body()).isEqualTo("GET /echo null ");
			assertThat(first.header("Connection")).isNull();
			send(socket, "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
			Answer second = read(in);
			assertThat(second.body()).isEqualTo("POST /echo null abc");
			assertThat(second.header("Connection")).isEqualTo("close");
			assertThat(in.read()).isEqualTo(-1);
		}
	}

	@Test
	void anHttp10ClientGetsOneAnswerAConnection() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "GET /echo HTTP/1.0\r\n\r\n");
			Answer answer = read(socket.getInputStream());
			assertThat(answer.body()).isEqualTo("GET /echo null ");
			assertThat(answer.header("Connection")).isEqualTo("close");
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
	}

	@Test
	void headAndNoContentAnswersHaveNoBody() throws IOException {
		try (Socket socket = connect()) {
			InputStream in = socket.getInputStream();
			send(socket, "HEAD /echo HTTP/1.1\r\nHost: localhost\r\n\r\n");
			Answer head = read(in, false);
			assertThat(head.status()).isEqualTo(200);
			assertThat(head.header("Content-Length")).isEqualTo("0");
			send(socket, "DELETE /no-content HTTP/1.1\r\nHost: localhost\r\n\r\n");
			Answer noContent = read(in, false);
			assertThat(noContent.status()).isEqualTo(204);
			assertThat(noContent.header("Content-Length")).isNull();
			// Nothing was sent after either: the next answer follows at once.
			send(socket, "GET /echo HTTP/1.1\r\nHost: localhost\r\n\r\n");
			assertThat(read(in).body()).isEqualTo("GET /echo null ");
		}
	}

	@Test
	void everyAnswerIsDatedByTheClockUnlessTheHandlerDatesIt() throws IOException {
		try (Socket socket = connect()) {
			InputStream in = socket.getInputStream();
			send(socket, "GET /echo HTTP/1.1\r\nHost: localhost\r\n\r\n");
			assertThat(read(in).header("Date")).isEqualTo("Thu, 29 Feb 2024 13:14:15 GMT");
			send(socket, "GET /dated HTTP/1.1\r\nHost: localhost\r\n\r\n");
			assertThat(read(in).headers().get("date")).containsExactly("Mon, 01 Jan 2024 00:00:00 GMT");
		}
	}

	@Test
	void aRequestThatCannotBeReadIsABadRequestAndClosesTheConnection() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "NONSENSE\r\n\r\n");
			Answer answer = read(socket.getInputStream());
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.header("Date")).isEqualTo("Thu, 29 Feb 2024 13:14:15 GMT");
			assertThat(answer.header("Connection")).isEqualTo("close");
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
		try (Socket socket = connect()) {
			send(socket, "POST /echo HTTP/1.1\r\nContent-Length: lots\r\n\r\n");
			assertThat(read(socket.getInputStream()).status()).isEqualTo(400);
		}
	}

	@Test
	void noAnswerClosesTheConnectionWithNothingSent() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "GET /drop HTTP/1.1\r\nHost: localhost\r\n\r\n");
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
	}

	@Test
	void stoppingClosesOpenConnectionsAndRefusesNewOnes() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "GET /echo HTTP/1.1\r\nHost: localhost\r\n\r\n");
			read(socket.getInputStream());
			this.server.stop();
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
		assertThatExceptionOfType(ConnectException.class).isThrownBy(this::connect);
	}

	private @Nullable Response answer(Request request) {
		return switch (request.rawPath()) {
			case "/drop" -> null;
			case "/no-content" -> new Response(204, Map.of(), new byte[0]);
			case "/dated" -> new Response(200, Map.of("Date", "Mon, 01 Jan 2024 00:00:00 GMT"), new byte[0]);
			default -> new Response(200, Map.of("Content-Type", "text/plain"),
					(request.method() + " " + request.rawPath() + " " + request.rawQuery() + " "
							+ new String(request.body(), StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8));
		};
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.server.port());
		// A guard against a hang, not a measure: a broken server fails the test instead.
		socket.setSoTimeout(30_000);
		return socket;
	}

	private static void send(Socket socket, String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	private static Answer read(InputStream in) throws IOException {
		return read(in, true);
	}

	/**
	 * Reads an answer: its status line, headers and, if {@code withBody}, as many bytes of
	 * body as its {@code Content-Length} says.
	 */
	private static Answer read(InputStream in, boolean withBody) throws IOException {
		String statusLine = line(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String line = line(in); !line.isEmpty(); line = line(in)) {
			int colon = line.indexOf(':');
			headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), (name) -> new ArrayList<>())
				.add(line.substring(colon + 1).trim());
		}
		List<String> length = headers.get("content-length");
		byte[] body = (withBody && length != null) ? in.readNBytes(Integer.parseInt(length.get(0))) : new byte[0];
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int next;
		while ((next = in.read()) != '\n') {
			if (next < 0) {
				throw new IOException("Closed within a line: " + line);
			}
			line.write(next);
		}
		String text = line.toString(StandardCharsets.ISO_8859_1);
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
	}

	private record Answer(int status, Map<String, List<String>> headers, String body) {

		@Nullable String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null) ? values.get(0) : null;
		}

	}

}
