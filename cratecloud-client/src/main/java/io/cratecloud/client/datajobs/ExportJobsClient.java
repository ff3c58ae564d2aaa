package io.cratecloud.client.datajobs;

import java.net.URI;
import java.util.List;

import io.cratecloud.client.PendingOperation;

/**
 * Export jobs: a table of a cluster written to an organization file, to download. Get it
 * from {@link DataJobsClient#exports()}.
 */
public interface ExportJobsClient {

	/**
	 * The export jobs of a cluster: {@code GET /api/v2/clusters/{cluster_id}/export-jobs/}.
	 * @param clusterId the cluster's id
	 * @return the export jobs
	 */
	List<ExportJob> list(String clusterId);

	/**
	 * An export job, with its status, progress and file:
	 * {@code GET /api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param jobId the job's id
	 * @return the export job
	 */
	ExportJob get(String clusterId, String jobId);

	/**
	 * Start exporting a table of a cluster to an organization file:
	 * {@code POST /api/v2/clusters/{cluster_id}/export-jobs/}. Each poll of the returned
	 * handle is {@code GET /api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/}; once
	 * the job has succeeded, {@link #getDownloadUrl(String, ExportJob)} says where its file is.
	 * @param clusterId the cluster's id
	 * @param request what to export
	 * @return the job, of kind {@code EXPORT}, whose {@code await} returns the job once it has
	 * succeeded
	 */
	PendingOperation<ExportJob> create(String clusterId, ExportJobRequest request);

	/**
	 * Cancel an export job:
	 * {@code DELETE /api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param jobId the job's id
	 */
	void cancel(String clusterId, String jobId);

	/**
	 * Where to download the result of a finished export from: the pre-signed
	 * {@code download_url} of the organization file the job wrote, read with
	 * {@code GET /api/v2/organizations/{organization_id}/files/{file_id}/}. The export job
	 * does not say which organization the file belongs to, hence the organization's id.
	 * @param organizationId the id of the organization that owns the job's cluster
	 * @param job the export job, as awaiting its creation returned it
	 * @return the pre-signed URL, to download from without API credentials
	 * @throws IllegalArgumentException if the job has not succeeded or names no file
	 * @throws io.cratecloud.client.CrateCloudUnexpectedResponseException if the service
	 * returned the file without a {@code download_url}, or one that is not a URL
	 */
	URI getDownloadUrl(String organizationId, ExportJob job);

}
