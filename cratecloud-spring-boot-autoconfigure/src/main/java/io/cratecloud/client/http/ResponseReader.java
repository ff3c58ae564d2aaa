package io.cratecloud.client.http;

import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * Reads the body of a successful response.
 *
 * @param <T> the type read
 */
@FunctionalInterface
interface ResponseReader<T> {

	/**
	 * Read a successful response's body.
	 * @param body the body, empty when there was none
	 * @param contentType the response's content type, if it declared one
	 * @param mapper the client's JSON mapper
	 * @return the value read
	 * @throws UnreadableBodyException if the body is not what was expected
	 */
	T read(byte[] body, @Nullable MediaType contentType, JsonMapper mapper);

	static <T> ResponseReader<T> json(Type type) {
		return (body, contentType, mapper) -> {
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
				throw new UnreadableBodyException(
						"the body cannot be read as " + javaType.toCanonical() + ": " + ex.getOriginalMessage(), ex);
			}
		};
	}

	static ResponseReader<String> text() {
		return (body, contentType, mapper) -> {
			Charset charset = (contentType != null && contentType.getCharset() != null) ? contentType.getCharset()
					: StandardCharsets.UTF_8;
			return new String(body, charset);
		};
	}

	static ResponseReader<@Nullable Void> discarding() {
		return (body, contentType, mapper) -> null;
	}

	private static boolean isJson(MediaType contentType) {
		return MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| (contentType.getSubtypeSuffix() != null && contentType.getSubtypeSuffix().equals("json"));
	}

	/**
	 * A successful response whose body is not what the call expected.
	 */
	final class UnreadableBodyException extends RuntimeException {

		UnreadableBodyException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

}
