package io.cratecloud.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterSpec;
import io.cratecloud.client.datajobs.DataJobCompression;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobRequest;

/**
 * The examples of the README's usage section, kept here so that they compile against the
 * client as it is. Each {@code // tag::name[]} block is what the README shows.
 */
@SuppressWarnings("unused")
final class ReadmeExamples {

	private ReadmeExamples() {
	}

	static Cluster deployAndWait(CrateCloudClient client, String organizationId, String projectId,
			String subscriptionId) {
		// tag::deploy[]
		ClusterSpec spec = ClusterSpec.builder()
			.name("sensor-data")
			.product("cr1")
			.crateVersion("5.10.3")
			.username("admin")
			.password(System.getenv("CLUSTER_PASSWORD")) // at least 24 characters
			.build();
		PendingOperation<Cluster> creation = client.clusters()
			.create(organizationId, ClusterCreateRequest.inProject(projectId, subscriptionId, spec));
		Cluster cluster = client.clusters().untilGreen(creation.clusterId()).await(Duration.ofMinutes(20));
		// end::deploy[]
		return cluster;
	}

	static Cluster scaleWithProgress(CrateCloudClient client, String clusterId) {
		// tag::scale[]
		Cluster scaled = client.clusters()
			.scale(clusterId, 2)
			.await(Duration.ofMinutes(30), (progress) -> System.out.println(progress.describe()));
		// end::scale[]
		return scaled;
	}

	static void suspendAndResume(CrateCloudClient client, String clusterId) {
		// tag::suspend[]
		client.clusters().suspend(clusterId).await(Duration.ofMinutes(10));
		client.clusters().resume(clusterId).await(Duration.ofMinutes(10));
		// end::suspend[]
	}

	static Cluster followAfterARestart(CrateCloudClient client, String clusterId) {
		// tag::follow[]
		PendingOperation<Cluster> scaling = client.clusters().scale(clusterId, 4);
		String token = scaling.token(); // keep it: a file, a database column, a message
		// ... later, or in another process:
		Cluster scaled = client.follow(token, Cluster.class).await(Duration.ofMinutes(30));
		// end::follow[]
		return scaled;
	}

	static ImportJob importCsvFromUrl(CrateCloudClient client, String clusterId) {
		// tag::import[]
		ImportJob done = client.dataJobs()
			.imports()
			.create(clusterId, ImportJobRequest.fromUrl(
					"https://cdn.crate.io/downloads/datasets/cratedb-datasets/cloud-tutorials/data_weather.csv.gz",
					DataJobFormat.CSV, "doc.weather_data")
				.withCompression(DataJobCompression.GZIP)
				.withCreateTable(true))
			.await(Duration.ofMinutes(30), (progress) -> System.out.println(progress.describe()));
		// end::import[]
		return done;
	}

	static List<AuditEvent> auditLog(CrateCloudClient client, String organizationId) {
		// tag::audit[]
		AuditLogQuery lastWeek = AuditLogQuery.all().withFrom(Instant.now().minus(7, ChronoUnit.DAYS));
		try (Stream<AuditEvent> events = client.auditLogs().stream(organizationId, lastWeek)) {
			return events.filter((event) -> event.action() != null && event.action().startsWith("cluster."))
				.limit(100)
				.toList();
		}
		// end::audit[]
	}

	static void handleErrors(CrateCloudClient client, String clusterId) {
		// tag::errors[]
		try {
			client.clusters().scale(clusterId, 3).await(Duration.ofMinutes(30));
		}
		catch (CrateCloudOperationInProgressException ex) {
			// Another change runs on the cluster: wait for it, then try again.
			ex.runningOperation().await(Duration.ofMinutes(30));
			client.clusters().scale(clusterId, 3).await(Duration.ofMinutes(30));
		}
		catch (CrateCloudNotFoundException ex) {
			// No such cluster, or the API key may not see it.
		}
		catch (CrateCloudOperationFailedException ex) {
			System.err.println("Scaling failed: " + ex.getProgress().message());
		}
		catch (CrateCloudOperationTimeoutException ex) {
			// Still running server-side: client.follow(ex.getToken(), Cluster.class) waits again.
		}
		// end::errors[]
	}

}
