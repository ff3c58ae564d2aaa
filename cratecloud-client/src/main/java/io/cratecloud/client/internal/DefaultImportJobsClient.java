package io.cratecloud.client.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.ImportJob;
import io.cratecloud.client.datajobs.ImportJobProgress;
import io.cratecloud.client.datajobs.ImportJobProgressQuery;
import io.cratecloud.client.datajobs.ImportJobRequest;
import io.cratecloud.client.datajobs.ImportJobsClient;
import io.cratecloud.client.organizations.FilesClient;
import io.cratecloud.client.organizations.OrganizationFile;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The {@link ImportJobsClient} on the shared transport.
 */
public final class DefaultImportJobsClient implements ImportJobsClient {

	private static final String IMPORT_JOBS = "/api/v2/clusters/{cluster_id}/import-jobs/";


	private static final ParameterizedTypeReference<List<ImportJob>> IMPORT_JOB_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	private final FilesClient files;

	private final DataJobHandles handles;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 * @param operations makes the handles of jobs
	 * @param files the organization files client, to upload files with
	 */
	public DefaultImportJobsClient(CrateCloudTransport transport, PendingOperations operations, FilesClient files) {
		this.transport = transport;
		this.files = files;
		this.handles = operations.imports();
	}

	@Override
	public List<ImportJob> list(String clusterId) {
		return this.transport.get(IMPORT_JOBS).pathVariable("cluster_id", clusterId).retrieve(IMPORT_JOB_LIST);
	}

	@Override
	public ImportJob get(String clusterId, String jobId) {
		return this.handles.get(clusterId, jobId, ImportJob.class);
	}

	@Override
	public PendingOperation<ImportJob> create(String clusterId, ImportJobRequest request) {
		Arguments.text(clusterId, "cluster_id");
		Arguments.required(request, "request");
		ApiCall call = ApiCalls.of(HttpMethod.POST, IMPORT_JOBS, clusterId);
		ImportJob job = this.transport.post(IMPORT_JOBS)
			.pathVariable("cluster_id", clusterId)
			.body(request)
			.retrieve(ImportJob.class);
		return this.handles.handle(clusterId, this.handles.idOf(job, call), ImportJob.class);
	}

	@Override
	public PendingOperation<ImportJob> createFromFile(String clusterId, String organizationId, Path file,
			DataJobFormat format, String table) {
		return createFromFile(clusterId, organizationId, file, format, table, UnaryOperator.identity());
	}

	@Override
	public PendingOperation<ImportJob> createFromFile(String clusterId, String organizationId, Path file,
			DataJobFormat format, String table, UnaryOperator<ImportJobRequest> options) {
		// Checked before the upload, which would otherwise be wasted on a request that
		// cannot be sent.
		Arguments.text(clusterId, "cluster_id");
		Arguments.required(format, "format");
		Arguments.text(table, "destination.table");
		Arguments.required(options, "options");
		OrganizationFile uploaded = this.files.upload(organizationId, file);
		return create(clusterId, options.apply(ImportJobRequest.fromFile(uploaded.id(), format, table)));
	}


	@Override
	public void cancel(String clusterId, String jobId) {
		this.handles.cancel(clusterId, jobId);
	}

	@Override
	public ImportJobProgress getProgress(String clusterId, String jobId) {
		return getProgress(clusterId, jobId, ImportJobProgressQuery.serviceDefault());
	}

	@Override
	public ImportJobProgress getProgress(String clusterId, String jobId, ImportJobProgressQuery query) {
		Arguments.required(query, "query");
		return this.transport.get("/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/progress/")
			.pathVariable("cluster_id", clusterId)
			.pathVariable("import_job_id", jobId)
			.query("limit", query.allFiles() ? "ALL" : query.limit())
			.query("offset", query.offset())
			.retrieve(ImportJobProgress.class);
	}

}
