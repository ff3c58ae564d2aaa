package io.cratecloud.client.datajobs;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;

/**
 * A data job that was waited for ended with {@code FAILED}. The job, with the service's
 * reason in its progress {@code message}, is {@link #getJob() at hand}; the
 * {@link #getCall() call} is the poll that saw the failure, and the
 * {@link #getServerMessage() server message} is the job's message.
 */
public class DataJobFailedException extends CrateCloudException {

	private final DataJob job;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the poll that saw the failure
	 * @param job the failed job
	 */
	public DataJobFailedException(String message, ApiCall call, DataJob job) {
		super(message, call, 200, job.progressMessage(), null);
		this.job = job;
	}

	/**
	 * The failed job, an {@link ImportJob} or an {@link ExportJob}.
	 * @return the job as the last poll read it
	 */
	public DataJob getJob() {
		return this.job;
	}

}
