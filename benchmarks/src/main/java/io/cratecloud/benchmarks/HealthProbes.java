package io.cratecloud.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import io.cratecloud.benchmarks.app.BenchmarkApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whether frequent health probes spare the API: {@link BenchmarkApplication} runs with the
 * starter against a {@link LoopbackApi}, and {@code /actuator/health} is asked 200 times,
 * evenly over 10 s, as a busy readiness probe would. With {@code management.health.cratecloud.cache-ttl}
 * of 2 s the API may be reached at most {@code ceil(10 s / 2 s) + 1} = 6 times. Every probe
 * must answer 200 with the {@code cratecloud} component {@code UP}.
 */
public final class HealthProbes {

	private static final int PROBES = 200;

	private static final Duration WINDOW = Duration.ofSeconds(10);

	private HealthProbes() {
	}

	/**
	 * Run the probes.
	 * @param args {@code --cache-ttl <seconds>} optionally; 2 unless given
	 * @throws Exception if the application cannot start or a probe fails
	 */
	public static void main(String[] args) throws Exception {
		long cacheTtlSeconds = (args.length == 2 && args[0].equals("--cache-ttl")) ? Long.parseLong(args[1]) : 2;
		if (!measure(cacheTtlSeconds)) {
			System.exit(1);
		}
	}

	private static boolean measure(long cacheTtlSeconds) throws Exception {
		try (LoopbackApi api = LoopbackApi.start(50, LoopbackApi.AuditLog.fixedPage(0))) {
			SpringApplication application = new SpringApplication(BenchmarkApplication.class);
			try (ConfigurableApplicationContext context = application.run("--server.port=0",
					"--spring.main.banner-mode=off", "--logging.level.root=warn",
					"--management.endpoints.web.exposure.include=health",
					"--management.endpoint.health.show-components=always",
					"--management.health.cratecloud.cache-ttl=" + cacheTtlSeconds + "s",
					"--cratecloud.api-key=" + LoopbackApi.API_KEY, "--cratecloud.api-secret=" + LoopbackApi.API_SECRET,
					"--cratecloud.base-url=" + api.baseUrl())) {
				long startupRequests = api.totalRequests();
				URI health = URI.create(
						"http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/actuator/health");
				long start = System.nanoTime();
				long[] latencies = probe(health);
				double span = Math.max(WINDOW.toNanos(), System.nanoTime() - start) / 1e9;
				long apiCalls = api.requests("users/me");
				// Should the probes fall behind their schedule, the bound follows the time they really took.
				long bound = (long) Math.ceil(span / cacheTtlSeconds) + 1;
				Arrays.sort(latencies);
				System.out.printf("%n%d probes of /actuator/health in %.1f s, management.health.cratecloud.cache-ttl=%ds:%n", PROBES,
						span, cacheTtlSeconds);
				System.out.printf("  probe latency: median %.2f ms, 99th percentile %.2f ms, max %.2f ms%n",
						latencies[PROBES / 2] / 1e6, latencies[PROBES * 99 / 100] / 1e6, latencies[PROBES - 1] / 1e6);
				System.out.printf("  requests the API received during start-up: %d%n", startupRequests);
				System.out.printf("  requests the API received from the probes: %d (target: at most %d): %s%n", apiCalls,
						bound, (apiCalls <= bound) ? "met" : "MISSED");
				return apiCalls <= bound;
			}
		}
	}

	private static long[] probe(URI health) throws IOException, InterruptedException {
		HttpClient httpClient = HttpClient.newHttpClient();
		JsonMapper json = JsonMapper.builder().build();
		HttpRequest request = HttpRequest.newBuilder(health).GET().build();
		long[] latencies = new long[PROBES];
		long interval = WINDOW.toNanos() / PROBES;
		long start = System.nanoTime();
		for (int i = 0; i < PROBES; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			long sent = System.nanoTime();
			HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
			latencies[i] = System.nanoTime() - sent;
			JsonNode status = json.readTree(response.body()).path("components").path("cratecloud").path("status");
			if (response.statusCode() != 200 || !"UP".equals(status.asString())) {
				throw new IllegalStateException("Probe " + i + " answered " + response.statusCode() + ": "
						+ response.body());
			}
		}
		return latencies;
	}

}
