package io.cratecloud.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A small HTTP/1.1 server on a loopback port that answers as a hostile or broken server
 * would: it stalls before its headers, dribbles its body a few bytes at a time, streams
 * bodies far larger than any heap (generated as they are written, never held), sends gzip
 * bodies that inflate a thousandfold, closes or resets connections without a reply, and
 * sends whatever headers a test asks for. Plain JDK sockets, no library, loopback only.
 * <p>
 * It reads requests as a client sends them (keep-alive, {@code Content-Length} or chunked
 * bodies), records each one (method, target, headers, body, connection) and answers it
 * with the next {@link #enqueue(Reply...) queued} reply, or else with what the
 * {@link #answer(Function) router} returns for it. It also tells when the client closed a
 * connection, so that a test can show no client thread is left reading a stalled answer.
 * <p>
 * Every loop it runs is bounded (connections, requests per connection, header and body
 * sizes, the length of every stall) and {@link #close()} stops them all.
 */
public final class HostileServer implements AutoCloseable {

	/** The longest stall or dribble tick a reply may ask for. */
	public static final Duration MAX_STALL = Duration.ofMinutes(2);

	private static final int MAX_CONNECTIONS = 1_000;

	private static final int MAX_REQUESTS_PER_CONNECTION = 10_000;

	private static final int MAX_HEADER_BYTES = 64 * 1024;

	private static final int MAX_REQUEST_BODY = 16 * 1024 * 1024;

	private static final int IDLE_TIMEOUT_MILLIS = 120_000;

	private static final int WRITE_CHUNK = 64 * 1024;

	private static final long JOIN_MILLIS = 5_000;

	private final ServerSocket serverSocket;

	private final Thread acceptor;

	private final Object monitor = new Object();

	private final List<Connection> connections = new ArrayList<>();

	private final List<RecordedRequest> requests = new ArrayList<>();

	private final Deque<Reply> queue = new ArrayDeque<>();

	private volatile Function<RecordedRequest, Reply> router;

	private volatile boolean closed;

	private HostileServer(Function<RecordedRequest, Reply> router) throws IOException {
		this.router = router;
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		if (!this.serverSocket.getInetAddress().isLoopbackAddress()) {
			this.serverSocket.close();
			throw new IllegalStateException("HostileServer listens on loopback addresses only");
		}
		this.acceptor = new Thread(this::acceptLoop, "hostile-server-accept-" + this.serverSocket.getLocalPort());
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	/**
	 * Start a server that answers every request with {@code 404} until told otherwise.
	 * @return the running server
	 */
	public static HostileServer start() {
		return start((request) -> Reply.json(404, "{\"message\": \"Not found.\", \"success\": false}"));
	}

	/**
	 * Start a server.
	 * @param router the reply to every request that no queued reply answers
	 * @return the running server
	 */
	public static HostileServer start(Function<RecordedRequest, Reply> router) {
		Objects.requireNonNull(router, "router");
		try {
			return new HostileServer(router);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open a loopback port", ex);
		}
	}

	/**
	 * The base URL of the server, {@code http://127.0.0.1:<port>}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://" + this.serverSocket.getInetAddress().getHostAddress() + ":" + port();
	}

	/**
	 * The server's port.
	 * @return the port
	 */
	public int port() {
		return this.serverSocket.getLocalPort();
	}

	/**
	 * Answer every request that no queued reply answers with what the router returns.
	 * @param router the router
	 */
	public void answer(Function<RecordedRequest, Reply> router) {
		this.router = Objects.requireNonNull(router, "router");
	}

	/**
	 * Answer the next requests, in the order they arrive, with these replies, before the
	 * router answers again.
	 * @param replies the replies
	 */
	public void enqueue(Reply... replies) {
		synchronized (this.monitor) {
			this.queue.addAll(Arrays.asList(replies));
		}
	}

	/**
	 * The requests read so far, in the order they arrived.
	 * @return a snapshot of the requests
	 */
	public List<RecordedRequest> requests() {
		synchronized (this.monitor) {
			return List.copyOf(this.requests);
		}
	}

	/**
	 * How many requests were read so far.
	 * @return the count
	 */
	public int requestCount() {
		synchronized (this.monitor) {
			return this.requests.size();
		}
	}

	/**
	 * How many of the requests read so far match.
	 * @param filter which requests count
	 * @return the count
	 */
	public long count(Predicate<RecordedRequest> filter) {
		return requests().stream().filter(filter).count();
	}

	/**
	 * Forget the requests read so far (the connections and their states are kept).
	 */
	public void clearRequests() {
		synchronized (this.monitor) {
			this.requests.clear();
		}
	}

	/**
	 * How many connections were accepted so far.
	 * @return the count
	 */
	public int connectionCount() {
		synchronized (this.monitor) {
			return this.connections.size();
		}
	}

	/**
	 * How many connections are still open, as far as the server can tell.
	 * @return the count
	 */
	public int openConnections() {
		synchronized (this.monitor) {
			return (int) this.connections.stream().filter((connection) -> connection.closedBy == null).count();
		}
	}

	/**
	 * How many connections the client closed (or reset) while the server read from them or
	 * answered on them.
	 * @return the count
	 */
	public int connectionsClosedByClient() {
		synchronized (this.monitor) {
			return (int) this.connections.stream()
				.filter((connection) -> connection.closedBy == ClosedBy.CLIENT)
				.count();
		}
	}

	/**
	 * Wait until every connection accepted so far is closed, by either side: how a test
	 * sees that the client gave up on an answer, rather than leaving a thread reading it.
	 * @param timeout how long to wait at most
	 * @return whether every connection was closed in time
	 */
	public boolean awaitConnectionsClosed(Duration timeout) {
		return awaitUntil(() -> this.connections.stream().allMatch((connection) -> connection.closedBy != null),
				timeout);
	}

	/**
	 * Wait until at least a number of requests have been read.
	 * @param count the number of requests
	 * @param timeout how long to wait at most
	 * @return whether they arrived in time
	 */
	public boolean awaitRequests(int count, Duration timeout) {
		return awaitUntil(() -> this.requests.size() >= count, timeout);
	}

	/**
	 * Wait on the monitor until a condition over the recorded state holds.
	 */
	private boolean awaitUntil(BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			while (!condition.getAsBoolean()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					this.monitor.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

	/**
	 * Stop the server: close its port and every connection, and wait (a few seconds at
	 * most) for its threads to end.
	 */
	@Override
	public void close() {
		this.closed = true;
		closeQuietly(this.serverSocket);
		List<Connection> open;
		synchronized (this.monitor) {
			open = List.copyOf(this.connections);
			this.monitor.notifyAll();
		}
		for (Connection connection : open) {
			closeQuietly(connection.socket);
			connection.thread.interrupt();
		}
		join(this.acceptor);
		for (Connection connection : open) {
			join(connection.thread);
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join(JOIN_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void acceptLoop() {
		for (int accepted = 0; !this.closed && accepted < MAX_CONNECTIONS; accepted++) {
			Socket socket;
			try {
				socket = this.serverSocket.accept();
			}
			catch (IOException ex) {
				// Closed: the server stops.
				return;
			}
			if (!socket.getInetAddress().isLoopbackAddress()) {
				closeQuietly(socket);
				continue;
			}
			Connection connection = new Connection(accepted, socket);
			connection.thread = new Thread(() -> serve(connection),
					"hostile-server-" + port() + "-connection-" + accepted);
			connection.thread.setDaemon(true);
			synchronized (this.monitor) {
				if (this.closed) {
					closeQuietly(socket);
					return;
				}
				this.connections.add(connection);
				this.monitor.notifyAll();
			}
			connection.thread.start();
		}
	}

	private void serve(Connection connection) {
		Socket socket = connection.socket;
		try {
			socket.setTcpNoDelay(true);
			PushbackInputStream in = new PushbackInputStream(new java.io.BufferedInputStream(socket.getInputStream()),
					1);
			OutputStream out = socket.getOutputStream();
			for (int sequence = 0; sequence < MAX_REQUESTS_PER_CONNECTION && !this.closed; sequence++) {
				socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
				RecordedRequest request = readRequest(connection, sequence, in, out);
				if (request == null) {
					// The client closed an idle connection.
					connection.close(ClosedBy.CLIENT, this);
					return;
				}
				record(request);
				Reply reply = nextReply(request);
				if (!write(reply, request, connection, in, out)) {
					return;
				}
			}
			connection.close(ClosedBy.SERVER, this);
		}
		catch (SocketTimeoutException idle) {
			connection.close(ClosedBy.SERVER, this);
		}
		catch (IOException | RuntimeException ex) {
			// A reset, a broken pipe, or a socket the server closed itself.
			connection.close(this.closed ? ClosedBy.SERVER : ClosedBy.CLIENT, this);
		}
		finally {
			closeQuietly(socket);
			connection.close(ClosedBy.SERVER, this);
		}
	}

	private void record(RecordedRequest request) {
		synchronized (this.monitor) {
			this.requests.add(request);
			this.monitor.notifyAll();
		}
	}

	private Reply nextReply(RecordedRequest request) {
		Reply queued;
		synchronized (this.monitor) {
			queued = this.queue.poll();
		}
		if (queued != null) {
			return queued;
		}
		Reply routed = this.router.apply(request);
		return (routed != null) ? routed : Reply.status(500);
	}

	/**
	 * Write a reply.
	 * @return whether the connection stays open for another request
	 */
	private boolean write(Reply reply, RecordedRequest request, Connection connection, PushbackInputStream in,
			OutputStream out) throws IOException {
		Socket socket = connection.socket;
		if (!reply.stallBeforeHeaders.isZero() && waitOrClientClose(socket, in, reply.stallBeforeHeaders)) {
			connection.close(ClosedBy.CLIENT, this);
			return false;
		}
		switch (reply.action) {
			case CLOSE -> {
				connection.close(ClosedBy.SERVER, this);
				socket.close();
				return false;
			}
			case RESET -> {
				connection.close(ClosedBy.SERVER, this);
				socket.setSoLinger(true, 0);
				socket.close();
				return false;
			}
			default -> {
				// A reply.
			}
		}
		Body body = reply.wireBody();
		boolean headOnly = request.method().equals("HEAD") || reply.status == 204 || reply.status == 304
				|| (reply.status >= 100 && reply.status < 200);
		StringBuilder head = new StringBuilder();
		head.append("HTTP/1.1 ").append(reply.status).append(' ').append(reason(reply.status)).append("\r\n");
		boolean lengthGiven = false;
		for (String[] header : reply.headers) {
			head.append(header[0]).append(": ").append(header[1]).append("\r\n");
			lengthGiven |= header[0].equalsIgnoreCase("Content-Length");
		}
		if (!lengthGiven && !reply.omitContentLength && !(reply.status == 204 || reply.status == 304)) {
			head.append("Content-Length: ").append(body.length()).append("\r\n");
		}
		if (reply.closeAfter || reply.omitContentLength) {
			head.append("Connection: close\r\n");
		}
		head.append("\r\n");
		out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		if (!reply.stallAfterHeaders.isZero() && waitOrClientClose(socket, in, reply.stallAfterHeaders)) {
			connection.close(ClosedBy.CLIENT, this);
			return false;
		}
		if (!headOnly) {
			long limit = (reply.truncateAfter >= 0) ? Math.min(reply.truncateAfter, body.length()) : body.length();
			if (!body.writeTo(out, limit, reply.dribbleBytes, reply.dribbleTick,
					(tick) -> waitOrClientClose(socket, in, tick), () -> this.closed)) {
				connection.close(ClosedBy.CLIENT, this);
				return false;
			}
			out.flush();
			if (reply.truncateAfter >= 0) {
				connection.close(ClosedBy.SERVER, this);
				socket.close();
				return false;
			}
		}
		if (reply.closeAfter || reply.omitContentLength) {
			connection.close(ClosedBy.SERVER, this);
			socket.shutdownOutput();
			socket.close();
			return false;
		}
		return true;
	}

	/**
	 * Wait, watching the connection: reading from it shows when the client closes it (a
	 * client sends nothing while it waits for an answer).
	 * @return whether the client closed the connection meanwhile
	 */
	private boolean waitOrClientClose(Socket socket, PushbackInputStream in, Duration duration) throws IOException {
		Duration bounded = (duration.compareTo(MAX_STALL) > 0) ? MAX_STALL : duration;
		long deadline = System.nanoTime() + bounded.toNanos();
		boolean dataPending = false;
		while (!this.closed) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			long leftMillis = Math.max(1, left / 1_000_000);
			if (dataPending) {
				// The client sent more (a pipelined request): leave it for later and just wait.
				sleep(Math.min(leftMillis, 50));
				continue;
			}
			socket.setSoTimeout((int) Math.min(leftMillis, 200));
			try {
				int next = in.read();
				if (next < 0) {
					return true;
				}
				in.unread(next);
				dataPending = true;
			}
			catch (SocketTimeoutException stillOpen) {
				// The client is still waiting.
			}
		}
		return true;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private @Nullable RecordedRequest readRequest(Connection connection, int sequence, PushbackInputStream in,
			OutputStream out) throws IOException {
		int[] budget = { MAX_HEADER_BYTES };
		String requestLine = readLine(in, budget, true);
		// Tolerate the empty lines a client may send between requests.
		for (int i = 0; requestLine != null && requestLine.isEmpty() && i < 8; i++) {
			requestLine = readLine(in, budget, true);
		}
		if (requestLine == null) {
			return null;
		}
		String[] parts = requestLine.split(" ");
		if (parts.length != 3 || !parts[2].startsWith("HTTP/")) {
			throw new IOException("Not an HTTP request line: " + requestLine);
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 0; i < 1_000; i++) {
			String line = readLine(in, budget, false);
			if (line == null) {
				throw new EOFException("The connection ended in the headers");
			}
			if (line.isEmpty()) {
				break;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new IOException("Not a header: " + line);
			}
			headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), (name) -> new ArrayList<>())
				.add(line.substring(colon + 1).trim());
		}
		if (first(headers, "expect") != null && first(headers, "expect").equalsIgnoreCase("100-continue")) {
			out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
		}
		byte[] body = readBody(in, headers);
		Map<String, List<String>> frozen = new LinkedHashMap<>();
		headers.forEach((name, values) -> frozen.put(name, List.copyOf(values)));
		return new RecordedRequest(connection.id, sequence, parts[0], parts[1], Collections.unmodifiableMap(frozen),
				body);
	}

	private static byte[] readBody(InputStream in, Map<String, List<String>> headers) throws IOException {
		String transferEncoding = first(headers, "transfer-encoding");
		if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int[] budget = { MAX_HEADER_BYTES };
			for (int chunks = 0; chunks < 100_000; chunks++) {
				String sizeLine = readLine(in, budget, false);
				if (sizeLine == null) {
					throw new EOFException("The connection ended in a chunked body");
				}
				int semicolon = sizeLine.indexOf(';');
				long size = Long.parseLong(((semicolon >= 0) ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
				if (size == 0) {
					// Trailers, then the empty line.
					for (int i = 0; i < 100; i++) {
						String trailer = readLine(in, budget, false);
						if (trailer == null || trailer.isEmpty()) {
							break;
						}
					}
					return body.toByteArray();
				}
				if (body.size() + size > MAX_REQUEST_BODY) {
					throw new IOException("Request body over " + MAX_REQUEST_BODY + " bytes");
				}
				body.write(in.readNBytes((int) size));
				readLine(in, budget, false);
			}
			throw new IOException("Too many chunks");
		}
		String contentLength = first(headers, "content-length");
		if (contentLength == null) {
			return new byte[0];
		}
		long length = Long.parseLong(contentLength.trim());
		if (length < 0 || length > MAX_REQUEST_BODY) {
			throw new IOException("Request body of " + length + " bytes");
		}
		byte[] body = in.readNBytes((int) length);
		if (body.length < length) {
			throw new EOFException("The connection ended in the body");
		}
		return body;
	}

	private static @Nullable String first(Map<String, List<String>> headers, String name) {
		List<String> values = headers.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/**
	 * A line up to CRLF (or LF), or {@code null} at the end of the stream before any byte of
	 * it.
	 */
	private static @Nullable String readLine(InputStream in, int[] budget, boolean endAllowed) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int next = in.read();
			if (next < 0) {
				if (line.size() == 0 && endAllowed) {
					return null;
				}
				if (line.size() == 0) {
					return null;
				}
				throw new EOFException("The connection ended in a line");
			}
			if (--budget[0] < 0) {
				throw new IOException("Request head over " + MAX_HEADER_BYTES + " bytes");
			}
			if (next == '\n') {
				byte[] bytes = line.toByteArray();
				int length = (bytes.length > 0 && bytes[bytes.length - 1] == '\r') ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
			}
			line.write(next);
		}
	}

	private static String reason(int status) {
		return switch (status) {
			case 200 -> "OK";
			case 201 -> "Created";
			case 202 -> "Accepted";
			case 204 -> "No Content";
			case 301 -> "Moved Permanently";
			case 302 -> "Found";
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 409 -> "Conflict";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Timeout";
			default -> "Status";
		};
	}

	private static void closeQuietly(@Nullable AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Closing is all that is wanted.
		}
	}

	private enum ClosedBy {

		CLIENT, SERVER

	}

	private static final class Connection {

		private final int id;

		private final Socket socket;

		private Thread thread;

		private volatile @Nullable ClosedBy closedBy;

		Connection(int id, Socket socket) {
			this.id = id;
			this.socket = socket;
		}

		void close(ClosedBy by, HostileServer server) {
			synchronized (server.monitor) {
				if (this.closedBy == null) {
					this.closedBy = by;
				}
				server.monitor.notifyAll();
			}
		}

	}

	/**
	 * One request as the server read it.
	 *
	 * @param connection the number of the connection it came on, from 0
	 * @param sequence its number on that connection, from 0: above 0 on a reused connection
	 * @param method the method
	 * @param target the request target as sent: the raw path and query
	 * @param headers the headers, by lower-case name
	 * @param body the body, empty when there was none
	 */
	public record RecordedRequest(int connection, int sequence, String method, String target,
			Map<String, List<String>> headers, byte[] body) {

		/**
		 * The raw path, without the query.
		 * @return the path
		 */
		public String path() {
			int query = this.target.indexOf('?');
			return (query >= 0) ? this.target.substring(0, query) : this.target;
		}

		/**
		 * The raw query.
		 * @return the query, or {@code null} for none
		 */
		public @Nullable String query() {
			int query = this.target.indexOf('?');
			return (query >= 0) ? this.target.substring(query + 1) : null;
		}

		/**
		 * The values of a query parameter, as sent (still encoded).
		 * @param name the parameter's name
		 * @return the values, empty when it was not sent
		 */
		public List<String> queryParameter(String name) {
			String query = query();
			if (query == null) {
				return List.of();
			}
			List<String> values = new ArrayList<>();
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String key = (equals >= 0) ? pair.substring(0, equals) : pair;
				if (key.equals(name)) {
					values.add((equals >= 0) ? pair.substring(equals + 1) : "");
				}
			}
			return values;
		}

		/**
		 * The first value of a header.
		 * @param name the header's name, in any case
		 * @return the value, or {@code null} when it was not sent
		 */
		public @Nullable String header(String name) {
			return first(this.headers, name.toLowerCase(Locale.ROOT));
		}

		/**
		 * The body as UTF-8 text.
		 * @return the body
		 */
		public String bodyText() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return this.method + " " + this.target + " (connection " + this.connection + ", request " + this.sequence
					+ ")";
		}

	}

	/**
	 * What the server does with a request: a reply (status, headers, a body that may be
	 * generated, dribbled, gzipped, stalled or cut short), or a close or reset without one.
	 * Replies are immutable: each {@code with} method returns a new one.
	 */
	public static final class Reply {

		private enum Action {

			REPLY, CLOSE, RESET

		}

		private final Action action;

		private final int status;

		private final List<String[]> headers;

		private final Body body;

		private final Duration stallBeforeHeaders;

		private final Duration stallAfterHeaders;

		private final int dribbleBytes;

		private final Duration dribbleTick;

		private final long truncateAfter;

		private final boolean closeAfter;

		private final boolean omitContentLength;

		private Reply(Action action, int status, List<String[]> headers, Body body, Duration stallBeforeHeaders,
				Duration stallAfterHeaders, int dribbleBytes, Duration dribbleTick, long truncateAfter,
				boolean closeAfter, boolean omitContentLength) {
			this.action = action;
			this.status = status;
			this.headers = List.copyOf(headers);
			this.body = body;
			this.stallBeforeHeaders = stallBeforeHeaders;
			this.stallAfterHeaders = stallAfterHeaders;
			this.dribbleBytes = dribbleBytes;
			this.dribbleTick = dribbleTick;
			this.truncateAfter = truncateAfter;
			this.closeAfter = closeAfter;
			this.omitContentLength = omitContentLength;
		}

		/**
		 * A reply with a status, no headers and an empty body.
		 * @param status the status
		 * @return the reply
		 */
		public static Reply status(int status) {
			return new Reply(Action.REPLY, status, List.of(), Body.literal(new byte[0]), Duration.ZERO, Duration.ZERO,
					0, Duration.ZERO, -1, false, false);
		}

		/**
		 * A reply with a JSON body.
		 * @param status the status
		 * @param json the body
		 * @return the reply
		 */
		public static Reply json(int status, String json) {
			return status(status).withHeader("Content-Type", "application/json").withBody(json);
		}

		/**
		 * Close the connection as soon as the request is read, without a reply.
		 * @return the reply
		 */
		public static Reply closeWithoutReply() {
			return new Reply(Action.CLOSE, 0, List.of(), Body.literal(new byte[0]), Duration.ZERO, Duration.ZERO, 0,
					Duration.ZERO, -1, false, false);
		}

		/**
		 * Reset the connection as soon as the request is read ({@code SO_LINGER} 0: the
		 * client sees a TCP RST), without a reply.
		 * @return the reply
		 */
		public static Reply reset() {
			return new Reply(Action.RESET, 0, List.of(), Body.literal(new byte[0]), Duration.ZERO, Duration.ZERO, 0,
					Duration.ZERO, -1, false, false);
		}

		/**
		 * This reply with one more header, sent as it is: any name, any value, even a
		 * {@code Content-Length} that does not match the body.
		 * @param name the name
		 * @param value the value
		 * @return the new reply
		 */
		public Reply withHeader(String name, String value) {
			List<String[]> headers = new ArrayList<>(this.headers);
			headers.add(new String[] { name, value });
			return new Reply(this.action, this.status, headers, this.body, this.stallBeforeHeaders,
					this.stallAfterHeaders, this.dribbleBytes, this.dribbleTick, this.truncateAfter, this.closeAfter,
					this.omitContentLength);
		}

		/**
		 * This reply with a UTF-8 body.
		 * @param body the body
		 * @return the new reply
		 */
		public Reply withBody(String body) {
			return withBody(Body.literal(body.getBytes(StandardCharsets.UTF_8)));
		}

		/**
		 * This reply with a body generated as it is written, never held whole: a prefix,
		 * {@code fillLength} copies of one byte, and a suffix, such as a JSON string of 50
		 * MB or an HTML page of 300 MB.
		 * @param prefix what comes first
		 * @param fill the byte repeated
		 * @param fillLength how many times
		 * @param suffix what comes last
		 * @return the new reply
		 */
		public Reply withGeneratedBody(String prefix, char fill, long fillLength, String suffix) {
			return withBody(new Body(prefix.getBytes(StandardCharsets.UTF_8), (byte) fill, fillLength,
					suffix.getBytes(StandardCharsets.UTF_8), false));
		}

		/**
		 * This reply with a generated body (as {@link #withGeneratedBody}) sent gzip-compressed,
		 * with {@code Content-Encoding: gzip}: a few hundred kilobytes on the wire that inflate
		 * to the whole. It is compressed once, when first sent, and kept compressed.
		 * @param prefix what comes first
		 * @param fill the byte repeated
		 * @param fillLength how many times
		 * @param suffix what comes last
		 * @return the new reply
		 */
		public Reply withGzippedBody(String prefix, char fill, long fillLength, String suffix) {
			return withBody(new Body(prefix.getBytes(StandardCharsets.UTF_8), (byte) fill, fillLength,
					suffix.getBytes(StandardCharsets.UTF_8), true))
				.withHeader("Content-Encoding", "gzip");
		}

		private Reply withBody(Body body) {
			return new Reply(this.action, this.status, this.headers, body, this.stallBeforeHeaders,
					this.stallAfterHeaders, this.dribbleBytes, this.dribbleTick, this.truncateAfter, this.closeAfter,
					this.omitContentLength);
		}

		/**
		 * This reply, sent only after a stall: nothing at all is sent for that long (the
		 * server stops waiting early if the client closes the connection).
		 * @param stall how long, at most {@link HostileServer#MAX_STALL}
		 * @return the new reply
		 */
		public Reply afterStall(Duration stall) {
			return new Reply(this.action, this.status, this.headers, this.body, checkStall(stall),
					this.stallAfterHeaders, this.dribbleBytes, this.dribbleTick, this.truncateAfter, this.closeAfter,
					this.omitContentLength);
		}

		/**
		 * This reply with a stall between its headers and its body.
		 * @param stall how long, at most {@link HostileServer#MAX_STALL}
		 * @return the new reply
		 */
		public Reply withStallAfterHeaders(Duration stall) {
			return new Reply(this.action, this.status, this.headers, this.body, this.stallBeforeHeaders,
					checkStall(stall), this.dribbleBytes, this.dribbleTick, this.truncateAfter, this.closeAfter,
					this.omitContentLength);
		}

		/**
		 * This reply with its body dribbled: a few bytes, then a pause, and so on.
		 * @param bytes how many bytes per tick
		 * @param tick the pause, at most {@link HostileServer#MAX_STALL}
		 * @return the new reply
		 */
		public Reply dribbled(int bytes, Duration tick) {
			if (bytes <= 0) {
				throw new IllegalArgumentException("bytes must be positive");
			}
			return new Reply(this.action, this.status, this.headers, this.body, this.stallBeforeHeaders,
					this.stallAfterHeaders, bytes, checkStall(tick), this.truncateAfter, this.closeAfter,
					this.omitContentLength);
		}

		/**
		 * This reply cut short: its headers announce the whole body, but the connection is
		 * closed after this many bytes of it.
		 * @param bytes how many bytes of the body are sent
		 * @return the new reply
		 */
		public Reply truncatedAfter(long bytes) {
			return new Reply(this.action, this.status, this.headers, this.body, this.stallBeforeHeaders,
					this.stallAfterHeaders, this.dribbleBytes, this.dribbleTick, bytes, this.closeAfter,
					this.omitContentLength);
		}

		/**
		 * This reply, after which the server closes the connection ({@code Connection: close}).
		 * @return the new reply
		 */
		public Reply thenClose() {
			return new Reply(this.action, this.status, this.headers, this.body, this.stallBeforeHeaders,
					this.stallAfterHeaders, this.dribbleBytes, this.dribbleTick, this.truncateAfter, true,
					this.omitContentLength);
		}

		/**
		 * This reply without a {@code Content-Length}: its body ends when the server closes
		 * the connection.
		 * @return the new reply
		 */
		public Reply withoutContentLength() {
			return new Reply(this.action, this.status, this.headers, this.body, this.stallBeforeHeaders,
					this.stallAfterHeaders, this.dribbleBytes, this.dribbleTick, this.truncateAfter, this.closeAfter,
					true);
		}

		private static Duration checkStall(Duration stall) {
			if (stall.isNegative() || stall.compareTo(MAX_STALL) > 0) {
				throw new IllegalArgumentException("A stall must be between 0 and " + MAX_STALL + ", not " + stall);
			}
			return stall;
		}

		private Body wireBody() throws IOException {
			return this.body.onTheWire();
		}

		@Override
		public String toString() {
			return (this.action != Action.REPLY) ? this.action.toString()
					: this.status + " with " + this.body.length() + " bytes";
		}

	}

	/**
	 * A body: a prefix, a repeated byte and a suffix, written as it goes; compressed, when
	 * asked, once.
	 */
	private static final class Body {

		private final byte[] prefix;

		private final byte fill;

		private final long fillLength;

		private final byte[] suffix;

		private final boolean gzip;

		private final Object lock = new Object();

		private @Nullable Body compressed;

		Body(byte[] prefix, byte fill, long fillLength, byte[] suffix, boolean gzip) {
			if (fillLength < 0) {
				throw new IllegalArgumentException("fillLength must not be negative");
			}
			this.prefix = prefix;
			this.fill = fill;
			this.fillLength = fillLength;
			this.suffix = suffix;
			this.gzip = gzip;
		}

		static Body literal(byte[] bytes) {
			return new Body(bytes, (byte) 0, 0, new byte[0], false);
		}

		long length() {
			return this.prefix.length + this.fillLength + this.suffix.length;
		}

		Body onTheWire() throws IOException {
			if (!this.gzip) {
				return this;
			}
			synchronized (this.lock) {
				if (this.compressed == null) {
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, WRITE_CHUNK)) {
						new Body(this.prefix, this.fill, this.fillLength, this.suffix, false).writeTo(gzip,
								length(), 0, Duration.ZERO, (tick) -> false, () -> false);
					}
					this.compressed = literal(bytes.toByteArray());
				}
				return this.compressed;
			}
		}

		/**
		 * Write the first {@code limit} bytes, dribbled if asked.
		 * @return whether all were written; {@code false} when the client went away
		 */
		boolean writeTo(OutputStream out, long limit, int dribbleBytes, Duration tick, Pause pause,
				java.util.function.BooleanSupplier stopped) throws IOException {
			int chunk = (dribbleBytes > 0) ? dribbleBytes : WRITE_CHUNK;
			byte[] fillBlock = new byte[(int) Math.min(chunk, Math.max(1, this.fillLength))];
			Arrays.fill(fillBlock, this.fill);
			byte[] buffer = new byte[chunk];
			long position = 0;
			while (position < limit) {
				if (stopped.getAsBoolean()) {
					return false;
				}
				int length = (int) Math.min(chunk, limit - position);
				fill(buffer, position, length, fillBlock);
				out.write(buffer, 0, length);
				position += length;
				if (dribbleBytes > 0) {
					out.flush();
					if (position < limit && pause.waitAndSeeClientGone(tick)) {
						return false;
					}
				}
			}
			return true;
		}

		/** Copy the body's bytes from {@code position} on into the buffer. */
		private void fill(byte[] buffer, long position, int length, byte[] fillBlock) {
			int written = 0;
			while (written < length) {
				long at = position + written;
				if (at < this.prefix.length) {
					int count = (int) Math.min(length - written, this.prefix.length - at);
					System.arraycopy(this.prefix, (int) at, buffer, written, count);
					written += count;
				}
				else if (at < this.prefix.length + this.fillLength) {
					int count = (int) Math.min(Math.min(length - written, this.prefix.length + this.fillLength - at),
							fillBlock.length);
					System.arraycopy(fillBlock, 0, buffer, written, count);
					written += count;
				}
				else {
					int from = (int) (at - this.prefix.length - this.fillLength);
					int count = Math.min(length - written, this.suffix.length - from);
					System.arraycopy(this.suffix, from, buffer, written, count);
					written += count;
				}
			}
		}

	}

	@FunctionalInterface
	private interface Pause {

		boolean waitAndSeeClientGone(Duration tick) throws IOException;

	}

}
