package io.cratecloud.client.datajobs;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.Polling;
import io.cratecloud.client.clusters.OperationStatus;
import io.cratecloud.client.http.CrateCloudTransport;
import io.cratecloud.client.observation.OperationAwaitObservationContext;
import io.cratecloud.client.observation.OperationAwaitObservationContext.Outcome;
import io.cratecloud.client.organizations.OrganizationFile;
import io.cratecloud.client.organizations.OrganizationsClient;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Import and export jobs of clusters. Creating a job answers at once; the work goes on in
 * the background and is followed on the job itself, with
 * {@link #awaitImportJob(String, String, Duration, DataJobProgressListener) awaitImportJob}
 * and {@link #awaitExportJob(String, String, Duration, DataJobProgressListener) awaitExportJob}:
 * <pre class="code">
 * ImportJob job = dataJobs.importFile(clusterId, organizationId, Path.of("sensors.csv"),
 *         DataJobFormat.CSV, "doc.sensors");
 * dataJobs.awaitImportJob(clusterId, job.id(), Duration.ofMinutes(30),
 *         (status, progress) -&gt; log.info("{} {}", status, progress));
 * </pre>
 * Each wait is observed as {@code cratecloud.operation.await} with the operation
 * {@code IMPORT} or {@code EXPORT}.
 */
public final class DataJobsClient {

	private static final String IMPORT_JOBS = "/api/v2/clusters/{cluster_id}/import-jobs/";

	private static final String IMPORT_JOB = "/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/";

	private static final String IMPORT_JOB_PROGRESS = "/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/progress/";

	private static final String EXPORT_JOBS = "/api/v2/clusters/{cluster_id}/export-jobs/";

	private static final String EXPORT_JOB = "/api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/";

	private static final ParameterizedTypeReference<List<ImportJob>> IMPORT_JOB_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ExportJob>> EXPORT_JOB_LIST = new ParameterizedTypeReference<>() {
	};

	private static final DataJobProgressListener NO_LISTENER = (status, progress) -> {
	};

	private final CrateCloudTransport transport;

	private final Polling polling;

	private final OrganizationsClient organizations;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 * @param polling how {@code await} polls for the end of a job
	 */
	public DataJobsClient(CrateCloudTransport transport, Polling polling) {
		this.transport = transport;
		this.polling = polling;
		this.organizations = new OrganizationsClient(transport);
	}

	/**
	 * Start importing data into a table of a cluster:
	 * {@code POST /api/v2/clusters/{cluster_id}/import-jobs/}. The job runs in the
	 * background; see {@link #awaitImportJob(String, String, Duration)}.
	 * @param clusterId the cluster's id
	 * @param request what to import and where to
	 * @return the new job, usually {@code REGISTERED}
	 */
	public ImportJob createImportJob(String clusterId, ImportJobRequest request) {
		Arguments.required(request, "request");
		return this.transport.post(IMPORT_JOBS)
			.pathVariable("cluster_id", clusterId)
			.body(request)
			.retrieve(ImportJob.class);
	}

	/**
	 * Upload a local file to an organization and import it into a table of a cluster: the
	 * file is created and streamed to its pre-signed URL as
	 * {@link OrganizationsClient#uploadFile(String, Path)} does, then
	 * {@code POST /api/v2/clusters/{cluster_id}/import-jobs/} starts a {@code file} import
	 * of it.
	 * @param clusterId the cluster's id
	 * @param organizationId the id of the organization that owns the cluster
	 * @param file the local file; its name becomes the uploaded file's name
	 * @param format the format of the data
	 * @param table the table to write to, optionally with its schema ({@code schema.table})
	 * @return the new job, usually {@code REGISTERED}
	 * @see #importFile(String, String, Path, DataJobFormat, String, UnaryOperator)
	 */
	public ImportJob importFile(String clusterId, String organizationId, Path file, DataJobFormat format,
			String table) {
		return importFile(clusterId, organizationId, file, format, table, UnaryOperator.identity());
	}

	/**
	 * Upload a local file to an organization and import it into a table of a cluster, with
	 * optional settings: the file is created and streamed to its pre-signed URL as
	 * {@link OrganizationsClient#uploadFile(String, Path)} does, then
	 * {@code POST /api/v2/clusters/{cluster_id}/import-jobs/} starts a {@code file} import
	 * of it. The uploaded file stays in the organization, even if the import cannot be
	 * started; {@link ImportJob#file()} names it.
	 * @param clusterId the cluster's id
	 * @param organizationId the id of the organization that owns the cluster
	 * @param file the local file; its name becomes the uploaded file's name
	 * @param format the format of the data
	 * @param table the table to write to, optionally with its schema ({@code schema.table})
	 * @param options adds optional settings to the request, such as
	 * {@code (request) -> request.withCompression(DataJobCompression.GZIP)}; applied once the
	 * file is uploaded
	 * @return the new job, usually {@code REGISTERED}
	 */
	public ImportJob importFile(String clusterId, String organizationId, Path file, DataJobFormat format,
			String table, UnaryOperator<ImportJobRequest> options) {
		// Checked before the upload, which would otherwise be wasted on a request that
		// cannot be sent.
		Arguments.text(clusterId, "cluster_id");
		ImportJobRequest.destination(format, table);
		Arguments.required(options, "options");
		OrganizationFile uploaded = this.organizations.uploadFile(organizationId, file);
		String fileId = uploaded.id();
		if (fileId == null || fileId.isBlank()) {
			throw new IllegalStateException("CrateDB Cloud created file " + uploaded.name() + " without an id");
		}
		return createImportJob(clusterId, options.apply(ImportJobRequest.fromFile(fileId, format, table)));
	}

	/**
	 * The import jobs of a cluster: {@code GET /api/v2/clusters/{cluster_id}/import-jobs/}.
	 * @param clusterId the cluster's id
	 * @return the import jobs
	 */
	public List<ImportJob> importJobs(String clusterId) {
		return this.transport.get(IMPORT_JOBS).pathVariable("cluster_id", clusterId).retrieve(IMPORT_JOB_LIST);
	}

	/**
	 * An import job, with its status and progress:
	 * {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param importJobId the job's id
	 * @return the import job
	 */
	public ImportJob importJob(String clusterId, String importJobId) {
		return this.transport.get(IMPORT_JOB)
			.pathVariable("cluster_id", clusterId)
			.pathVariable("import_job_id", importJobId)
			.retrieve(ImportJob.class);
	}

	/**
	 * Cancel an import job:
	 * {@code DELETE /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param importJobId the job's id
	 */
	public void cancelImportJob(String clusterId, String importJobId) {
		this.transport.delete(IMPORT_JOB)
			.pathVariable("cluster_id", clusterId)
			.pathVariable("import_job_id", importJobId)
			.execute();
	}

	/**
	 * The detailed progress of an import job, with as many files as the service lists by
	 * default: {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/progress/}.
	 * @param clusterId the cluster's id
	 * @param importJobId the job's id
	 * @return the job's progress
	 */
	public ImportJobProgress importJobProgress(String clusterId, String importJobId) {
		return progressRequest(clusterId, importJobId, null, null);
	}

	/**
	 * The detailed progress of an import job, with a window of its files:
	 * {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/progress/?limit=&offset=}.
	 * @param clusterId the cluster's id
	 * @param importJobId the job's id
	 * @param filesOffset how many files to skip, at least 0
	 * @param filesLimit how many files to list, at least 1, or {@code null} for all of them
	 * ({@code limit=ALL})
	 * @return the job's progress
	 * @throws IllegalArgumentException if the offset or limit is out of bounds
	 */
	public ImportJobProgress importJobProgress(String clusterId, String importJobId, int filesOffset,
			@Nullable Integer filesLimit) {
		Arguments.between(filesOffset, "offset", 0, Integer.MAX_VALUE);
		if (filesLimit != null) {
			Arguments.between(filesLimit, "limit", 1, Integer.MAX_VALUE);
		}
		return progressRequest(clusterId, importJobId, (filesLimit != null) ? filesLimit : "ALL", filesOffset);
	}

	private ImportJobProgress progressRequest(String clusterId, String importJobId, @Nullable Object limit,
			@Nullable Integer offset) {
		return this.transport.get(IMPORT_JOB_PROGRESS)
			.pathVariable("cluster_id", clusterId)
			.pathVariable("import_job_id", importJobId)
			.query("limit", limit)
			.query("offset", offset)
			.retrieve(ImportJobProgress.class);
	}

	/**
	 * Wait until an import job has succeeded, polling
	 * {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/} at the client's
	 * operation poll interval. Failed polls for a transient reason (a gateway error, a lost
	 * connection) do not end the wait.
	 * @param clusterId the cluster's id
	 * @param importJobId the job's id
	 * @param timeout how long to wait
	 * @return the job once it has succeeded
	 * @throws DataJobFailedException if the job failed
	 * @throws DataJobTimeoutException if the job had not finished when the timeout expired;
	 * it goes on server-side
	 */
	public ImportJob awaitImportJob(String clusterId, String importJobId, Duration timeout) {
		return awaitImportJob(clusterId, importJobId, timeout, NO_LISTENER);
	}

	/**
	 * Wait until an import job has succeeded, polling
	 * {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/} at the client's
	 * operation poll interval and telling a listener each time the job's status or progress
	 * changes. Failed polls for a transient reason (a gateway error, a lost connection) do
	 * not end the wait.
	 * @param clusterId the cluster's id
	 * @param importJobId the job's id
	 * @param timeout how long to wait
	 * @param listener told the job's status and progress each time they change
	 * @return the job once it has succeeded
	 * @throws DataJobFailedException if the job failed
	 * @throws DataJobTimeoutException if the job had not finished when the timeout expired;
	 * it goes on server-side
	 */
	public ImportJob awaitImportJob(String clusterId, String importJobId, Duration timeout,
			DataJobProgressListener listener) {
		return await(new JobPath(OperationAwaitObservationContext.IMPORT, "Import job", IMPORT_JOB, "import_job_id",
				clusterId, importJobId), ImportJob.class, timeout, listener);
	}

	/**
	 * Start exporting a table of a cluster to an organization file:
	 * {@code POST /api/v2/clusters/{cluster_id}/export-jobs/}. The job runs in the
	 * background; see {@link #awaitExportJob(String, String, Duration)} and
	 * {@link #exportDownloadUrl(String, ExportJob)}.
	 * @param clusterId the cluster's id
	 * @param request what to export
	 * @return the new job, usually {@code REGISTERED}
	 */
	public ExportJob createExportJob(String clusterId, ExportJobRequest request) {
		Arguments.required(request, "request");
		return this.transport.post(EXPORT_JOBS)
			.pathVariable("cluster_id", clusterId)
			.body(request)
			.retrieve(ExportJob.class);
	}

	/**
	 * The export jobs of a cluster: {@code GET /api/v2/clusters/{cluster_id}/export-jobs/}.
	 * @param clusterId the cluster's id
	 * @return the export jobs
	 */
	public List<ExportJob> exportJobs(String clusterId) {
		return this.transport.get(EXPORT_JOBS).pathVariable("cluster_id", clusterId).retrieve(EXPORT_JOB_LIST);
	}

	/**
	 * An export job, with its status, progress and file:
	 * {@code GET /api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param exportJobId the job's id
	 * @return the export job
	 */
	public ExportJob exportJob(String clusterId, String exportJobId) {
		return this.transport.get(EXPORT_JOB)
			.pathVariable("cluster_id", clusterId)
			.pathVariable("export_job_id", exportJobId)
			.retrieve(ExportJob.class);
	}

	/**
	 * Cancel an export job:
	 * {@code DELETE /api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/}.
	 * @param clusterId the cluster's id
	 * @param exportJobId the job's id
	 */
	public void cancelExportJob(String clusterId, String exportJobId) {
		this.transport.delete(EXPORT_JOB)
			.pathVariable("cluster_id", clusterId)
			.pathVariable("export_job_id", exportJobId)
			.execute();
	}

	/**
	 * Wait until an export job has succeeded, polling
	 * {@code GET /api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/} at the client's
	 * operation poll interval. Failed polls for a transient reason (a gateway error, a lost
	 * connection) do not end the wait.
	 * @param clusterId the cluster's id
	 * @param exportJobId the job's id
	 * @param timeout how long to wait
	 * @return the job once it has succeeded
	 * @throws DataJobFailedException if the job failed
	 * @throws DataJobTimeoutException if the job had not finished when the timeout expired;
	 * it goes on server-side
	 */
	public ExportJob awaitExportJob(String clusterId, String exportJobId, Duration timeout) {
		return awaitExportJob(clusterId, exportJobId, timeout, NO_LISTENER);
	}

	/**
	 * Wait until an export job has succeeded, polling
	 * {@code GET /api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/} at the client's
	 * operation poll interval and telling a listener each time the job's status or progress
	 * changes. Failed polls for a transient reason (a gateway error, a lost connection) do
	 * not end the wait.
	 * @param clusterId the cluster's id
	 * @param exportJobId the job's id
	 * @param timeout how long to wait
	 * @param listener told the job's status and progress each time they change
	 * @return the job once it has succeeded
	 * @throws DataJobFailedException if the job failed
	 * @throws DataJobTimeoutException if the job had not finished when the timeout expired;
	 * it goes on server-side
	 */
	public ExportJob awaitExportJob(String clusterId, String exportJobId, Duration timeout,
			DataJobProgressListener listener) {
		return await(new JobPath(OperationAwaitObservationContext.EXPORT, "Export job", EXPORT_JOB, "export_job_id",
				clusterId, exportJobId), ExportJob.class, timeout, listener);
	}

	/**
	 * Where to download the result of a finished export from: the pre-signed
	 * {@code download_url} of the organization file the job wrote, read with
	 * {@code GET /api/v2/organizations/{organization_id}/files/{file_id}/}. The export job
	 * does not say which organization the file belongs to, hence the organization's id.
	 * @param organizationId the id of the organization that owns the job's cluster
	 * @param job the export job, as {@link #awaitExportJob(String, String, Duration)} returns
	 * it
	 * @return the pre-signed URL, to download from without API credentials
	 * @throws IllegalArgumentException if the job has not succeeded or names no file
	 * @throws IllegalStateException if the service returned the file without a
	 * {@code download_url}
	 */
	public URI exportDownloadUrl(String organizationId, ExportJob job) {
		Arguments.required(job, "job");
		Arguments.check(OperationStatus.SUCCEEDED.equals(job.status()), "job.status", OperationStatus.SUCCEEDED
				+ " for its file to be complete, not " + job.status() + " (export job " + job.id() + ")");
		String fileId = Arguments.required(job.fileId(), "job.destination.file.id");
		OrganizationFile file = this.organizations.file(organizationId, fileId);
		String downloadUrl = file.downloadUrl();
		if (downloadUrl == null || downloadUrl.isBlank()) {
			throw new IllegalStateException("CrateDB Cloud returned file " + fileId + " of export job " + job.id()
					+ " without a download_url");
		}
		return URI.create(downloadUrl);
	}

	private <J extends DataJob> J await(JobPath job, Class<J> type, Duration timeout,
			DataJobProgressListener listener) {
		Arguments.required(timeout, "timeout");
		Arguments.required(listener, "listener");
		OperationAwaitObservationContext context = new OperationAwaitObservationContext(job.operation(),
				job.clusterId(), job.id());
		return this.polling.observe(context, () -> awaitJob(job, type, timeout, listener, context));
	}

	private <J extends DataJob> J awaitJob(JobPath job, Class<J> type, Duration timeout,
			DataJobProgressListener listener, OperationAwaitObservationContext context) {
		Watch<J> watch = new Watch<>(listener);
		Optional<J> succeeded = this.polling.poll(timeout, () -> {
			J current = this.transport.get(job.pathTemplate())
				.pathVariable("cluster_id", job.clusterId())
				.pathVariable(job.idVariable(), job.id())
				.retrieve(type);
			watch.saw(current);
			if (OperationStatus.FAILED.equals(current.status())) {
				String reason = current.progressMessage();
				ApiCall call = job.call();
				context.setOutcome(Outcome.FAILED);
				throw new DataJobFailedException(job + " failed: "
						+ ((reason != null && !reason.isBlank()) ? reason : "CrateDB Cloud gave no reason") + " ("
						+ call + ")", call, current);
			}
			// Unknown statuses are not an end: the job is still followed until the timeout.
			return OperationStatus.SUCCEEDED.equals(current.status()) ? Optional.of(current) : Optional.empty();
		});
		return succeeded.orElseThrow(() -> {
			ApiCall call = job.call();
			context.setOutcome(Outcome.TIMEOUT);
			return new DataJobTimeoutException(job + " has not finished after " + timeout + " ("
					+ watch.describeLast() + "). It goes on server-side: follow it with " + call
					+ " or cancel it with " + HttpMethod.DELETE + " " + call.path(), call, watch.last(), timeout);
		});
	}

	/**
	 * The job a wait follows, and the call that reads it.
	 */
	private record JobPath(String operation, String kind, String pathTemplate, String idVariable, String clusterId,
			String id) {

		ApiCall call() {
			String path = UriComponentsBuilder.fromPath(this.pathTemplate)
				.encode()
				.buildAndExpand(Map.of("cluster_id", this.clusterId, this.idVariable, this.id))
				.toUriString();
			return new ApiCall(HttpMethod.GET, this.pathTemplate, path);
		}

		@Override
		public String toString() {
			return this.kind + " " + this.id + " of cluster " + this.clusterId;
		}

	}

	/**
	 * What a wait has seen of a job, to tell the listener only of changes.
	 */
	private static final class Watch<J extends DataJob> {

		private final DataJobProgressListener listener;

		private @Nullable J last;

		Watch(DataJobProgressListener listener) {
			this.listener = listener;
		}

		void saw(J job) {
			J previous = this.last;
			this.last = job;
			if (previous == null || !Objects.equals(previous.status(), job.status())
					|| !Objects.equals(previous.progress(), job.progress())) {
				this.listener.onProgress(job.status(), job.progress());
			}
		}

		@Nullable J last() {
			return this.last;
		}

		String describeLast() {
			J job = this.last;
			if (job == null) {
				return "no poll was answered";
			}
			DataJobProgress progress = job.progress();
			String described = "last seen " + job.status();
			if (progress != null && progress.percent() != null) {
				described += ", " + progress.percent() + "%";
			}
			if (progress != null && progress.message() != null && !progress.message().isBlank()) {
				described += ": " + progress.message();
			}
			return described;
		}

	}

}
