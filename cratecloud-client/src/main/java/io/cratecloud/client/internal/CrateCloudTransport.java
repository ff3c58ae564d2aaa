package io.cratecloud.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.observation.RetryObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The HTTP layer every resource client shares: sends {@link ApiRequest}s through one
 * {@link RestClient}, reads bodies with the client's own JSON mapping, turns every failure
 * into a {@link CrateCloudException} and retries idempotent requests as the
 * {@link RetrySettings} say, observing each retry as {@code cratecloud.client.retries}.
 * <p>
 * The transport expands the document's templates into URIs under the base URL itself, every
 * variable encoded strictly ({@link ApiUris}); the {@code RestClient} is expected to carry
 * authentication and default headers, {@link ApiObservationConvention}, and a request factory
 * that follows no redirects; {@link io.cratecloud.client.CrateCloudClient} builds it so.
 * <p>
 * Internal: not part of the client's API.
 */
public final class CrateCloudTransport {

	/** The JDK client's response body stream, as its stack frames name it. */
	private static final String JDK_RESPONSE_STREAM = "jdk.internal.net.http.ResponseSubscribers$HttpResponseInputStream";

	private static final Set<HttpMethod> IDEMPOTENT_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD,
			HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

	private final RestClient restClient;

	private final RestClient uploadClient;

	private final RestClient clusterClient;

	private final ApiHeaders apiHeaders;

	private final ApiUris apiUris;

	private final JsonMapper jsonMapper;

	private final RetrySettings retrySettings;

	private final Duration callTimeout;

	private final @Nullable Duration attemptTimeout;

	private final long maxResponseSize;

	private final ErrorResponses errorResponses;

	private final ObservationRegistry observationRegistry;

	private final @Nullable RetryObservationConvention retryObservationConvention;

	/**
	 * Create a transport.
	 * @param restClient the client that sends requests
	 * @param uploadClient a client without the API's credentials and base URL, for
	 * pre-signed upload URLs
	 * @param clusterClient a client without the API's credentials and base URL, for the
	 * clusters' own endpoints
	 * @param apiHeaders the headers of every request of the API, credentials included
	 * @param baseUrl the API's base URL, scheme, host and port, without a trailing slash
	 * @param jsonMapper the mapper for request and response bodies
	 * @param retrySettings how idempotent requests are retried
	 * @param callTimeout how long one call may take, from sending its first request to reading
	 * the last byte of the last answer, retries and the delays between them included
	 * @param attemptTimeout how long one attempt of a call may take, or {@code null} for as
	 * long as the call has left
	 * @param maxResponseSize the most bytes of a successful response's body that are read
	 * @param redactor hides the secrets that must never appear in an exception message
	 * @param observationRegistry the registry to observe retries with,
	 * {@link ObservationRegistry#NOOP} to observe none
	 * @param retryObservationConvention the convention of retry observations, or {@code null}
	 * for the default one
	 */
	public CrateCloudTransport(RestClient restClient, RestClient uploadClient, RestClient clusterClient,
			ApiHeaders apiHeaders, String baseUrl,
			JsonMapper jsonMapper, RetrySettings retrySettings, Duration callTimeout, @Nullable Duration attemptTimeout,
			long maxResponseSize, Redactor redactor, ObservationRegistry observationRegistry,
			@Nullable RetryObservationConvention retryObservationConvention) {
		this.restClient = restClient;
		this.uploadClient = uploadClient;
		this.clusterClient = clusterClient;
		this.apiHeaders = apiHeaders;
		this.apiUris = new ApiUris(baseUrl);
		this.jsonMapper = jsonMapper;
		this.retrySettings = retrySettings;
		this.callTimeout = callTimeout;
		this.attemptTimeout = attemptTimeout;
		this.maxResponseSize = maxResponseSize;
		this.errorResponses = new ErrorResponses(jsonMapper, redactor);
		this.observationRegistry = observationRegistry;
		this.retryObservationConvention = retryObservationConvention;
	}

	/**
	 * Start a {@code GET} request.
	 * @param pathTemplate the path template of the OpenAPI document
	 * @return the request, to complete and send
	 */
	public ApiRequest get(String pathTemplate) {
		return request(HttpMethod.GET, pathTemplate);
	}

