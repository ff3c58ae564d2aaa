package io.cratecloud.client.datajobs;

/**
 * Import and export jobs of clusters. Creating a job answers at once; the work goes on in
 * the background and is followed on the job itself, through the
 * {@link io.cratecloud.client.PendingOperation} the creation returns:
 * <pre class="code">
 * ImportJob job = dataJobs.imports()
 *     .createFromFile(clusterId, organizationId, Path.of("sensors.csv"), DataJobFormat.CSV, "doc.sensors")
 *     .await(Duration.ofMinutes(30), (progress) -&gt; log.info(progress.describe()));
 * </pre>
 * Get it from {@link io.cratecloud.client.CrateCloudClient#dataJobs()}.
 */
public interface DataJobsClient {

	/**
	 * The import jobs of clusters.
	 * @return the import jobs client
	 */
	ImportJobsClient imports();

	/**
	 * The export jobs of clusters.
	 * @return the export jobs client
	 */
	ExportJobsClient exports();

}
