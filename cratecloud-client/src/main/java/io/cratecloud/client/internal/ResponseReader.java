package io.cratecloud.client.internal;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Reads the answer to a request that succeeded.
 *
 * @param <T> the type read
 */
@FunctionalInterface
interface ResponseReader<T> {

	/**
	 * Read a successful response.
	 * @param response the response, with its body read
	 * @param mapper the client's JSON mapper
	 * @return the value read
	 * @throws UnreadableBodyException if the response is not what was expected
	 */
	T read(Received response, JsonMapper mapper);

	static <T> ResponseReader<T> json(Type type) {
		return (response, mapper) -> {
			byte[] body = response.body();
			MediaType contentType = response.headers().getContentType();
			if (body.length == 0) {
				throw new UnreadableBodyException("the body is empty where JSON was expected", null);
			}
			if (contentType != null && !isJson(contentType)) {
				throw new UnreadableBodyException("the body is " + contentType + ", not JSON", null);
			}
			JavaType javaType = mapper.constructType(type);
			try {
				return mapper.readValue(body, javaType);
			}
			catch (JacksonException ex) {
				// Jackson's own message may quote a value of the body, which can be a new
				// secret (an API key's, a token): say where reading failed, never what was there.
				throw new UnreadableBodyException(
						"the body cannot be read as " + javaType.toCanonical() + where(ex), null);
			}
		};
	}

	static ResponseReader<String> text() {
		return (response, mapper) -> {
			MediaType contentType = response.headers().getContentType();
			Charset charset = (contentType != null && contentType.getCharset() != null) ? contentType.getCharset()
					: StandardCharsets.UTF_8;
			return new String(response.body(), charset);
		};
	}

	static ResponseReader<URI> redirectLocation() {
		return (response, mapper) -> {
			URI location = response.headers().getLocation();
			if (!response.status().is3xxRedirection() || location == null) {
				throw new UnreadableBodyException("a redirect with a Location was expected", null);
			}
			return response.requestUri().resolve(location);
		};
	}

	static ResponseReader<@Nullable Void> discarding() {
		return (response, mapper) -> null;
	}

	private static String where(JacksonException ex) {
		StringBuilder where = new StringBuilder();
		if (!ex.getPath().isEmpty()) {
			where.append(" at ").append(ex.getPathReference());
		}
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			where.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
				.append(")");
		}
		return where.toString();
	}

	static boolean isJson(@Nullable MediaType contentType) {
		if (contentType == null) {
			return false;
		}
		return MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| (contentType.getSubtypeSuffix() != null && contentType.getSubtypeSuffix().equals("json"));
	}

	/**
	 * A response as it came back, with its body read.
	 *
	 * @param status the status
	 * @param headers the headers
	 * @param body the body, empty when there was none
	 * @param requestUri the URI that was requested
	 */
	record Received(HttpStatusCode status, HttpHeaders headers, byte[] body, URI requestUri) {
	}

	/**
	 * A successful response that is not what the call expected.
	 */
	final class UnreadableBodyException extends RuntimeException {

		UnreadableBodyException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

}
