package io.cratecloud.test;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The fake's HTTP/1.1 server: plain sockets on loopback, one thread per connection,
 * persistent connections, request bodies of a {@code Content-Length} or chunked, and
 * {@code Expect: 100-continue}. Every answer has the {@code Date} of the fake's clock.
 * <p>
 * Not the JDK's {@code com.sun.net.httpserver}: it overwrites any {@code Date} header a handler
 * sets with the machine's time when it sends the headers, and it has no public way to keep
 * one. Clients read the service's {@code Date} as the time it accepted a change, to find the
 * operation the change started: on a manual clock set in the past, the machine's time would
 * hide every operation the fake creates. It also leaves Nagle's algorithm on unless a system
 * property, read once per JVM, says otherwise; here each connection turns it off.
 */
final class LoopbackHttpServer {

	/** IMF-fixdate, the form RFC 9110 asks a server to send a date in. */
	static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final int MAX_LINE = 16 * 1024;

	private static final int MAX_HEADERS = 256;

	private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

	/** Headers the server writes itself, from what it sends. */
	private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

	private final Handler handler;

	private final Clock clock;

	private final ServerSocket serverSocket;

	/** Read once: a closed socket no longer knows its port, and a fake still names its port. */
	private final int port;

	private final ExecutorService executor;

	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean stopped = new AtomicBoolean();

	/**
	 * Starts the server.
	 * @param port the port, {@code 0} for a free one
	 * @param threadNamePrefix how the server's threads are named, followed by a number
	 * @param clock the clock of the {@code Date} header of the answers the server makes up
	 * itself (to requests it cannot read)
	 * @param handler answers the requests
	 * @throws IOException if the port cannot be bound
	 */
	LoopbackHttpServer(int port, String threadNamePrefix, Clock clock, Handler handler) throws IOException {
		this.handler = handler;
		this.clock = clock;
		ServerSocket socket = new ServerSocket();
		try {
			// As the JDK's server channels do: a fake restarted on its port does not wait for
			// the connections of the last one to leave TIME_WAIT.
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		}
		catch (IOException ex) {
			closeQuietly(socket);
			throw ex;
		}
		this.serverSocket = socket;
		this.port = socket.getLocalPort();
		this.executor = Executors.newCachedThreadPool(new DaemonThreads(threadNamePrefix));
		this.executor.execute(this::acceptConnections);
	}

	int port() {
		return this.port;
	}

