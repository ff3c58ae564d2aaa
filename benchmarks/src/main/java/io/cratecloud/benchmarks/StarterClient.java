package io.cratecloud.benchmarks;

import io.cratecloud.benchmarks.app.BenchmarkApplication;
import io.cratecloud.client.CrateCloudClient;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starter as an application gets it: the {@link CrateCloudClient} bean of a Spring Boot
 * application (the benchmarks' {@link BenchmarkApplication}, without its web server), on
 * the HTTP library that {@code spring.http.clients.imperative.factory} names. The
 * application has the actuator, so Boot records {@code http.client.requests} metrics for
 * every call unless told not to (and {@code cratecloud.sql}, the client's own, for each SQL
 * statement): the hand-written baselines record none, so most variants turn those
 * observations off, and one keeps them to show their cost.
 */
public final class StarterClient extends ClientCalls {

	private final ConfigurableApplicationContext context;

	private StarterClient(ConfigurableApplicationContext context) {
		super(context.getBean(CrateCloudClient.class));
		this.context = context;
	}

	/**
	 * Start the application and take its client.
	 * @param baseUrl the base URL of the API
	 * @param factory the value of {@code spring.http.clients.imperative.factory}:
	 * {@code jdk}, {@code http-components}, {@code jetty} or {@code reactor}
	 * @param observed whether Boot records {@code http.client.requests} metrics for each call,
	 * and {@code cratecloud.sql} metrics for each SQL statement
	 * @return the client
	 */
	public static StarterClient start(String baseUrl, String factory, boolean observed) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=warn", "spring.http.clients.imperative.factory=" + factory,
					"cratecloud.api-key=" + LoopbackApi.API_KEY, "cratecloud.api-secret=" + LoopbackApi.API_SECRET,
					"cratecloud.base-url=" + baseUrl, "management.observations.enable.http.client.requests=" + observed,
					"management.observations.enable.cratecloud.sql=" + observed)
			.run();
		return new StarterClient(context);
	}

	/**
	 * The application's context.
	 * @return the context
	 */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	/**
	 * The request factory builder the application's HTTP client settings chose.
	 * @return the builder
	 */
	public ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder() {
		return this.context.getBean(ClientHttpRequestFactoryBuilder.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
