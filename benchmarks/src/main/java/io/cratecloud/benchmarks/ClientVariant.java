package io.cratecloud.benchmarks;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The clients the per-call and decoding benchmarks compare, named as their {@code variant}
 * parameter names them: the hand-written baselines, the starter on each HTTP library Spring
 * Boot supports, and the client openapi-generator generates from the API's document.
 */
public enum ClientVariant {

	/** Hand-written on the JDK's {@code HttpClient.send} and Jackson 3. */
	BASELINE_JDK("baseline-jdk", (api) -> BaselineClient.jdk(api.baseUrl(), LoopbackApi.API_KEY, LoopbackApi.API_SECRET)),

	/** Hand-written on Apache HttpClient 5 (classic) and Jackson 3. */
	BASELINE_HTTP_CLIENT_5("baseline-httpclient5",
			(api) -> BaselineClient.httpClient5(api.baseUrl(), LoopbackApi.API_KEY, LoopbackApi.API_SECRET)),

	/** The starter as it comes: Apache HttpClient 5. */
	STARTER_HTTP_CLIENT_5("starter-httpclient5", (api) -> StarterClient.start(api.baseUrl(), "http-components", false)),

	/** The same, with Boot's {@code http.client.requests} metrics for each call. */
	STARTER_HTTP_CLIENT_5_OBSERVED("starter-httpclient5-observed",
			(api) -> StarterClient.start(api.baseUrl(), "http-components", true)),

	/** The client without Spring Boot, {@code CrateCloudClient.builder()}: HttpClient 5 on the class path. */
	CLIENT_HTTP_CLIENT_5("client-httpclient5", ClientCalls::withoutBoot),

	/** The starter with {@code spring.http.clients.imperative.factory=jdk}. */
	STARTER_JDK("starter-jdk", (api) -> StarterClient.start(api.baseUrl(), "jdk", false)),

	/** The starter with {@code spring.http.clients.imperative.factory=jetty}. */
	STARTER_JETTY("starter-jetty", (api) -> StarterClient.start(api.baseUrl(), "jetty", false)),

	/** The starter with {@code spring.http.clients.imperative.factory=reactor}. */
	STARTER_REACTOR_NETTY("starter-reactor-netty", (api) -> StarterClient.start(api.baseUrl(), "reactor", false)),

	/** The openapi-generator {@code restclient} client on Spring's JDK request factory. */
	GENERATED_JDK("generated-jdk", (api) -> GeneratedClient.jdk(api.baseUrl())),

	/** The openapi-generator {@code restclient} client on Spring's HttpClient 5 request factory. */
	GENERATED_HTTP_CLIENT_5("generated-httpclient5", (api) -> GeneratedClient.httpClient5(api.baseUrl()));

	private final String id;

	private final Function<LoopbackApi, BenchmarkedClient> factory;

	ClientVariant(String id, Function<LoopbackApi, BenchmarkedClient> factory) {
		this.id = id;
		this.factory = factory;
	}

	/**
	 * The variant's name, as the benchmarks' {@code variant} parameter gives it.
	 * @return the name
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Whether this is one of the hand-written baselines the others are compared with.
	 * @return whether it is a baseline
	 */
	public boolean isBaseline() {
		return this.id.startsWith("baseline-");
	}

	/**
	 * Create this variant's client for the given server.
	 * @param api the server
	 * @return the client
	 */
	public BenchmarkedClient open(LoopbackApi api) {
		return this.factory.apply(api);
	}

	/**
	 * The variant of the given name.
	 * @param id the name
	 * @return the variant
	 */
	public static ClientVariant named(String id) {
		return Arrays.stream(values())
			.filter((variant) -> variant.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No client variant '" + id + "'; the variants are "
					+ Arrays.stream(values()).map(ClientVariant::id).toList()));
	}

}
