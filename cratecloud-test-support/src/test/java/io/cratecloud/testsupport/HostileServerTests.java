package io.cratecloud.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import io.cratecloud.testsupport.HostileServer.RecordedRequest;
import io.cratecloud.testsupport.HostileServer.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hostile server itself, over raw sockets: what it sends is what the tests that use it
 * believe it sends.
 */
class HostileServerTests {

	@Test
	void itRecordsKeepAliveRequestsWithTheirHeadersAndBodies() throws IOException {
		try (HostileServer server = HostileServer.start((request) -> Reply.json(200, "{}"));
				Socket socket = new Socket("127.0.0.1", server.port())) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write(("PUT /a/b/?x=1&x=2 HTTP/1.1\r\nHost: here\r\nX-Test: yes\r\nContent-Length: 5\r\n\r\nhello"
					+ "GET /c/ HTTP/1.1\r\nHost: here\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			String answers = readAtLeast(socket.getInputStream(), 2 * "HTTP/1.1 200 OK".length(), "{}", 2);

			assertThat(answers).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Length: 2\r\n");
			assertThat(server.awaitRequests(2, Duration.ofSeconds(5))).isTrue();
			RecordedRequest put = server.requests().get(0);
			assertThat(put.method()).isEqualTo("PUT");
			assertThat(put.path()).isEqualTo("/a/b/");
			assertThat(put.queryParameter("x")).containsExactly("1", "2");
			assertThat(put.header("x-test")).isEqualTo("yes");
			assertThat(put.bodyText()).isEqualTo("hello");
			assertThat(put.sequence()).isZero();
			RecordedRequest get = server.requests().get(1);
			assertThat(get.sequence()).isEqualTo(1);
			assertThat(get.connection()).isEqualTo(put.connection());
		}
	}

	@Test
	void aGeneratedBodyHasItsLengthAndAGzippedOneInflatesToIt() throws IOException {
		long length = 3 * 1024 * 1024 + 17;
		try (HostileServer server = HostileServer.start((request) -> request.path().equals("/plain")
				? Reply.status(200).withGeneratedBody("[", 'x', length, "]")
				: Reply.status(200).withGzippedBody("[", 'x', length, "]"))) {
			byte[] plain = body(server, "/plain");
			byte[] gzipped = body(server, "/gzip");

			assertThat(plain).hasSize((int) length + 2);
			assertThat(plain[0]).isEqualTo((byte) '[');
			assertThat(plain[plain.length - 2]).isEqualTo((byte) 'x');
			assertThat(plain[plain.length - 1]).isEqualTo((byte) ']');
			assertThat(gzipped.length).isLessThan(100_000);
			byte[] inflated = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped)).readAllBytes();
			assertThat(inflated).isEqualTo(plain);
		}
	}

	@Test
	void itSeesAClientGiveUpOnAStall() throws IOException {
		try (HostileServer server = HostileServer.start((request) -> Reply.status(200).afterStall(Duration.ofSeconds(60)))) {
			try (Socket socket = new Socket("127.0.0.1", server.port())) {
				socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: here\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				assertThat(server.awaitRequests(1, Duration.ofSeconds(5))).isTrue();
			}
			assertThat(server.awaitConnectionsClosed(Duration.ofSeconds(5))).isTrue();
			assertThat(server.connectionsClosedByClient()).isEqualTo(1);
		}
	}

	@Test
	void aResetIsAReset() throws IOException {
		try (HostileServer server = HostileServer.start((request) -> Reply.reset());
				Socket socket = new Socket("127.0.0.1", server.port())) {
			socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: here\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			socket.setSoTimeout(5000);

			assertThatExceptionOfType(SocketException.class).isThrownBy(() -> socket.getInputStream().read())
				.withMessageContaining("reset");
		}
	}

	@Test
	void itListensOnLoopbackOnly() {
		try (HostileServer server = HostileServer.start()) {
			assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
		}
	}

	private static byte[] body(HostileServer server, String path) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", server.port())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: here\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
				head.write(in.read());
			}
			String headers = head.toString(StandardCharsets.ISO_8859_1);
			int start = headers.indexOf("Content-Length: ") + "Content-Length: ".length();
			int length = Integer.parseInt(headers.substring(start, headers.indexOf("\r\n", start)));
			return in.readNBytes(length);
		}
	}

	private static String readAtLeast(InputStream in, int minimum, String marker, int markers) throws IOException {
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		while (read.size() < minimum
				|| read.toString(StandardCharsets.ISO_8859_1).split(java.util.regex.Pattern.quote(marker), -1).length
						<= markers) {
			int count = in.read(buffer);
			if (count < 0) {
				break;
			}
			read.write(buffer, 0, count);
		}
		return read.toString(StandardCharsets.ISO_8859_1);
	}

}
