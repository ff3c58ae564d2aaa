package io.cratecloud.client.internal;

import io.cratecloud.client.ApiCall;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Names calls that failures report without a request of their own: a wait's poll, an answer
 * read after the transport.
 */
public final class ApiCalls {

	private ApiCalls() {
	}

	/**
	 * The call of a path template with its variables, in the template's order, encoded as
	 * the transport encodes them.
	 * @param method the HTTP method
	 * @param pathTemplate the path template of the OpenAPI document
	 * @param variables the values of the template's variables, in order
	 * @return the call
	 */
	public static ApiCall of(HttpMethod method, String pathTemplate, Object... variables) {
		String path = UriComponentsBuilder.fromPath(pathTemplate).encode().buildAndExpand(variables).toUriString();
		return new ApiCall(method, pathTemplate, path);
	}

}
