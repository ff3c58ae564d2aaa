package io.cratecloud.client.datajobs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import io.cratecloud.client.PendingOperation;

/**
 * Import jobs: data read from a URL, S3, Azure Blob Storage or an organization file into a
 * table of a cluster. Get it from {@link DataJobsClient#imports()}.
 */
public interface ImportJobsClient {

	/**
	 * The import jobs of a cluster: {@code GET /api/v2/clusters/{cluster_id}/import-jobs/}.
	 * @param clusterId the cluster's id
	 * @return the import jobs
	 */
	List<ImportJob> list(String clusterId);

	/**
	 * An import job, with its status and progress:
	 * {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param jobId the job's id
	 * @return the import job
	 */
	ImportJob get(String clusterId, String jobId);

	/**
	 * Start importing data into a table of a cluster:
	 * {@code POST /api/v2/clusters/{cluster_id}/import-jobs/}. Each poll of the returned
	 * handle is {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param request what to import and where to
	 * @return the job, of kind {@code IMPORT}, whose {@code await} returns the job once it has
	 * succeeded
	 */
	PendingOperation<ImportJob> create(String clusterId, ImportJobRequest request);

	/**
	 * Upload a local file to an organization and import it into a table of a cluster: the
	 * file is created and streamed to its pre-signed URL as
	 * {@link io.cratecloud.client.organizations.FilesClient#upload(String, Path)} does, then
	 * {@code POST /api/v2/clusters/{cluster_id}/import-jobs/} starts a {@code file} import
	 * of it.
	 * @param clusterId the cluster's id
	 * @param organizationId the id of the organization that owns the cluster
	 * @param file the local file; its name becomes the uploaded file's name
	 * @param format the format of the data
	 * @param table the table to write to, optionally with its schema ({@code schema.table})
	 * @return the job, of kind {@code IMPORT}
	 * @see #createFromFile(String, String, Path, DataJobFormat, String, UnaryOperator)
	 */
	PendingOperation<ImportJob> createFromFile(String clusterId, String organizationId, Path file,
			DataJobFormat format, String table);

	/**
	 * Upload a local file to an organization and import it into a table of a cluster, with
	 * optional settings. The uploaded file stays in the organization, even if the import
	 * cannot be started; {@link ImportJob#file()} names it.
	 * @param clusterId the cluster's id
	 * @param organizationId the id of the organization that owns the cluster
	 * @param file the local file; its name becomes the uploaded file's name
	 * @param format the format of the data
	 * @param table the table to write to, optionally with its schema ({@code schema.table})
	 * @param options adds optional settings to the request, such as
	 * {@code (request) -> request.withCompression(DataJobCompression.GZIP)}; applied once the
	 * file is uploaded
	 * @return the job, of kind {@code IMPORT}
	 */
	PendingOperation<ImportJob> createFromFile(String clusterId, String organizationId, Path file,
			DataJobFormat format, String table, UnaryOperator<ImportJobRequest> options);

	/**
	 * Cancel an import job:
	 * {@code DELETE /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param jobId the job's id
	 */
	void cancel(String clusterId, String jobId);

	/**
	 * The detailed progress of an import job, with as many files as the service lists by
	 * default: {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/progress/}.
	 * @param clusterId the cluster's id
	 * @param jobId the job's id
	 * @return the job's progress
	 */
	ImportJobProgress getProgress(String clusterId, String jobId);

	/**
	 * The detailed progress of an import job, with a window of its files:
	 * {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/progress/?limit=&offset=}.
	 * @param clusterId the cluster's id
	 * @param jobId the job's id
	 * @param query which of its files to list
	 * @return the job's progress
	 */
	ImportJobProgress getProgress(String clusterId, String jobId, ImportJobProgressQuery query);

}