	/**
	 * Start a {@code HEAD} request.
	 * @param pathTemplate the path template of the OpenAPI document
	 * @return the request, to complete and send
	 */
	public ApiRequest head(String pathTemplate) {
		return request(HttpMethod.HEAD, pathTemplate);
	}

	/**
	 * Start a {@code POST} request. {@code POST} is never retried.
	 * @param pathTemplate the path template of the OpenAPI document
	 * @return the request, to complete and send
	 */
	public ApiRequest post(String pathTemplate) {
		return request(HttpMethod.POST, pathTemplate);
	}

	/**
	 * Start a {@code PUT} request.
	 * @param pathTemplate the path template of the OpenAPI document
	 * @return the request, to complete and send
	 */
	public ApiRequest put(String pathTemplate) {
		return request(HttpMethod.PUT, pathTemplate);
	}

	/**
	 * Start a {@code PATCH} request. {@code PATCH} is never retried.
	 * @param pathTemplate the path template of the OpenAPI document
	 * @return the request, to complete and send
	 */
	public ApiRequest patch(String pathTemplate) {
		return request(HttpMethod.PATCH, pathTemplate);
	}

	/**
	 * Start a {@code DELETE} request.
	 * @param pathTemplate the path template of the OpenAPI document
	 * @return the request, to complete and send
	 */
	public ApiRequest delete(String pathTemplate) {
		return request(HttpMethod.DELETE, pathTemplate);
	}

