package io.cratecloud.client.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * One request to the CrateDB Cloud API, described by the path template of the OpenAPI
 * document, its path variables, query parameters and body. Created by
 * {@link CrateCloudTransport}; path variables are checked before anything is sent, and every
 * value is encoded, so no value can change the path.
 */
public final class ApiRequest {

	private final CrateCloudTransport transport;

	private final HttpMethod method;

	private final String pathTemplate;

	private final Map<String, Object> uriVariables = new LinkedHashMap<>();

	private final List<String> queryTemplate = new ArrayList<>();

	private @Nullable Object body;

	private MediaType accept = MediaType.APPLICATION_JSON;

	private boolean redirectExpected;

	private final @Nullable URI target;

	/** Headers beside the client's defaults, name then value: a statement sends one or two. */
	private @Nullable List<String> headers;

	private @Nullable Boolean idempotent;

	private @Nullable ErrorReader errorReader;

	private @Nullable String observedOperation;

	ApiRequest(CrateCloudTransport transport, HttpMethod method, String pathTemplate) {
		this(transport, method, pathTemplate, null);
	}

	ApiRequest(CrateCloudTransport transport, HttpMethod method, String pathTemplate, @Nullable URI target) {
		this.transport = transport;
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.target = target;
	}

	/**
	 * Set a header of the request, beside the client's defaults.
	 * @param name the header's name
	 * @param value its value
	 * @return this request
	 */
	public ApiRequest header(String name, String value) {
		List<String> headers = this.headers;
		if (headers == null) {
			headers = new ArrayList<>(4);
			this.headers = headers;
		}
		headers.add(name);
		headers.add(value);
		return this;
	}

	/**
	 * Say whether the request may be sent again after a passing failure, in place of what
	 * its method says.
	 * @param idempotent whether running it twice does no harm
	 * @return this request
	 */
	public ApiRequest idempotent(boolean idempotent) {
		this.idempotent = idempotent;
		return this;
	}

	/**
	 * Read error answers with the given reader instead of the API's.
	 * @param errorReader the reader
	 * @return this request
	 */
	public ApiRequest errorReader(ErrorReader errorReader) {
		this.errorReader = errorReader;
		return this;
	}

	/**
	 * Name the operation the request's observation records, such as {@code SELECT}.
	 * @param operation the operation, never a value
	 * @return this request
	 */
	public ApiRequest observedOperation(String operation) {
		this.observedOperation = operation;
		return this;
	}

	/**
	 * Send the request and read its answer with the given reader.
	 * @param <T> the answer's type
	 * @param reader reads the answer's body
	 * @return what the reader read
	 */
	public <T> T retrieve(BodyReader<T> reader) {
		return this.transport.exchange(this, (response, mapper) -> {
			if (response.body().length == 0) {
				throw new ResponseReader.UnreadableBodyException("the body is empty where JSON was expected", null);
			}
			MediaType contentType = response.headers().getContentType();
			if (contentType != null && !ResponseReader.isJson(contentType)) {
				throw new ResponseReader.UnreadableBodyException("the body is " + contentType + ", not JSON", null);
			}
			try {
				return reader.read(response.body(), mapper);
			}
			catch (JacksonException ex) {
				// Jackson's message may quote the body: say that reading failed, not what was there.
				throw new ResponseReader.UnreadableBodyException("the body is not JSON of the expected shape", null);
			}
		});
	}

	/**
	 * Reads a successful answer's body.
	 *
	 * @param <T> what it reads
	 */
	@FunctionalInterface
	public interface BodyReader<T> {

		/**
		 * Read the body.
		 * @param body the body, whole
		 * @param mapper the client's JSON mapper
		 * @return what was read
		 * @throws JacksonException if the body is not what was expected
		 */
		T read(byte[] body, JsonMapper mapper);

	}

	/**
	 * Set a path variable of the template.
	 * @param name the variable's name in the template, such as {@code cluster_id}
	 * @param value its value, checked by {@link Arguments#pathSegment}
	 * @return this request
	 * @throws IllegalArgumentException if the value cannot stand in a path segment
	 */
	public ApiRequest pathVariable(String name, @Nullable Object value) {
		Assert.isTrue(this.pathTemplate.contains("{" + name + "}"),
				() -> "Path template " + this.pathTemplate + " has no variable " + name);
		this.uriVariables.put(name, Arguments.pathSegment((value != null) ? value.toString() : null, name));
		return this;
	}

	/**
	 * Add a query parameter, unless its value is {@code null}.
	 * @param name the parameter's name
	 * @param value its value, or {@code null} to leave the parameter out
	 * @return this request
	 */
	public ApiRequest query(String name, @Nullable Object value) {
		if (value != null) {
			String variable = "q" + this.queryTemplate.size();
			this.queryTemplate.add(name + "={" + variable + "}");
			this.uriVariables.put(variable, value.toString());
		}
		return this;
	}

