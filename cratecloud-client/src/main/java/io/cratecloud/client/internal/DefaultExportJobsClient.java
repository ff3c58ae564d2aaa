package io.cratecloud.client.internal;

import java.net.URI;
import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.datajobs.ExportJob;
import io.cratecloud.client.datajobs.ExportJobRequest;
import io.cratecloud.client.datajobs.ExportJobsClient;
import io.cratecloud.client.organizations.FilesClient;
import io.cratecloud.client.organizations.OrganizationFile;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The {@link ExportJobsClient} on the shared transport.
 */
public final class DefaultExportJobsClient implements ExportJobsClient {

	private static final String EXPORT_JOBS = "/api/v2/clusters/{cluster_id}/export-jobs/";


	private static final ParameterizedTypeReference<List<ExportJob>> EXPORT_JOB_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	private final FilesClient files;

	private final DataJobHandles handles;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 * @param operations makes the handles of jobs
	 * @param files the organization files client, to find an export's file with
	 */
	public DefaultExportJobsClient(CrateCloudTransport transport, PendingOperations operations, FilesClient files) {
		this.transport = transport;
		this.files = files;
		this.handles = operations.exports();
	}

	@Override
	public List<ExportJob> list(String clusterId) {
		return this.transport.get(EXPORT_JOBS).pathVariable("cluster_id", clusterId).retrieve(EXPORT_JOB_LIST);
	}

	@Override
	public ExportJob get(String clusterId, String jobId) {
		return this.handles.get(clusterId, jobId, ExportJob.class);
	}

	@Override
	public PendingOperation<ExportJob> create(String clusterId, ExportJobRequest request) {
		Arguments.text(clusterId, "cluster_id");
		Arguments.required(request, "request");
		ApiCall call = ApiCalls.of(HttpMethod.POST, EXPORT_JOBS, clusterId);
		ExportJob job = this.transport.post(EXPORT_JOBS)
			.pathVariable("cluster_id", clusterId)
			.body(request)
			.retrieve(ExportJob.class);
		return this.handles.handle(clusterId, this.handles.idOf(job, call), ExportJob.class);
	}


	@Override
	public void cancel(String clusterId, String jobId) {
		this.handles.cancel(clusterId, jobId);
	}

	@Override
	public URI getDownloadUrl(String organizationId, ExportJob job) {
		Arguments.required(job, "job");
		Arguments.check(OperationStatus.SUCCEEDED.equals(job.status()), "job.status", OperationStatus.SUCCEEDED
				+ " for its file to be complete, not " + job.status() + " (export job " + job.id() + ")");
		String fileId = Arguments.required(job.fileId(), "job.destination.file.id");
		OrganizationFile file = this.files.get(organizationId, fileId);
		ApiCall call = ApiCalls.of(HttpMethod.GET, "/api/v2/organizations/{organization_id}/files/{file_id}/",
				organizationId, fileId);
		String downloadUrl = file.downloadUrl();
		if (downloadUrl == null || downloadUrl.isBlank()) {
			throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate()
					+ ") answered with file " + fileId + " of export job " + job.id() + " without a download_url", call,
					200, null, null);
		}
		return Urls.absolute(downloadUrl, call, 200,
				"a download_url of file " + fileId + " of export job " + job.id());
	}

}
