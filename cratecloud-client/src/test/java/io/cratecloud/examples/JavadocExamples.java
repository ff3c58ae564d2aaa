package io.cratecloud.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterSpec;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.datajobs.DataJobCompression;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.datajobs.ExportJobRequest;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobRequest;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.sql.CrateDbSql;
import org.apache.commons.logging.Log;

/**
 * The code examples of the client's Javadoc, which {@link JavadocExamplesTests} finds here
 * line by line, so that what the Javadoc shows compiles. Never run.
 */
@SuppressWarnings("unused")
final class JavadocExamples {

	private JavadocExamples() {
	}

	static List<Cluster> crateCloudClient() {
		// tag::CrateCloudClient[]
		CrateCloudClient client = CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(System.getenv("CRATECLOUD_APIKEY"), System.getenv("CRATECLOUD_APISECRET")))
			.build();
		List<Cluster> clusters = client.clusters().list();
		// end::CrateCloudClient[]
		return clusters;
	}

	static Cluster follow(CrateCloudClient client, String clusterId) {
		// tag::CrateCloudClient-2[]
		String token = client.clusters().scale(clusterId, 2).token();
		// later, maybe elsewhere
		Cluster scaled = client.follow(token, Cluster.class).await(Duration.ofMinutes(30));
		// end::CrateCloudClient-2[]
		return scaled;
	}

	static void credentials() {
		// tag::CrateCloudCredentials[]
		CrateCloudClient.builder()
			.credentials(CrateCloudCredentials.of(System.getenv("CRATECLOUD_APIKEY"), System.getenv("CRATECLOUD_APISECRET")))
			.build();
		// end::CrateCloudCredentials[]
	}

	static void inProgress(ClustersClient clusters, String clusterId) {
		try {
			clusters.scale(clusterId, 2).await(Duration.ofMinutes(30));
		}
		// tag::CrateCloudOperationInProgressException[]
		catch (CrateCloudOperationInProgressException ex) {
			ex.runningOperation().await(Duration.ofMinutes(30));
			clusters.scale(clusterId, 2).await(Duration.ofMinutes(30));
		}
		// end::CrateCloudOperationInProgressException[]
	}

	static ClusterSpec clusterSpec(String password) {
		// tag::ClusterSpec[]
		ClusterSpec spec = ClusterSpec.builder()
			.name("sensor-data")
			.product("cr1")
			.crateVersion("5.10.3")
			.username("admin")
			.password(password)
			.build();
		// end::ClusterSpec[]
		return spec;
	}

	static Estate estate(String organizationId) {
		// tag::Estate[]
		Estate estate = Estate.builder(organizationId)
			.project("analytics", (project) -> project
				.region("aks1.westeurope.azure")
				.cluster("orders", (cluster) -> cluster
					.product("default", "cr1")
					.nodes(3)
					.crateVersion("5.10.4")
					.allow("10.0.0.0/8", "office")
					.deletionProtected(true)
					.passwordFrom("ORDERS_ADMIN_PASSWORD")))
			.build();
		// end::Estate[]
		return estate;
	}

	static ImportJob dataJobs(DataJobsClient dataJobs, String clusterId, String organizationId, Log log) {
		// tag::DataJobsClient[]
		ImportJob job = dataJobs.imports()
			.createFromFile(clusterId, organizationId, Path.of("sensors.csv"), DataJobFormat.CSV, "doc.sensors")
			.await(Duration.ofMinutes(30), (progress) -> log.info(progress.describe()));
		// end::DataJobsClient[]
		return job;
	}

	static ImportJobRequest importJobRequest() {
		// tag::ImportJobRequest[]
		ImportJobRequest request = ImportJobRequest
			.fromUrl("https://example.com/sensors.csv.gz", DataJobFormat.CSV, "doc.sensors")
			.withCompression(DataJobCompression.GZIP);
		// end::ImportJobRequest[]
		return request;
	}

	static ExportJobRequest exportJobRequest() {
		// tag::ExportJobRequest[]
		ExportJobRequest request = ExportJobRequest.of("doc.sensors", DataJobFormat.PARQUET);
		// end::ExportJobRequest[]
		return request;
	}

	record Reading(String sensor, double temperature) {
	}

	static long crateDbSql(CrateCloudClient client, String clusterId) {
		// tag::CrateDbSql[]
		CrateDbSql sql = client.clusters().sql(clusterId);
		List<Reading> readings = sql.sql("SELECT sensor, temperature FROM readings WHERE sensor = ?")
			.param("s-1")
			.query(Reading.class)
			.list();
		long inserted = sql.sql("INSERT INTO readings (sensor, temperature) VALUES (?, ?)")
			.params("s-1", 21.5)
			.update();
		// end::CrateDbSql[]
		return readings.size() + inserted;
	}

}
