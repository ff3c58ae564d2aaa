package io.cratecloud.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The fake's routes, keyed by method and the OpenAPI document's path template.
 */
final class Routes {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^/{}]+)\\}");

	private final List<Route> routes = new ArrayList<>();

	Routes get(String template, Handler handler) {
		return add("GET", template, handler);
	}

	Routes head(String template, Handler handler) {
		return add("HEAD", template, handler);
	}

	Routes post(String template, Handler handler) {
		return add("POST", template, handler);
	}

	Routes put(String template, Handler handler) {
		return add("PUT", template, handler);
	}

	Routes patch(String template, Handler handler) {
		return add("PATCH", template, handler);
	}

	Routes delete(String template, Handler handler) {
		return add("DELETE", template, handler);
	}

	/**
	 * A {@code POST} route whose handler runs without the state's lock, taking it itself for
	 * what it reads of the state: for a route that waits on something else, such as a
	 * database, which must not hold up the fake's other requests meanwhile.
	 */
	Routes postUnlocked(String template, Handler handler) {
		return add("POST", template, handler, false);
	}

	private Routes add(String method, String template, Handler handler) {
		return add(method, template, handler, true);
	}

	private Routes add(String method, String template, Handler handler, boolean locked) {
		for (Route route : this.routes) {
			if (route.method.equals(method) && route.template.equals(template)) {
				throw new IllegalStateException(method + " " + template + " is registered twice");
			}
		}
		this.routes.add(new Route(method, template, handler, locked));
		// Literal paths win over templates that would also match them.
		this.routes.sort(Comparator.comparingInt((Route route) -> route.literalLength).reversed());
		return this;
	}

	/**
	 * Every registered operation as {@code METHOD template} (e.g.
	 * {@code GET /api/v2/projects/{project_id}/}), sorted, for measuring which of the
	 * document's operations the fake serves.
	 */
	List<String> operations() {
		return this.routes.stream().map((route) -> route.method + " " + route.template).sorted().toList();
	}

	/**
	 * Whether a route has the template, with the method when one is given.
	 */
	boolean has(@Nullable String method, String template) {
		return this.routes.stream()
			.anyMatch((route) -> route.template.equals(template)
					&& (method == null || route.method.equalsIgnoreCase(method)));
	}

	/**
	 * The route for a request, or {@code null} when no template matches the path.
	 * @throws FakeApiException 405 when a template matches but not for this method
	 */
	@Nullable Match match(String method, String rawPath) {
		boolean pathMatched = false;
		for (Route route : this.routes) {
			Matcher matcher = route.pattern.matcher(rawPath);
			if (matcher.matches()) {
				if (!route.method.equals(method)) {
					pathMatched = true;
					continue;
				}
				Map<String, String> variables = new LinkedHashMap<>();
				for (int i = 0; i < route.variables.size(); i++) {
					variables.put(route.variables.get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
				}
				return new Match(route, variables);
			}
		}
		if (pathMatched) {
			throw new FakeApiException(405, "Method not allowed.", null, Map.of());
		}
		return null;
	}

	/**
	 * Handles one request; runs under the state's lock, unless registered with
	 * {@link Routes#postUnlocked(String, Handler)}.
	 */
	@FunctionalInterface
	interface Handler {

		FakeResponse handle(FakeRequest request);

	}

	static final class Route {

		final String method;

		final String template;

		final Handler handler;

		final Pattern pattern;

		final List<String> variables = new ArrayList<>();

		final int literalLength;

		/** Whether the handler runs under the state's lock (and after the state caught up). */
		final boolean locked;

		Route(String method, String template, Handler handler, boolean locked) {
			this.method = method;
			this.template = template;
			this.handler = handler;
			this.locked = locked;
			StringBuilder regex = new StringBuilder();
			Matcher matcher = VARIABLE.matcher(template);
			int last = 0;
			while (matcher.find()) {
				regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
				this.variables.add(matcher.group(1));
				last = matcher.end();
			}
			regex.append(Pattern.quote(template.substring(last)));
			this.pattern = Pattern.compile(regex.toString());
			this.literalLength = VARIABLE.matcher(template).replaceAll("").length();
		}

	}

	record Match(Route route, Map<String, String> variables) {
	}

}
