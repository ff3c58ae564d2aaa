package io.cratecloud.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.clusters.Cluster;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Checks that what the benchmarks measure is what they claim: the loopback server answers,
 * its bodies fill every field of the client's records, and the hand-written baseline reads
 * exactly what the starter reads.
 */
class LoopbackApiTests {

	private LoopbackApi api;

	private CrateCloudClient starter;

	private BaselineClient baseline;

	@BeforeEach
	void start() throws Exception {
		this.api = LoopbackApi.start(50, LoopbackApi.AuditLog.paged(1_000, 100));
		this.starter = CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(LoopbackApi.API_KEY, LoopbackApi.API_SECRET))
			.baseUrl(this.api.baseUrl())
			.build();
		this.baseline = BaselineClient.jdk(this.api.baseUrl(), LoopbackApi.API_KEY, LoopbackApi.API_SECRET);
	}

	@AfterEach
	void stop() {
		this.api.close();
	}

	@Test
	void clustersHaveEveryFieldAndReadTheSameBothWays() {
		List<Cluster> clusters = this.starter.clusters().list();
		assertThat(clusters).hasSize(50).isEqualTo(this.baseline.clusters());
		Cluster first = clusters.get(0);
		assertThat(first).hasNoNullFieldsOrProperties();
		assertThat(first.hardwareSpecs()).hasNoNullFieldsOrProperties();
		assertThat(first.health()).hasNoNullFieldsOrProperties();
		assertThat(first.lastAsyncOperation()).hasNoNullFieldsOrProperties();
		assertThat(first.dc()).hasNoNullFieldsOrProperties();
		assertThat(first.hostName()).isEqualTo(first.url().substring("https://".length(), first.url().indexOf(":4200")));
		// The service's idle marker and its empty timestamp are in the list too.
		assertThat(clusters).anyMatch((cluster) -> cluster.health().lastSeen() == null);
		assertThat(clusters).anyMatch((cluster) -> cluster.health().isOperationRunning());
	}

	@Test
	void currentUserHasEveryFieldAndReadsTheSameBothWays() {
		assertThat(this.starter.users().me()).hasNoNullFieldsOrProperties().isEqualTo(this.baseline.me());
	}

	@ParameterizedTest
	@EnumSource(value = ClientVariant.class, mode = EnumSource.Mode.EXCLUDE,
			names = { "GENERATED_JDK", "GENERATED_HTTP_CLIENT_5" })
	void everyVariantOnTheStartersRecordsReadsWhatTheBaselineReads(ClientVariant variant) throws Exception {
		try (BenchmarkedClient client = variant.open(this.api)) {
			assertThat(client.clustersList()).isEqualTo(this.baseline.clusters());
			assertThat(client.usersMe()).isEqualTo(this.baseline.me());
			assertThat(client.auditLogPage()).isEqualTo(this.baseline.auditLogPage());
		}
	}

	@ParameterizedTest
	@EnumSource(value = ClientVariant.class, names = { "GENERATED_JDK", "GENERATED_HTTP_CLIENT_5" })
	void theGeneratedClientReadsTheSameAnswers(ClientVariant variant) throws Exception {
		try (BenchmarkedClient client = variant.open(this.api)) {
			List<?> clusters = (List<?>) client.clustersList();
			assertThat(clusters).hasSize(50);
			assertThat(clusters).extracting("id", "name", "fqdn")
				.containsExactlyElementsOf(this.baseline.clusters()
					.stream()
					.map((cluster) -> tuple(cluster.id(), cluster.name(), cluster.fqdn()))
					.toList());
			assertThat(client.usersMe()).extracting("email", "username")
				.containsExactly(this.baseline.me().email(), this.baseline.me().username());
			assertThat((List<?>) client.auditLogPage()).extracting("id")
				.containsExactlyElementsOf(this.baseline.auditLogPage().stream().map(AuditEvent::id).toList());
		}
	}

	@ParameterizedTest
	@CsvSource({ "STARTER_HTTP_CLIENT_5, HttpComponentsClientHttpRequestFactoryBuilder",
			"STARTER_JDK, JdkClientHttpRequestFactoryBuilder", "STARTER_JETTY, JettyClientHttpRequestFactoryBuilder",
			"STARTER_REACTOR_NETTY, ReactorClientHttpRequestFactoryBuilder" })
	void eachStarterVariantRunsOnItsHttpLibrary(ClientVariant variant, String builder) throws Exception {
		try (StarterClient client = (StarterClient) variant.open(this.api)) {
			assertThat(client.requestFactoryBuilder().getClass().getSimpleName()).isEqualTo(builder);
		}
	}

	@ParameterizedTest
	@CsvSource({ "STARTER_HTTP_CLIENT_5, false", "STARTER_HTTP_CLIENT_5_OBSERVED, true" })
	void onlyTheObservedVariantRecordsHttpClientMetrics(ClientVariant variant, boolean observed) throws Exception {
		try (StarterClient client = (StarterClient) variant.open(this.api)) {
			client.usersMe();
			MeterRegistry meters = client.context().getBean(MeterRegistry.class);
			assertThat(meters.find("http.client.requests").timer() != null).isEqualTo(observed);
		}
	}

	@Test
	void theHttpClient5BaselineReadsWhatTheJdkBaselineReads() throws Exception {
		try (BaselineClient httpClient5 = BaselineClient.httpClient5(this.api.baseUrl(), LoopbackApi.API_KEY,
				LoopbackApi.API_SECRET)) {
			assertThat(httpClient5.clusters()).hasSize(50).isEqualTo(this.baseline.clusters());
			assertThat(httpClient5.me()).isEqualTo(this.baseline.me());
		}
	}

	@Test
	void auditLogPageReadsTheSameBothWays() {
		List<AuditEvent> page = this.starter.auditLogs().list(ApiFixtures.ORGANIZATION_ID, AuditLogQuery.all());
		assertThat(page).hasSize(100).isEqualTo(this.baseline.auditLogPage());
		assertThat(page.get(0)).hasNoNullFieldsOrProperties();
		assertThat(page.get(0).actor()).hasNoNullFieldsOrProperties();
		assertThat(page.get(0).context()).isNotEmpty();
	}

	@Test
	void auditLogIsPagedByTheLastCursorUntilAnEmptyPage() {
		try (Stream<AuditEvent> events = this.starter.auditLogs()
			.stream(ApiFixtures.ORGANIZATION_ID, AuditLogQuery.all())) {
			assertThat(events.map(AuditEvent::id).map(ApiFixtures::auditEventNumber))
				.containsExactlyElementsOf(Stream.iterate(0L, (n) -> n + 1).limit(1_000).toList());
		}
		assertThat(this.api.requests("auditlogs")).isEqualTo(11);
	}

	@Test
	void countsRequestsAndConnections() {
		for (int i = 0; i < 5; i++) {
			this.starter.users().me();
		}
		assertThat(this.api.requests("users/me")).isEqualTo(5);
		assertThat(this.api.totalRequests()).isEqualTo(5);
		assertThat(this.api.connections()).isEqualTo(1);
	}

	@Test
	void rejectsOtherCredentials() {
		CrateCloudClient stranger = CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of("other", "secret"))
			.baseUrl(this.api.baseUrl())
			.build();
		assertThat(catchThrowable(() -> stranger.users().me())).isInstanceOf(CrateCloudAuthenticationException.class);
	}

	@Test
	void startupWithoutTheStarterLacksExactlyItsJars() {
		List<Path> classPath = Stream
			.of("lib/cratecloud-spring-boot-starter-0.1.0-SNAPSHOT.jar",
					"lib/cratecloud-spring-boot-autoconfigure-0.1.0-SNAPSHOT.jar", "lib/spring-boot-restclient-4.0.7.jar",
					"lib/spring-boot-http-client-4.0.7.jar", "lib/spring-boot-starter-restclient-4.0.7.jar",
					"lib/spring-boot-starter-4.0.7.jar", "lib/spring-boot-starter-webmvc-4.0.7.jar",
					"lib/spring-boot-autoconfigure-4.0.7.jar", "lib/spring-web-7.0.8.jar",
					"lib/cratecloud-client-0.1.0-SNAPSHOT.jar", "lib/httpclient5-5.5.2.jar", "lib/httpcore5-5.3.6.jar",
					"lib/httpcore5-h2-5.3.6.jar", "/tmp/app")
			.map(Path::of)
			.toList();
		assertThat(StartupTime.withoutStarterJars(classPath)).map(Path::toString)
			.containsExactly("lib/spring-boot-starter-4.0.7.jar", "lib/spring-boot-starter-webmvc-4.0.7.jar",
					"lib/spring-boot-autoconfigure-4.0.7.jar", "lib/spring-web-7.0.8.jar", "/tmp/app");
	}

	@Test
	void neitherStartHasTheBenchmarksOwnLibraries() {
		List<Path> classPath = Stream
			.of("lib/jetty-client-12.1.10.jar", "lib/jetty-util-12.1.10.jar", "lib/reactor-netty-http-1.3.6.jar",
					"lib/reactor-core-3.8.6.jar", "lib/netty-codec-http2-4.2.9.Final.jar",
					"lib/reactive-streams-1.0.4.jar", "lib/jackson-databind-2.21.4.jar", "lib/jackson-core-2.21.4.jar",
					"lib/jackson-datatype-jsr310-2.21.4.jar", "lib/jackson-databind-3.1.4.jar",
					"lib/jackson-core-3.1.4.jar", "lib/jackson-annotations-2.21.jar", "lib/spring-web-7.0.8.jar")
			.map(Path::of)
			.toList();
		assertThat(StartupTime.withoutBenchmarkOnlyJars(classPath)).map(Path::toString)
			.containsExactly("lib/jackson-databind-3.1.4.jar", "lib/jackson-core-3.1.4.jar",
					"lib/jackson-annotations-2.21.jar", "lib/spring-web-7.0.8.jar");
	}

}
