package io.cratecloud.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.internal.CrateCloudJson;
import io.cratecloud.client.internal.RequestFactories;
import io.cratecloud.client.users.CurrentUser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Where a call on the JDK's {@link HttpClient} spends its time: the same
 * {@code GET /api/v2/users/me/}, read into the same record by the same mapper, on one
 * {@code HttpClient} set up alike, sent in each of the ways a Spring application may send it:
 * <ul>
 * <li>{@code send-bytes}: {@code HttpClient.send} with {@code BodyHandlers.ofByteArray()}
 * (the hand-written baseline);</li>
 * <li>{@code send-stream}: {@code HttpClient.send} with {@code BodyHandlers.ofInputStream()};</li>
 * <li>{@code sendAsync-stream}: {@code HttpClient.sendAsync(...).get()} with
 * {@code ofInputStream()}, as Spring Framework's {@code JdkClientHttpRequestFactory} sends;</li>
 * <li>{@code spring-jdk}: Spring's {@code RestClient} on that factory, without a read
 * timeout, and {@code spring-jdk-read-timeout} with one (30 s);</li>
 * <li>{@code spring-jdk-sync}: the same {@code RestClient} on the synchronous factory the
 * client puts in place of Spring's ({@code HttpClient.send}, {@code ofInputStream()}, the
 * same 30 s read timeout).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class JdkRequestPaths {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	/** How the request is sent. */
	@Param({ "send-bytes", "send-stream", "sendAsync-stream", "spring-jdk", "spring-jdk-read-timeout",
			"spring-jdk-sync" })
	public String path;

	private LoopbackApi api;

	private HttpClient httpClient;

	private HttpRequest request;

	private RestClient restClient;

	private final JsonMapper mapper = CrateCloudJson.createMapper();

	/**
	 * Start the server and the client.
	 * @throws IOException if the server cannot start
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		this.api = LoopbackApi.start(50, LoopbackApi.AuditLog.fixedPage(0));
		this.httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String authorization = "Basic " + Base64.getEncoder()
			.encodeToString((LoopbackApi.API_KEY + ":" + LoopbackApi.API_SECRET).getBytes(StandardCharsets.UTF_8));
		this.request = HttpRequest.newBuilder(URI.create(this.api.baseUrl() + "/api/v2/users/me/"))
			.GET()
			.timeout(READ_TIMEOUT)
			.header("Authorization", authorization)
			.header("User-Agent", CrateCloudClient.USER_AGENT)
			.header("Accept", "application/json")
			.build();
		JdkClientHttpRequestFactory spring = new JdkClientHttpRequestFactory(this.httpClient);
		ClientHttpRequestFactory requestFactory = switch (this.path) {
			case "spring-jdk" -> spring;
			case "spring-jdk-read-timeout" -> withReadTimeout(spring);
			case "spring-jdk-sync" -> RequestFactories.jdk(this.httpClient);
			default -> null;
		};
		if (requestFactory != null) {
			this.restClient = RestClient.builder()
				.requestFactory(requestFactory)
				.baseUrl(this.api.baseUrl())
				.defaultHeaders((headers) -> {
					headers.set("Authorization", authorization);
					headers.set("User-Agent", CrateCloudClient.USER_AGENT);
				})
				.build();
		}
	}

	private static JdkClientHttpRequestFactory withReadTimeout(JdkClientHttpRequestFactory factory) {
		factory.setReadTimeout(READ_TIMEOUT);
		return factory;
	}

	/**
	 * Stop the server.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		this.api.close();
	}

	/**
	 * {@code GET /api/v2/users/me/}, sent the parameter's way.
	 * @return the current user
	 * @throws Exception if the call fails
	 */
	@Benchmark
	public CurrentUser usersMe() throws Exception {
		return this.mapper.readValue(body(), CurrentUser.class);
	}

	private byte[] body() throws IOException, InterruptedException, ExecutionException {
		switch (this.path) {
			case "send-bytes" -> {
				return checked(this.httpClient.send(this.request, HttpResponse.BodyHandlers.ofByteArray())).body();
			}
			case "send-stream" -> {
				try (InputStream body = checked(
						this.httpClient.send(this.request, HttpResponse.BodyHandlers.ofInputStream())).body()) {
					return body.readAllBytes();
				}
			}
			case "sendAsync-stream" -> {
				try (InputStream body = checked(
						this.httpClient.sendAsync(this.request, HttpResponse.BodyHandlers.ofInputStream()).get()).body()) {
					return body.readAllBytes();
				}
			}
			default -> {
				return this.restClient.get()
					.uri("/api/v2/users/me/")
					.accept(MediaType.APPLICATION_JSON)
					.retrieve()
					.body(byte[].class);
			}
		}
	}

	private static <T> HttpResponse<T> checked(HttpResponse<T> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET /api/v2/users/me/ answered " + response.statusCode());
		}
		return response;
	}

}