	/**
	 * Stream content to a pre-signed URL with a plain {@code PUT}, without the API's
	 * credentials: the URL carries its own authorization. Not retried, since the content can
	 * be read only once. The URL's query, which holds its signature, never appears in an
	 * exception.
	 * @param url the pre-signed URL
	 * @param content the content, read once and not closed
	 * @param contentLength the content's length in bytes, sent as {@code Content-Length}
	 * @throws CrateCloudException if the upload fails
	 */
	public void upload(URI url, InputStream content, long contentLength) {
		ApiCall call = new ApiCall(HttpMethod.PUT, "{upload_url}", url.getRawPath());
		try {
			RestClient.RequestBodySpec upload = this.uploadClient.put().uri(url);
			ApiHeaders.applyUserAgentTo(upload);
			upload.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.contentLength(contentLength)
				.body((outputStream) -> content.transferTo(outputStream))
				.exchange((request, response) -> {
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw this.errorResponses.exception(call, response.getStatusCode(), response.getHeaders(),
								readErrorBody(response.getBody()), response.getHeaders().getContentType());
					}
					return null;
				}, true);
		}
		catch (ResourceAccessException ex) {
			throw transportFailure(call, ex);
		}
	}

	/**
	 * Read a part of an answer that was first read as a tree, for the few operations whose
	 * answers come in more than one shape.
	 * @param <T> the type to read
	 * @param node the part
	 * @param type the type to read
	 * @param call the call that was answered, for the exception
	 * @param status the status it was answered with
	 * @return the value read
	 * @throws CrateCloudUnexpectedResponseException if the part is not of that type; the
	 * message never quotes it, as it may hold new credentials
	 */
	public <T> T readTree(JsonNode node, Class<T> type, ApiCall call, int status) {
		try {
			return this.jsonMapper.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate() + ") answered " + status
					+ " with a body that cannot be read as " + type.getSimpleName(), call, status, null, null);
		}
	}

	/**
	 * An excerpt of an error body for a message, every secret hidden, in the form the API's
	 * errors show it.
	 * @param body the start of the body
	 * @return the excerpt, starting with {@code ": "} or {@code " with"}
	 */
	public String excerpt(byte[] body) {
		return this.errorResponses.excerptSuffix(body);
	}

	/**
	 * The mapper used for request and response bodies.
	 * @return the client's JSON mapper
	 */
	public JsonMapper jsonMapper() {
		return this.jsonMapper;
	}

	/**
	 * Start a {@code POST} request to a cluster's own endpoint, without the API's credentials:
	 * the request carries its own. Not retried unless {@link ApiRequest#idempotent(boolean)
	 * marked idempotent}.
	 * @param target the absolute URI, checked by the caller
	 * @param pathTemplate how failures name the request, such as {@code {cluster_url}/_sql}
	 * @return the request, to complete and send
	 */
	public ApiRequest postToCluster(URI target, String pathTemplate) {
		return new ApiRequest(this, HttpMethod.POST, pathTemplate, target);
	}

	/**
	 * The client's default call timeout.
	 * @return how long one call may take, retries included
	 */
	public Duration callTimeout() {
		return this.callTimeout;
	}

	private ApiRequest request(HttpMethod method, String pathTemplate) {
		Assert.isTrue(pathTemplate.startsWith("/"), "pathTemplate must start with '/'");
		return new ApiRequest(this, method, pathTemplate);
	}

	/**
	 * A transport like this one whose calls may take at most the given time, retries
	 * included.
	 * @param callTimeout how long one call may take
	 * @return the transport
	 */
	public CrateCloudTransport withCallTimeout(Duration callTimeout) {
		return new CrateCloudTransport(this, callTimeout);
	}

	private CrateCloudTransport(CrateCloudTransport transport, Duration callTimeout) {
		this.restClient = transport.restClient;
		this.uploadClient = transport.uploadClient;
		this.clusterClient = transport.clusterClient;
		this.apiHeaders = transport.apiHeaders;
		this.apiUris = transport.apiUris;
		this.jsonMapper = transport.jsonMapper;
		this.retrySettings = transport.retrySettings;
		this.callTimeout = callTimeout;
		this.attemptTimeout = transport.attemptTimeout;
		this.maxResponseSize = transport.maxResponseSize;
		this.errorResponses = transport.errorResponses;
		this.observationRegistry = transport.observationRegistry;
		this.retryObservationConvention = transport.retryObservationConvention;
	}

	/**
	 * Send a request and read its answer, retrying as the settings allow, all within the
	 * call's deadline: the earlier of the call timeout from now and the deadline of the wait
	 * the call is made for. No retry starts that its delay would push past that deadline.
	 */
	<T> T exchange(ApiRequest request, ResponseReader<T> reader) {
		byte[] body = (request.body() != null) ? this.jsonMapper.writeValueAsBytes(request.body()) : null;
		Long waitDeadline = Deadlines.enclosingDeadline();
		long ownDeadline = System.nanoTime() + this.callTimeout.toNanos();
		boolean boundByWait = waitDeadline != null && waitDeadline < ownDeadline;
		long callDeadline = boundByWait ? waitDeadline : ownDeadline;
		String boundBy = boundByWait ? Deadlines.enclosingPurpose() : null;
		return Deadlines.within(callDeadline, () -> {
			if (!this.retrySettings.enabled() || this.retrySettings.maxAttempts() <= 1 || !isIdempotent(request)) {
				return exchangeOnce(request, body, reader, boundBy);
			}
			CrateCloudException firstFailure;
			try {
				// The first attempt, most calls' only one, without the retry machinery.
				return exchangeOnce(request, body, reader, boundBy);
			}
			catch (CrateCloudException ex) {
				firstFailure = ex;
			}
			RetryTemplate retryTemplate = new RetryTemplate(new RetryPolicyForCall(this.retrySettings, callDeadline));
			retryTemplate.setRetryListener(new RetryObservationListener(this.observationRegistry,
					this.retryObservationConvention, request.method(), request.pathTemplate()));
			// The template's first execution reports the failure the first attempt met, so that it
			// decides on that failure and waits its back-off before the second attempt, as if it
			// had made the first one itself.
			boolean[] replayed = { false };
			try {
				return retryTemplate.execute(() -> {
					if (!replayed[0]) {
						replayed[0] = true;
						throw firstFailure;
					}
					return exchangeOnce(request, body, reader, boundBy);
				});
			}
			catch (RetryException ex) {
				Throwable last = ex.getCause();
				if (last instanceof RuntimeException runtimeException) {
					throw runtimeException;
				}
				if (last instanceof Error error) {
					// An OutOfMemoryError or the like is no failure of the call to report.
					throw error;
				}
				throw new IllegalStateException(
						"Retrying " + request.method() + " " + request.pathTemplate() + " failed", ex);
			}
		});
	}

	private static boolean isIdempotent(ApiRequest request) {
		Boolean idempotent = request.idempotent();
		return (idempotent != null) ? idempotent : IDEMPOTENT_METHODS.contains(request.method());
	}

	/**
	 * Send a request once and read its answer within the enclosing deadline.
	 * @param boundBy what the call's deadline belongs to when something enclosing the call
	 * set it, {@code null} when it is the call's own
	 */
	private <T> T exchangeOnce(ApiRequest request, byte @Nullable [] body, ResponseReader<T> reader,
			@Nullable String boundBy) {
		URI target = request.target();
		RestClient.RequestBodySpec spec = (target != null)
				? this.clusterClient.method(request.method()).uri(target).accept(request.accept())
				: this.restClient.method(request.method())
					.uri(this.apiUris.expand(request.uriTemplate(), request.uriVariables()))
					.attribute(ApiObservationConvention.URI_TEMPLATE_ATTRIBUTE, request.uriTemplate())
					.accept(request.accept());
		if (target != null) {
			ApiHeaders.applyUserAgentTo(spec);
		}
		else {
			this.apiHeaders.applyTo(spec);
		}
		List<String> extraHeaders = request.headers();
		if (extraHeaders != null) {
			for (int i = 0; i < extraHeaders.size(); i += 2) {
				spec.header(extraHeaders.get(i), extraHeaders.get(i + 1));
			}
		}
		String operation = request.observedOperation();
		if (operation != null) {
			spec.attribute(ClusterSqlObservationConvention.OPERATION_ATTRIBUTE, operation);
		}
		if (body != null) {
			spec.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		// Within a call the enclosing deadline is the call's; each attempt may end sooner.
		Long callDeadline = Deadlines.enclosingDeadline();
		Duration attemptTimeout = this.attemptTimeout;
		long ownDeadline = System.nanoTime() + ((attemptTimeout != null) ? attemptTimeout : this.callTimeout).toNanos();
		boolean boundByAttempt = attemptTimeout != null && (callDeadline == null || ownDeadline < callDeadline);
		long attemptDeadline = (callDeadline != null && callDeadline < ownDeadline) ? callDeadline : ownDeadline;
		try (Deadlines.Guard guard = Deadlines.arm(attemptDeadline)) {
			if (guard.fired()) {
				throw new CrateCloudTimeoutException(plannedCall(request) + " (" + request.pathTemplate()
						+ ") was not sent: " + ((boundBy != null) ? boundBy : "the call")
						+ " has no time left", plannedCall(request), null);
			}
			try {
				return spec.exchange((httpRequest, response) -> {
					ApiCall call = new ApiCall(request.method(), request.pathTemplate(), pathOf(httpRequest.getURI()));
					HttpStatusCode status = response.getStatusCode();
					HttpHeaders headers = response.getHeaders();
					InputStream in = response.getBody();
					guard.reading(in);
					boolean answered = status.is2xxSuccessful() || (request.redirectExpected()
							&& status.is3xxRedirection() && !ErrorResponses.isLoginRedirect(headers.getFirst(HttpHeaders.LOCATION)));
					if (!answered) {
						ErrorReader errorReader = request.errorReader();
						byte[] errorBody = readErrorBody(in);
						throw (errorReader != null) ? errorReader.exception(call, status, headers, errorBody)
								: this.errorResponses.exception(call, status, headers, errorBody, headers.getContentType());
					}
					BoundedBodies.Read read = BoundedBodies.read(in, this.maxResponseSize, headers.getContentLength());
					if (read.truncated()) {
						Deadlines.abort(in);
						throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate() + ") answered "
								+ status.value() + " with a body of more than " + this.maxResponseSize
								+ " bytes: reading stopped after " + read.bytes().length + " bytes. If answers this "
								+ "large are expected, raise cratecloud.max-response-size (CrateCloudClient.Builder"
								+ ".maxResponseSize without Spring Boot).", call, status.value(), null, null);
					}
					try {
						return reader.read(new ResponseReader.Received(status, headers, read.bytes(), httpRequest.getURI()),
								this.jsonMapper);
					}
					catch (ResponseReader.UnreadableBodyException ex) {
						throw new CrateCloudUnexpectedResponseException(
								call + " (" + call.pathTemplate() + ") answered " + status.value() + " but "
										+ ex.getMessage() + unreadableExcerpt(headers, read.bytes()),
								call, status.value(), null, ex.getCause());
					}
				}, true);
			}
			catch (ResourceAccessException ex) {
				ApiCall call = plannedCall(request);
				if (guard.fired()) {
					throw new CrateCloudTimeoutException(call + " (" + call.pathTemplate()
							+ ") did not complete within " + timeoutDescription(boundByAttempt, boundBy)
							+ " and was cut off", call, ex);
				}
				throw transportFailure(call, ex);
			}
		}
	}

	private String timeoutDescription(boolean boundByAttempt, @Nullable String boundBy) {
		if (boundByAttempt) {
			return "its attempt timeout of " + this.attemptTimeout;
		}
		return (boundBy != null) ? "the time left to " + boundBy + " (at most " + this.callTimeout + ")"
				: "its call timeout of " + this.callTimeout + " (retries included)";
	}

	private ApiCall plannedCall(ApiRequest request) {
		URI target = request.target();
		if (target != null) {
			return new ApiCall(request.method(), request.pathTemplate(), pathOf(target));
		}
		return new ApiCall(request.method(), request.pathTemplate(),
				pathOf(this.apiUris.expand(request.uriTemplate(), request.uriVariables())));
	}

	/**
	 * The start of an error body, enough to explain the error; the rest is not read, and the
	 * connection is dropped rather than drained.
	 */
	private static byte[] readErrorBody(@Nullable InputStream body) throws IOException {
		BoundedBodies.Read read = BoundedBodies.read(body, ErrorResponses.ERROR_BODY_LIMIT);
		if (read.truncated() && body != null) {
			Deadlines.abort(body);
		}
		return read.bytes();
	}

	private CrateCloudTransportException transportFailure(ApiCall call, ResourceAccessException ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		String reason = cause.getClass().getSimpleName()
				+ ((cause.getMessage() != null) ? ": " + this.errorResponses.redact(cause.getMessage()) : "");
		if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
			return new CrateCloudTimeoutException(
					call + " (" + call.pathTemplate() + ") timed out before a complete response arrived: " + reason, call, ex);
		}
		if (closedByReadTimeout(cause)) {
			return new CrateCloudTimeoutException(call + " (" + call.pathTemplate()
					+ ") timed out before a complete response arrived: the read timeout closed the response while "
					+ "its body was read (" + reason + ")", call, ex);
		}
		return new CrateCloudTransportException(
				call + " (" + call.pathTemplate() + ") failed before a complete response arrived: " + reason, call, 0, null, ex);
	}

	/**
	 * Whether a failure is the JDK client's response body closed under the reader: how
	 * Spring's {@code JdkClientHttpRequestFactory} enforces its read timeout once the headers
	 * have come ({@code IOException: closed}, thrown by the JDK's response stream, without a
	 * cause: a failed connection gives one). The transport itself closes a body only at the
	 * call's deadline, which is told apart before this check, or once it has stopped reading.
	 */
	private static boolean closedByReadTimeout(Throwable failure) {
		if (failure.getClass() != IOException.class || !"closed".equals(failure.getMessage())
				|| failure.getCause() != null) {
			return false;
		}
		StackTraceElement[] trace = failure.getStackTrace();
		return trace.length > 0 && trace[0].getClassName().startsWith(JDK_RESPONSE_STREAM);
	}

	/**
	 * An excerpt of a successful body that could not be read, unless it is JSON: a JSON
	 * answer may hold new credentials (an API key's secret, a token) that no message may show.
	 * HTML from a proxy or a login page is shown, since it says what went wrong.
	 */
	private String unreadableExcerpt(HttpHeaders headers, byte[] body) {
		boolean json = ResponseReader.isJson(headers.getContentType()) || startsLikeJson(body);
		return json ? "" : this.errorResponses.excerptSuffix(body);
	}

	private static boolean startsLikeJson(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '{' || b == '[';
			}
		}
		return false;
	}

	private static String pathOf(URI uri) {
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

}
