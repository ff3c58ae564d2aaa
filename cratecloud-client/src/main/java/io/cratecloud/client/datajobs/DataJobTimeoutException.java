package io.cratecloud.client.datajobs;

import java.time.Duration;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;
import org.jspecify.annotations.Nullable;

/**
 * A data job that was waited for had not finished when the wait's timeout expired. The job
 * goes on server-side: it can be followed with the {@link #getCall() call} the wait polled,
 * or cancelled. Not a {@link io.cratecloud.client.CrateCloudTimeoutException}: every call
 * may have been answered in time, the job just took longer.
 */
public class DataJobTimeoutException extends CrateCloudException {

	private final @Nullable DataJob lastSeen;

	private final Duration timeout;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call the wait polled, which follows the job
	 * @param lastSeen the job as the last successful poll read it, or {@code null} if no
	 * poll got an answer
	 * @param timeout how long the wait lasted
	 */
	public DataJobTimeoutException(String message, ApiCall call, @Nullable DataJob lastSeen, Duration timeout) {
		super(message, call, 0, null, null);
		this.lastSeen = lastSeen;
		this.timeout = timeout;
	}

	/**
	 * The job as the last successful poll read it.
	 * @return the job, an {@link ImportJob} or an {@link ExportJob}, or {@code null} if no
	 * poll got an answer
	 */
	public @Nullable DataJob getLastSeen() {
		return this.lastSeen;
	}

	/**
	 * How long the wait lasted.
	 * @return the timeout
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

}