	/**
	 * Stops accepting connections and closes the open ones; requests still being handled end
	 * without an answer. Idempotent.
	 */
	void stop() {
		if (!this.stopped.compareAndSet(false, true)) {
			return;
		}
		closeQuietly(this.serverSocket);
		for (Socket connection : this.connections) {
			closeQuietly(connection);
		}
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void acceptConnections() {
		while (!this.stopped.get()) {
			Socket connection;
			try {
				connection = this.serverSocket.accept();
			}
			catch (IOException ex) {
				if (this.stopped.get() || this.serverSocket.isClosed()) {
					return;
				}
				// A connection that failed while it was accepted: take the next one.
				continue;
			}
			this.connections.add(connection);
			if (this.stopped.get()) {
				// Stopped while accepting it: stop() may have closed the others already.
				closeQuietly(connection);
				this.connections.remove(connection);
				return;
			}
			try {
				this.executor.execute(() -> serve(connection));
			}
			catch (RejectedExecutionException ex) {
				closeQuietly(connection);
				this.connections.remove(connection);
				return;
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			connection.setTcpNoDelay(true);
			InputStream in = new BufferedInputStream(connection.getInputStream());
			OutputStream out = new BufferedOutputStream(connection.getOutputStream());
			while (!this.stopped.get()) {
				Request request;
				try {
					request = readRequest(in, out);
				}
				catch (BadRequestException ex) {
					write(out, "GET", badRequest(ex.getMessage()), true);
					return;
				}
				if (request == null) {
					// The client closed the connection between two requests.
					return;
				}
				Response response = this.handler.handle(request);
				if (response == null) {
					// Closed with no answer at all: a dropped connection.
					return;
				}
				boolean close = request.closesConnection();
				write(out, request.method(), response, close);
				if (close) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// The client went away, or the server was stopped: no one to answer.
		}
		finally {
			this.connections.remove(connection);
		}
	}

	private @Nullable Request readRequest(InputStream in, OutputStream out) throws IOException {
		String line = readLine(in);
		// RFC 9112: a server ignores at least one empty line before the request line.
		while (line != null && line.isEmpty()) {
			line = readLine(in);
		}
		if (line == null) {
			return null;
		}
		String[] parts = line.split(" ", -1);
		if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
			throw new BadRequestException("Malformed request line");
		}
		String method = parts[0];
		String version = parts[2];
		URI target;
		try {
			target = new URI(parts[1]);
		}
		catch (URISyntaxException ex) {
			throw new BadRequestException("Malformed request target");
		}
		String rawPath = (target.getRawPath() != null && !target.getRawPath().isEmpty()) ? target.getRawPath() : "/";
		Map<String, List<String>> headers = readHeaders(in);
		byte[] body = readBody(in, out, version, headers);
		return new Request(method, rawPath, target.getRawQuery(), version, Collections.unmodifiableMap(headers), body);
	}

	private static Map<String, List<String>> readHeaders(InputStream in) throws IOException {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		String lastName = null;
		int count = 0;
		while (true) {
			String line = readLine(in);
			if (line == null) {
				throw new EOFException("Connection closed within the headers");
			}
			if (line.isEmpty()) {
				return headers;
			}
			if (++count > MAX_HEADERS) {
				throw new BadRequestException("Too many headers");
			}
			if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastName != null) {
				// An obsolete folded line continues the last header's value.
				List<String> values = headers.get(lastName);
				int last = values.size() - 1;
				values.set(last, values.get(last) + " " + line.trim());
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new BadRequestException("Malformed header line");
			}
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			headers.computeIfAbsent(name, (key) -> new ArrayList<>()).add(line.substring(colon + 1).trim());
			lastName = name;
		}
	}

	private static byte[] readBody(InputStream in, OutputStream out, String version,
			Map<String, List<String>> headers) throws IOException {
		boolean chunked = headers.getOrDefault("transfer-encoding", List.of())
			.stream()
			.anyMatch((value) -> value.toLowerCase(Locale.ROOT).contains("chunked"));
		long length = chunked ? -1 : contentLength(headers);
		if (!chunked && length == 0) {
			return new byte[0];
		}
		boolean expectsContinue = headers.getOrDefault("expect", List.of())
			.stream()
			.anyMatch((value) -> value.equalsIgnoreCase("100-continue"));
		if (expectsContinue && "HTTP/1.1".equals(version)) {
			out.write(CONTINUE);
			out.flush();
		}
		return chunked ? readChunked(in) : readExactly(in, length);
	}

	private static long contentLength(Map<String, List<String>> headers) throws BadRequestException {
		List<String> values = headers.get("content-length");
		if (values == null || values.isEmpty()) {
			return 0;
		}
		long length = -1;
		for (String value : values) {
			long parsed;
			try {
				parsed = Long.parseLong(value.trim());
			}
			catch (NumberFormatException ex) {
				throw new BadRequestException("Malformed Content-Length");
			}
			if (parsed < 0 || parsed > Integer.MAX_VALUE - 8 || (length >= 0 && parsed != length)) {
				throw new BadRequestException("Malformed Content-Length");
			}
			length = parsed;
		}
		return length;
	}

	private static byte[] readChunked(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String sizeLine = readLine(in);
			if (sizeLine == null) {
				throw new EOFException("Connection closed within a chunked body");
			}
			int extension = sizeLine.indexOf(';');
			String hex = ((extension >= 0) ? sizeLine.substring(0, extension) : sizeLine).trim();
			long size;
			try {
				size = Long.parseLong(hex, 16);
			}
			catch (NumberFormatException ex) {
				throw new BadRequestException("Malformed chunk size");
			}
			if (size < 0 || size > Integer.MAX_VALUE - 8 - body.size()) {
				throw new BadRequestException("Malformed chunk size");
			}
			if (size == 0) {
				// Trailers, if any, up to the empty line: nothing the fake reads.
				String trailer;
				do {
					trailer = readLine(in);
					if (trailer == null) {
						throw new EOFException("Connection closed within a chunked body");
					}
				}
				while (!trailer.isEmpty());
				return body.toByteArray();
			}
			body.write(readExactly(in, size));
			String end = readLine(in);
			if (end == null || !end.isEmpty()) {
				throw new BadRequestException("Malformed chunk");
			}
		}
	}

	private static byte[] readExactly(InputStream in, long length) throws IOException {
		byte[] bytes = in.readNBytes((int) length);
		if (bytes.length != length) {
			throw new EOFException("Connection closed within the body");
		}
		return bytes;
	}

