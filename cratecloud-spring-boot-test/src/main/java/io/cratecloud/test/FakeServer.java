package io.cratecloud.test;

import java.io.IOException;
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
import java.util.TreeMap;

import io.cratecloud.test.LoopbackHttpServer.Request;
import io.cratecloud.test.LoopbackHttpServer.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP side of the fake: a {@link LoopbackHttpServer} that records each exchange, applies
 * injected faults, checks credentials and hands the request to its route under the state's
 * lock. Every answer carries the {@code Date} of the fake's clock, manual or not, as the
 * service's answers carry its own time.
 */
final class FakeServer {

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

	private final LoopbackHttpServer server;

	FakeServer(FakeState state, Routes routes, String apiKey, String apiSecret,
			UnauthenticatedResponse unauthenticatedResponse, int port) throws IOException {
		this.state = state;
		this.routes = routes;
		this.apiKey = apiKey;
		this.apiSecret = apiSecret;
		this.unauthenticatedResponse = unauthenticatedResponse;
		this.server = new LoopbackHttpServer(port, "fake-cratecloud-", state.clock, this::exchange);
	}

	int port() {
		return this.server.port();
	}

	void stop() {
		this.server.stop();
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

	/**
	 * Answers a request.
	 * @return the answer, or {@code null} to drop the connection
	 */
	private @Nullable Response exchange(Request request) {
		try {
			return handle(request);
		}
		catch (RuntimeException | Error ex) {
			// A bug in a route must still answer, or the client would wait for its read timeout.
			return failed(ex);
		}
	}

	private @Nullable Response handle(Request request) {
		String method = request.method().toUpperCase(Locale.ROOT);
		String rawPath = request.rawPath();
		String rawQuery = request.rawQuery();
		byte[] body = request.body();
		Recorder recorder = new Recorder(method, rawPath, rawQuery, request.headers(), body);
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
					recorder.record(0, Map.of(), new byte[0], template);
					// Closed before anything is sent: the connection ends with no answer.
					return null;
				}
				case STATUS -> {
					// In the error format of what the route stands for: a cluster's CrateDB, or the API.
					FakeResponse injected = ClusterSqlEndpoint.serves(template)
							? ClusterSqlEndpoint.injectedFault(this.state, fault)
							: FakeResponse.status(fault.status(), this.state.object()
								.put("message", "Injected fault: " + fault)
								.put("success", false));
					return send(recorder, injected, template);
				}
				case TOO_MANY_REQUESTS -> {
					return send(recorder, FakeResponse.status(429, this.state.object()
						.put("message", "Too many requests.")
						.put("success", false)).withHeader("Retry-After", Long.toString(fault.duration().toSeconds())),
							template);
				}
				case HTML -> {
					return send(recorder, FakeResponse.text(fault.status(), "text/html; charset=utf-8", HTML_PAGE),
							template);
				}
			}
		}
		// Only the API wants credentials: pre-signed storage URLs the fake hands out (file
		// uploads and downloads) are used without them, as on the live service.
		if (rawPath.startsWith("/api/") && !authenticated(request.headers())) {
			return send(recorder, unauthenticated(rawPath), template);
		}
		if (methodNotAllowed != null) {
			return send(recorder, error(methodNotAllowed), null);
		}
		if (match == null) {
			return send(recorder, error(FakeApiException.notFound()), null);
		}
		// With the credentials as sent, which the journal masks: a cluster's SQL endpoint reads
		// its token.
		FakeRequest fakeRequest = new FakeRequest(method, rawPath, match.variables(), query(rawQuery),
				Recorder.copy(request.headers()), body, this.state.json);
		FakeResponse response;
		if (!match.route().locked) {
			// The route takes the state's lock itself, for as long as it reads the state.
			response = handle(match.route(), fakeRequest);
		}
		else {
			synchronized (this.state) {
				this.state.catchUp();
				response = handle(match.route(), fakeRequest);
			}
		}
		return send(recorder, response, template);
	}

	private FakeResponse handle(Routes.Route route, FakeRequest request) {
		try {
			return route.handler.handle(request);
		}
		catch (FakeApiException ex) {
			return error(ex);
		}
	}

	private boolean authenticated(Map<String, List<String>> headers) {
		List<String> values = headers.get("authorization");
		String authorization = (values != null && !values.isEmpty()) ? values.get(0) : null;
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
			boolean valid = apiKey != null && apiKey.path("active").asBoolean(true)
					&& secret.equals(this.state.apiKeySecrets.get(key));
			if (valid) {
				// As the service records it, and the official CLI lists it.
				apiKey.put("last_used", this.state.timestamp());
			}
			return valid;
		}
	}

	private FakeResponse unauthenticated(String rawPath) {
		if (this.unauthenticatedResponse == UnauthenticatedResponse.LOGIN_REDIRECT) {
			// The bare path, as the gateway names it: the query is not carried over.
			return FakeResponse.empty(302)
				.withHeader("Location", "/?rd=" + URLEncoder.encode(rawPath, StandardCharsets.UTF_8));
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

	private Response send(Recorder recorder, FakeResponse response, @Nullable String template) {
		byte[] bytes;
		// Case-insensitive, as header names are: a route's Content-Type replaces the default.
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.put("Date", date());
		if (response.json() != null) {
			bytes = this.state.json.writeValueAsBytes(response.json());
			headers.put("Content-Type", "application/json");
		}
		else if (response.text() != null) {
			bytes = response.text().getBytes(StandardCharsets.UTF_8);
			headers.put("Content-Type", response.contentType());
		}
		else if (response.bytes() != null) {
			bytes = response.bytes();
			headers.put("Content-Type", response.contentType());
		}
		else {
			bytes = new byte[0];
		}
		headers.putAll(response.headers());
		recorder.record(response.status(), headers, bytes, template);
		return new Response(response.status(), headers, bytes);
	}

	private Response failed(Throwable failure) {
		byte[] bytes;
		try {
			bytes = this.state.json.writeValueAsBytes(this.state.object()
				.put("message", "The fake failed: " + failure)
				.put("success", false));
		}
		catch (RuntimeException ex) {
			bytes = "{\"message\":\"The fake failed\",\"success\":false}".getBytes(StandardCharsets.UTF_8);
		}
		return new Response(500, Map.of("Date", date(), "Content-Type", "application/json"), bytes);
	}

	/**
	 * The {@code Date} of an answer: the fake's clock, as the client takes the service's
	 * {@code Date} for the time it accepted a change.
	 */
	private String date() {
		return LoopbackHttpServer.HTTP_DATE.format(this.state.clock.instant());
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

		Recorder(String method, String path, @Nullable String query, Map<String, List<String>> requestHeaders,
				byte[] requestBody) {
			this.method = method;
			this.path = path;
			this.query = query;
			this.requestHeaders = copy(requestHeaders);
			// The scheme stays (Basic for the API, Bearer for a cluster's SQL endpoint).
			this.requestHeaders.computeIfPresent("authorization",
					(name, values) -> values.stream().map(Recorder::masked).toList());
			this.requestBody = requestBody;
		}

		void record(int status, Map<String, String> responseHeaders, byte[] responseBody, @Nullable String template) {
			FakeServer.this.exchanges.add(new RecordedExchange(this.method, this.path, this.query,
					Collections.unmodifiableMap(this.requestHeaders), new String(this.requestBody, StandardCharsets.UTF_8),
					status, Collections.unmodifiableMap(copyValues(responseHeaders)),
					new String(responseBody, StandardCharsets.UTF_8), template));
		}

		private static String masked(String authorization) {
			int space = authorization.indexOf(' ');
			return (space > 0) ? authorization.substring(0, space) + " ****" : "****";
		}

		private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
			Map<String, List<String>> copy = new LinkedHashMap<>();
			headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
			return copy;
		}

		private static Map<String, List<String>> copyValues(Map<String, String> headers) {
			Map<String, List<String>> copy = new LinkedHashMap<>();
			headers.forEach((name, value) -> copy.put(name.toLowerCase(Locale.ROOT), List.of(value)));
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

}
