package io.cratecloud.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP side of the fake: a JDK {@link HttpServer} on loopback that records each exchange,
 * applies injected faults, checks credentials and hands the request to its route under the
 * state's lock.
 */
final class FakeServer {

	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	private static final String HTML_PAGE = """
			<!DOCTYPE html>
			<html><head><title>CrateDB Cloud</title></head>
			<body><h1>CrateDB Cloud</h1><p>Please sign in.</p></body></html>
			""";

	private final FakeState state;

	private final Routes routes;

	private final String apiKey;

	private final String apiSecret;

	private final UnauthenticatedResponse unauthenticatedResponse;

	private final List<FaultRule> faults = new ArrayList<>();

	private final List<RecordedExchange> exchanges = Collections.synchronizedList(new ArrayList<>());

	private final HttpServer server;

	/** Read once: a stopped server no longer knows its address, and a fake still names its port. */
	private final int port;

	private final ExecutorService executor;

	private final AtomicBoolean stopped = new AtomicBoolean();

	FakeServer(FakeState state, Routes routes, String apiKey, String apiSecret,
			UnauthenticatedResponse unauthenticatedResponse, int port) throws IOException {
		this.state = state;
		this.routes = routes;
		this.apiKey = apiKey;
		this.apiSecret = apiSecret;
		this.unauthenticatedResponse = unauthenticatedResponse;
		// The JDK server leaves Nagle's algorithm on, which with the client's delayed ACKs costs
		// about 40 ms per exchange; the property is read once, when the first server starts.
		if (System.getProperty(NO_DELAY) == null) {
			System.setProperty(NO_DELAY, "true");
		}
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		this.executor = Executors.newCachedThreadPool(new DaemonThreads());
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::exchange);
		this.server.start();
		this.port = this.server.getAddress().getPort();
	}

	int port() {
		return this.port;
	}

	void stop() {
		if (!this.stopped.compareAndSet(false, true)) {
			return;
		}
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	List<RecordedExchange> exchanges() {
		synchronized (this.exchanges) {
			return List.copyOf(this.exchanges);
		}
	}

	void clearExchanges() {
		this.exchanges.clear();
	}

	void addFault(@Nullable String method, @Nullable String template, int times, Fault fault) {
		synchronized (this.faults) {
			this.faults.add(new FaultRule(method, template, times, fault));
		}
	}

	void clearFaults() {
		synchronized (this.faults) {
			this.faults.clear();
		}
	}

	private void exchange(HttpExchange exchange) throws IOException {
		try {
			handle(exchange);
		}
		catch (RuntimeException | Error ex) {
			// A bug in a route must still answer, or the client would wait for its read timeout.
			respondSafely(exchange, ex);
		}
		finally {
			exchange.close();
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
		URI uri = exchange.getRequestURI();
		String rawPath = uri.getRawPath();
		String rawQuery = uri.getRawQuery();
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Recorder recorder = new Recorder(method, rawPath, rawQuery, exchange.getRequestHeaders(), body);
		Routes.Match match = null;
		FakeApiException methodNotAllowed = null;
		try {
			match = this.routes.match(method, rawPath);
		}
		catch (FakeApiException ex) {
			// Answered after the credentials are checked: the service tells nothing about its
			// paths to a caller it does not know.
			methodNotAllowed = ex;
		}
		String template = (match != null) ? match.route().template : null;
		Fault fault = takeFault(method, template);
		if (fault != null) {
			switch (fault.kind()) {
				case DELAY -> sleep(fault);
				case DROP_CONNECTION -> {
					recorder.record(0, new Headers(), new byte[0], template);
					// Closing an exchange before its headers are sent closes the connection.
					return;
				}
				case STATUS -> {
					send(exchange, recorder, FakeResponse.status(fault.status(), this.state.object()
						.put("message", "Injected fault: " + fault)
						.put("success", false)), template);
					return;
				}
				case TOO_MANY_REQUESTS -> {
					send(exchange, recorder, FakeResponse.status(429, this.state.object()
						.put("message", "Too many requests.")
						.put("success", false)).withHeader("Retry-After", Long.toString(fault.duration().toSeconds())),
							template);
					return;
				}
				case HTML -> {
					send(exchange, recorder, FakeResponse.text(fault.status(), "text/html; charset=utf-8", HTML_PAGE),
							template);
					return;
				}
			}
		}
		// Only the API wants credentials: pre-signed storage URLs the fake hands out (file
		// uploads and downloads) are used without them, as on the live service.
		if (rawPath.startsWith("/api/") && !authenticated(exchange.getRequestHeaders())) {
			send(exchange, recorder, unauthenticated(rawPath, rawQuery), template);
			return;
		}
		if (methodNotAllowed != null) {
			send(exchange, recorder, error(methodNotAllowed), null);
			return;
		}
		if (match == null) {
			send(exchange, recorder, error(FakeApiException.notFound()), null);
			return;
		}
		FakeResponse response;
		synchronized (this.state) {
			this.state.catchUp();
			try {
				// The recorded headers: the same, with the credentials masked, which no route needs.
				response = match.route().handler
					.handle(new FakeRequest(method, rawPath, match.variables(), query(rawQuery),
							recorder.requestHeaders, body, this.state.json));
			}
			catch (FakeApiException ex) {
				response = error(ex);
			}
		}
		send(exchange, recorder, response, template);
	}

	private boolean authenticated(Headers headers) {
		String authorization = headers.getFirst("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return false;
		}
		String key = decoded.substring(0, colon);
		String secret = decoded.substring(colon + 1);
		if (key.equals(this.apiKey) && secret.equals(this.apiSecret)) {
			return true;
		}
		synchronized (this.state) {
			ObjectNode apiKey = this.state.apiKeys.get(key);
			return apiKey != null && apiKey.path("active").asBoolean(true)
					&& secret.equals(this.state.apiKeySecrets.get(key));
		}
	}

	private FakeResponse unauthenticated(String rawPath, @Nullable String rawQuery) {
		if (this.unauthenticatedResponse == UnauthenticatedResponse.LOGIN_REDIRECT) {
			String requested = (rawQuery != null) ? rawPath + "?" + rawQuery : rawPath;
			return FakeResponse.empty(302)
				.withHeader("Location", "/?rd=" + URLEncoder.encode(requested, StandardCharsets.UTF_8));
		}
		return FakeResponse.status(401, this.state.object()
			.put("message", "Authentication required.")
			.put("success", false));
	}

	private FakeResponse error(FakeApiException ex) {
		ObjectNode body = this.state.object().put("message", ex.getMessage()).put("success", false);
		if (ex.errors() != null) {
			body.set("errors", this.state.json.valueToTree(ex.errors()));
		}
		ex.extra().forEach((key, value) -> body.set(key, this.state.json.valueToTree(value)));
		return FakeResponse.status(ex.status(), body);
	}

	private @Nullable Fault takeFault(String method, @Nullable String template) {
		synchronized (this.faults) {
			for (FaultRule rule : this.faults) {
				if (rule.matches(method, template)) {
					rule.remaining--;
					if (rule.remaining == 0) {
						this.faults.remove(rule);
					}
					return rule.fault;
				}
			}
			return null;
		}
	}

	private void send(HttpExchange exchange, Recorder recorder, FakeResponse response, @Nullable String template)
			throws IOException {
		byte[] bytes;
		Headers headers = exchange.getResponseHeaders();
		if (response.json() != null) {
			bytes = this.state.json.writeValueAsBytes(response.json());
			headers.set("Content-Type", "application/json");
		}
		else if (response.text() != null) {
			bytes = response.text().getBytes(StandardCharsets.UTF_8);
			headers.set("Content-Type", response.contentType());
		}
		else if (response.bytes() != null) {
			bytes = response.bytes();
			headers.set("Content-Type", response.contentType());
		}
		else {
			bytes = new byte[0];
		}
		response.headers().forEach(headers::set);
		recorder.record(response.status(), headers, bytes, template);
		boolean noBody = bytes.length == 0 || "HEAD".equals(recorder.method) || response.status() == 204;
		exchange.sendResponseHeaders(response.status(), noBody ? -1 : bytes.length);
		if (!noBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private void respondSafely(HttpExchange exchange, Throwable failure) {
		try {
			byte[] bytes = this.state.json.writeValueAsBytes(this.state.object()
				.put("message", "The fake failed: " + failure)
				.put("success", false));
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(500, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		catch (IOException | RuntimeException ex) {
			// Headers already sent or connection gone: nothing more to tell the client.
		}
	}

	private static void sleep(Fault fault) {
		try {
			Thread.sleep(fault.duration().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Map<String, List<String>> query(@Nullable String rawQuery) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return query;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			query.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return query;
	}

	private final class Recorder {

		final String method;

		private final String path;

		private final @Nullable String query;

		private final Map<String, List<String>> requestHeaders;

		private final byte[] requestBody;

		Recorder(String method, String path, @Nullable String query, Headers requestHeaders, byte[] requestBody) {
			this.method = method;
			this.path = path;
			this.query = query;
			this.requestHeaders = copy(requestHeaders);
			this.requestHeaders.computeIfPresent("authorization", (name, values) -> List.of("Basic ****"));
			this.requestBody = requestBody;
		}

		void record(int status, Headers responseHeaders, byte[] responseBody, @Nullable String template) {
			FakeServer.this.exchanges.add(new RecordedExchange(this.method, this.path, this.query,
					Collections.unmodifiableMap(this.requestHeaders), new String(this.requestBody, StandardCharsets.UTF_8),
					status, Collections.unmodifiableMap(copy(responseHeaders)),
					new String(responseBody, StandardCharsets.UTF_8), template));
		}

		private static Map<String, List<String>> copy(Headers headers) {
			Map<String, List<String>> copy = new LinkedHashMap<>();
			headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
			return copy;
		}

	}

	private static final class FaultRule {

		private final @Nullable String method;

		private final @Nullable String template;

		private final Fault fault;

		private int remaining;

		FaultRule(@Nullable String method, @Nullable String template, int times, Fault fault) {
			this.method = method;
			this.template = template;
			this.remaining = times;
			this.fault = fault;
		}

		boolean matches(String requestMethod, @Nullable String requestTemplate) {
			return (this.method == null || this.method.equalsIgnoreCase(requestMethod))
					&& (this.template == null || this.template.equals(requestTemplate));
		}

	}

	private static final class DaemonThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, "fake-cratecloud-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
