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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
		this.baseline = new BaselineClient(this.api.baseUrl(), LoopbackApi.API_KEY, LoopbackApi.API_SECRET);
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

	@Test
	void springRestClientReadsTheSameAsTheBaseline() {
		SpringRestClient restClient = new SpringRestClient(this.api.baseUrl(), LoopbackApi.API_KEY,
				LoopbackApi.API_SECRET);
		assertThat(restClient.clusters()).hasSize(50).isEqualTo(this.baseline.clusters());
		assertThat(restClient.me()).isEqualTo(this.baseline.me());
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
					"lib/spring-boot-autoconfigure-4.0.7.jar", "lib/spring-web-7.0.8.jar", "/tmp/app")
			.map(Path::of)
			.toList();
		assertThat(StartupTime.withoutStarterJars(classPath)).map(Path::toString)
			.containsExactly("lib/spring-boot-starter-4.0.7.jar", "lib/spring-boot-starter-webmvc-4.0.7.jar",
					"lib/spring-boot-autoconfigure-4.0.7.jar", "lib/spring-web-7.0.8.jar", "/tmp/app");
	}

}