	/**
	 * A line up to LF, without its CR LF.
	 * @return the line, or {@code null} if the stream ended before it started
	 */
	private static @Nullable String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(128);
		int next;
		while ((next = in.read()) != '\n') {
			if (next < 0) {
				if (line.size() == 0) {
					return null;
				}
				throw new EOFException("Connection closed within a line");
			}
			if (line.size() >= MAX_LINE) {
				throw new BadRequestException("Line too long");
			}
			line.write(next);
		}
		String text = line.toString(StandardCharsets.ISO_8859_1);
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
	}

	private void write(OutputStream out, String requestMethod, Response response, boolean close) throws IOException {
		int status = response.status();
		boolean noContentStatus = status < 200 || status == 204 || status == 304;
		boolean sendsBody = !noContentStatus && !"HEAD".equals(requestMethod);
		StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ")
			.append(status)
			.append(' ')
			.append(reason(status))
			.append("\r\n");
		boolean dated = false;
		for (Map.Entry<String, String> header : response.headers().entrySet()) {
			String name = header.getKey();
			String lowerCase = name.toLowerCase(Locale.ROOT);
			if (FRAMING.contains(lowerCase)) {
				continue;
			}
			dated |= lowerCase.equals("date");
			appendHeader(head, name, header.getValue());
		}
		if (!dated) {
			appendHeader(head, "Date", HTTP_DATE.format(this.clock.instant()));
		}
		// As the JDK's server did: no length for 1xx and 204, a length of 0 for HEAD and 304.
		if (status >= 200 && status != 204) {
			appendHeader(head, "Content-Length", Integer.toString(sendsBody ? response.body().length : 0));
		}
		if (close) {
			appendHeader(head, "Connection", "close");
		}
		head.append("\r\n");
		out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (sendsBody) {
			out.write(response.body());
		}
		out.flush();
	}

	private static void appendHeader(StringBuilder head, String name, String value) {
		if (name.isEmpty() || containsLineBreak(name) || containsLineBreak(value)) {
			throw new IllegalArgumentException("Not a header: " + name);
		}
		head.append(name).append(": ").append(value).append("\r\n");
	}

	private static boolean containsLineBreak(String text) {
		return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
	}

	private static Response badRequest(String message) {
		byte[] body = ("{\"message\":\"" + message + "\",\"success\":false}").getBytes(StandardCharsets.UTF_8);
		return new Response(400, Map.of("Content-Type", "application/json"), body);
	}

	private static String reason(int status) {
		return switch (status) {
			case 100 -> "Continue";
			case 200 -> "OK";
			case 201 -> "Created";
			case 202 -> "Accepted";
			case 204 -> "No Content";
			case 301 -> "Moved Permanently";
			case 302 -> "Found";
			case 303 -> "See Other";
			case 304 -> "Not Modified";
			case 307 -> "Temporary Redirect";
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 402 -> "Payment Required";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 405 -> "Method Not Allowed";
			case 409 -> "Conflict";
			case 410 -> "Gone";
			case 412 -> "Precondition Failed";
			case 413 -> "Content Too Large";
			case 415 -> "Unsupported Media Type";
			case 422 -> "Unprocessable Content";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 501 -> "Not Implemented";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Timeout";
			default -> "";
		};
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// Closing anyway.
		}
	}

	/**
	 * Answers a request.
	 */
	@FunctionalInterface
	interface Handler {

		/**
		 * Answers a request.
		 * @param request the request, its body read
		 * @return the answer, or {@code null} to close the connection without one
		 */
		@Nullable Response handle(Request request);

	}

	/**
	 * A request as it came.
	 *
	 * @param method the method, as sent
	 * @param rawPath the path, still encoded
	 * @param rawQuery the query, still encoded, or {@code null}
	 * @param version the protocol version, e.g. {@code HTTP/1.1}
	 * @param headers the headers, names in lower case
	 * @param body the body, empty if there was none
	 */
	record Request(String method, String rawPath, @Nullable String rawQuery, String version,
			Map<String, List<String>> headers, byte[] body) {

		/**
		 * Whether the client asked to close the connection after this exchange: an HTTP/1.0
		 * client unless it asked to keep it, or one that said {@code Connection: close}.
		 */
		boolean closesConnection() {
			List<String> tokens = this.headers.getOrDefault("connection", List.of())
				.stream()
				.flatMap((value) -> List.of(value.split(",")).stream())
				.map((token) -> token.trim().toLowerCase(Locale.ROOT))
				.toList();
			if (tokens.contains("close")) {
				return true;
			}
			return "HTTP/1.0".equals(this.version) && !tokens.contains("keep-alive");
		}

	}

	/**
	 * An answer.
	 *
	 * @param status the status
	 * @param headers the headers but {@code Content-Length}, {@code Transfer-Encoding} and
	 * {@code Connection}, which the server writes; a {@code Date} if the answer has its own
	 * @param body the body, empty for none
	 */
	record Response(int status, Map<String, String> headers, byte[] body) {
	}

	/**
	 * A request the server cannot read: answered with {@code 400}, and the connection closed.
	 */
	private static final class BadRequestException extends IOException {

		private static final long serialVersionUID = 1L;

		BadRequestException(String message) {
			super(message);
		}

	}

	private static final class DaemonThreads implements ThreadFactory {

		private final String prefix;

		private final AtomicInteger count = new AtomicInteger();

		DaemonThreads(String prefix) {
			this.prefix = prefix;
		}

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, this.prefix + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
