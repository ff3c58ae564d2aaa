package io.cratecloud.client.internal;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.datajobs.DataJob;
import io.cratecloud.client.datajobs.DataJobProgress;

import org.springframework.http.HttpMethod;

/**
 * The handles of import and export jobs, which are followed on the job itself.
 *
 * @param transport the transport each poll goes through
 * @param waiter how jobs are awaited
 * @param kind {@link OperationKind#IMPORT} or {@link OperationKind#EXPORT}
 * @param label what a job is called in messages, such as {@code Import job}
 * @param pathTemplate the path of one job
 * @param idVariable the job's variable in the path
 */
record DataJobHandles(CrateCloudTransport transport, Waiter waiter, OperationKind kind, String label,
		String pathTemplate, String idVariable) {

	<J extends DataJob> PendingOperation<J> handle(String clusterId, String jobId, Class<J> type) {
		Arguments.text(clusterId, "cluster_id");
		Arguments.text(jobId, this.idVariable);
		ApiCall poll = ApiCalls.of(HttpMethod.GET, this.pathTemplate, clusterId, jobId);
		return new DefaultPendingOperation<>(this.waiter, this.kind, clusterId, jobId, null,
				(handle) -> this.label + " " + jobId + " of cluster " + clusterId, poll,
				(token) -> "follow it with " + poll + ", cancel it with DELETE " + poll.path() + ", or wait again with "
						+ PendingOperations.follow(token, type.getSimpleName()),
				() -> {
					J job = get(clusterId, jobId, type);
					DataJobProgress progress = job.progress();
					OperationProgress seen = new OperationProgress(this.kind, clusterId, jobId, job.status(),
							(progress != null) ? progress.message() : null, (progress != null) ? progress.percent() : null,
							(progress != null) ? progress.records() : null);
					return new Sighting<>(seen, OperationStatus.SUCCEEDED.equals(job.status()) ? job : null);
				});
	}

	<J extends DataJob> J get(String clusterId, String jobId, Class<J> type) {
		return this.transport.get(this.pathTemplate)
			.pathVariable("cluster_id", clusterId)
			.pathVariable(this.idVariable, jobId)
			.retrieve(type);
	}

	void cancel(String clusterId, String jobId) {
		this.transport.delete(this.pathTemplate)
			.pathVariable("cluster_id", clusterId)
			.pathVariable(this.idVariable, jobId)
			.execute();
	}

	/**
	 * The id of a job just created, which its handle cannot do without.
	 */
	String idOf(DataJob job, ApiCall call) {
		String id = job.id();
		if (id == null || id.isBlank()) {
			throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate()
					+ ") answered with a job without an id: the job cannot be followed", call, 201, null, null);
		}
		return id;
	}

}
