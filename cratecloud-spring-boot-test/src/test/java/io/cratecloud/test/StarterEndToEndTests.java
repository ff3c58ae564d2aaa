package io.cratecloud.test;

import java.time.Duration;
import java.util.List;

import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.auditlogs.AuditLogsClient;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobRequest;
import io.cratecloud.client.projects.ProjectsClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter, auto-configured in a Spring context with its properties pointing at a fake
 * running in real time, driving clusters and data jobs through the beans an application
 * injects.
 */
@Tag(FakeContract.SPRING_CONTEXTS)
class StarterEndToEndTests extends ClusterFakeTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				CrateCloudAutoConfiguration.class))
		.withPropertyValues("cratecloud.base-url=" + this.fake.baseUrl(), "cratecloud.api-key=" + this.fake.apiKey(),
				"cratecloud.api-secret=" + this.fake.apiSecret(), "cratecloud.operations.poll-interval=10ms");

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	StarterEndToEndTests() {
		// Steps long enough for a second change to arrive while the first runs, even on a busy
		// machine.
		super(FakeCrateCloud.builder().operationStep(Duration.ofMillis(250)).start(), Duration.ofMillis(10));
	}

	@Test
	void aClusterIsDeployedScaledSuspendedResumedAndDeleted() {
		this.runner.run((context) -> {
			ClustersClient clusters = context.getBean(ClustersClient.class);

			PendingOperation<Cluster> deployment = clusters.create(this.acme.id(),
					ClusterCreateRequest.inProject(this.analytics.id(), this.acme.subscriptionId(),
							spec("sensors").build()));
			assertThat(lastAnswer("POST", "/api/v2/organizations/{organization_id}/clusters/").get("health")
				.get("status")
				.asString()).isEqualTo("UNREACHABLE");
			deployment.await(TIMEOUT);
			Cluster green = clusters.untilGreen(deployment.clusterId()).await(TIMEOUT);
			assertThat(green.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
			String id = green.id();
			assertThat(id).isEqualTo(deployment.clusterId());

			assertThat(clusters.scale(id, 2).await(TIMEOUT).numNodes()).isEqualTo(3);
			Cluster suspended = clusters.suspend(id).await(TIMEOUT);
			assertThat(suspended.suspended()).isTrue();
			assertThat(suspended.health().status()).isEqualTo(ClusterHealthStatus.SUSPENDED);
			Cluster resumed = clusters.resume(id).await(TIMEOUT);
			assertThat(resumed.suspended()).isFalse();
			assertThat(resumed.health().status()).isEqualTo(ClusterHealthStatus.GREEN);

			clusters.delete(id).await(TIMEOUT);
			assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> clusters.get(id));
		});
	}

	@Test
	void anImportJobIsAwaitedUntilItSucceeds() {
		String clusterId = this.analytics.cluster("sensors").create();
		this.runner.run((context) -> {
			DataJobsClient dataJobs = context.getBean(DataJobsClient.class);

			PendingOperation<ImportJob> created = dataJobs.imports()
				.create(clusterId,
						ImportJobRequest.fromUrl("https://example.com/readings.csv", DataJobFormat.CSV, "doc.readings"));
			ImportJob done = created.await(TIMEOUT);

			assertThat(done.id()).isEqualTo(created.id());
			assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
			assertThat(done.progress().percent()).isEqualTo(100.0);
		});
	}

	@Test
	void aFailedOperationSurfacesAsAFailedChange() {
		String clusterId = this.analytics.cluster("sensors").create();
		this.fake.failNextOperation("The region ran out of capacity.");
		this.runner.run((context) -> {
			ClustersClient clusters = context.getBean(ClustersClient.class);

			PendingOperation<Cluster> scale = clusters.scale(clusterId, 3);

			assertThatExceptionOfType(CrateCloudOperationFailedException.class).isThrownBy(() -> scale.await(TIMEOUT))
				.withMessageContaining("The region ran out of capacity.")
				.satisfies((ex) -> assertThat(ex.getProgress().status()).isEqualTo(OperationStatus.FAILED));
			assertThat(clusters.get(clusterId).numNodes()).isEqualTo(1);
		});
	}

	@Test
	void aConcurrentChangeSurfacesAsOperationInProgress() {
		String clusterId = this.analytics.cluster("sensors").create();
		this.runner.run((context) -> {
			ClustersClient clusters = context.getBean(ClustersClient.class);

			PendingOperation<Cluster> scale = clusters.scale(clusterId, 1);

			assertThatExceptionOfType(CrateCloudOperationInProgressException.class)
				.isThrownBy(() -> clusters.upgrade(clusterId, "5.10.4"));
			assertThat(scale.await(TIMEOUT).numNodes()).isEqualTo(2);
			assertThat(clusters.upgrade(clusterId, "5.10.4").await(TIMEOUT).crateVersion()).isEqualTo("5.10.4");
		});
	}

	@Test
	void theAuditLogIsPagedThroughLazilyNewestFirst() {
		int renames = 2 * AuditLogsApi.PAGE_SIZE + 5;
		this.runner.run((context) -> {
			ProjectsClient projects = context.getBean(ProjectsClient.class);
			for (int i = 1; i <= renames; i++) {
				projects.update(this.analytics.id(), "analytics-" + i);
			}
			this.fake.clearRequests();

			List<AuditEvent> events = context.getBean(AuditLogsClient.class)
				.stream(this.acme.id(), AuditLogQuery.all())
				.toList();

			assertThat(events).hasSize(renames)
				.allSatisfy((event) -> assertThat(event.action()).isEqualTo("project.update"));
			assertThat(events).extracting(AuditEvent::id).doesNotHaveDuplicates();
			assertThat(events.get(0).context()).containsEntry("name", "analytics-" + renames);
			assertThat(events.get(renames - 1).context()).containsEntry("name", "analytics-1");
			List<String> pages = this.fake.requests().stream().map(RecordedExchange::query).toList();
			assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
			assertThat(pages.get(0)).isNull();
			assertThat(pages.subList(1, pages.size())).allSatisfy((query) -> assertThat(query).startsWith("last="));
		});
	}

}