	/**
	 * Add a query parameter once for each value, as the API does for repeatable filters.
	 * @param name the parameter's name
	 * @param values the values; {@code null} or empty leaves the parameter out
	 * @return this request
	 */
	public ApiRequest queryEach(String name, @Nullable Collection<?> values) {
		if (values != null) {
			values.forEach((value) -> query(name, value));
		}
		return this;
	}

	/**
	 * Set the JSON body of the request.
	 * @param body the body, written with the client's own JSON mapping
	 * @return this request
	 */
	public ApiRequest body(Object body) {
		this.body = body;
		return this;
	}

	/**
	 * Send the request and read the JSON response as the given type.
	 * @param <T> the response type
	 * @param type the response type
	 * @return the response
	 */
	public <T> T retrieve(Class<T> type) {
		return this.transport.exchange(this, ResponseReader.json(type));
	}

	/**
	 * Send the request and read the JSON response as the given generic type.
	 * @param <T> the response type
	 * @param type the response type, such as a {@code List} of a record
	 * @return the response
	 */
	public <T> T retrieve(ParameterizedTypeReference<T> type) {
		return this.transport.exchange(this, ResponseReader.json(type.getType()));
	}

	/**
	 * Send the request and read the JSON response as the given type, together with the
	 * response's status and date, for operations whose status or time carries meaning.
	 * @param <T> the response type
	 * @param type the response type
	 * @return the status, the response and its date
	 */
	public <T> ApiResponse<T> retrieveWithStatus(Class<T> type) {
		ResponseReader<T> json = ResponseReader.json(type);
		return this.transport.exchange(this, (response, mapper) -> new ApiResponse<>(response.status().value(),
				json.read(response, mapper), date(response.headers())));
	}

	private static @Nullable Instant date(HttpHeaders headers) {
		try {
			long date = headers.getDate();
			return (date >= 0) ? Instant.ofEpochMilli(date) : null;
		}
		catch (IllegalArgumentException ex) {
			// A date that cannot be read is no date.
			return null;
		}
	}

	/**
	 * Send the request and read the JSON response as the given generic type, for operations
	 * that answer {@code 204 No Content} when they have nothing to return.
	 * @param <T> the response type
	 * @param type the response type
	 * @param noContent what to return when the response has no body
	 * @return the response, or {@code noContent}
	 */
	public <T> T retrieve(ParameterizedTypeReference<T> type, T noContent) {
		ResponseReader<T> json = ResponseReader.json(type.getType());
		return this.transport.exchange(this,
				(response, mapper) -> (response.body().length == 0) ? noContent : json.read(response, mapper));
	}

	/**
	 * Send the request and read the response as text, for the few operations that answer
	 * with something other than JSON.
	 * @return the response body, empty when there was none
	 */
	public String retrieveText() {
		this.accept = MediaType.ALL;
		return this.transport.exchange(this, ResponseReader.text());
	}

	/**
	 * Send the request to an operation that answers with a redirect, and return where it
	 * points. Only for the few operations whose answer is a redirect by design; anywhere
	 * else a redirect is the gateway's answer to bad credentials.
	 * @return the {@code Location} of the redirect, resolved against the request's URI
	 * @throws io.cratecloud.client.CrateCloudUnexpectedResponseException if the answer is
	 * not a redirect with a {@code Location}
	 */
	public URI retrieveRedirect() {
		this.accept = MediaType.ALL;
		this.redirectExpected = true;
		return this.transport.exchange(this, ResponseReader.redirectLocation());
	}

	/**
	 * Send the request and ignore the response body, for operations that answer with
	 * {@code 204 No Content} or whose body carries nothing of use.
	 */
	public void execute() {
		this.transport.exchange(this, ResponseReader.discarding());
	}

	@Nullable URI target() {
		return this.target;
	}

	@Nullable List<String> headers() {
		return this.headers;
	}

	@Nullable Boolean idempotent() {
		return this.idempotent;
	}

	@Nullable ErrorReader errorReader() {
		return this.errorReader;
	}

	@Nullable String observedOperation() {
		return this.observedOperation;
	}

	HttpMethod method() {
		return this.method;
	}

	String pathTemplate() {
		return this.pathTemplate;
	}

	String uriTemplate() {
		return this.queryTemplate.isEmpty() ? this.pathTemplate
				: this.pathTemplate + "?" + String.join("&", this.queryTemplate);
	}

	Map<String, Object> uriVariables() {
		return this.uriVariables;
	}

	boolean redirectExpected() {
		return this.redirectExpected;
	}

	MediaType accept() {
		return this.accept;
	}

	@Nullable Object body() {
		return this.body;
	}

}
