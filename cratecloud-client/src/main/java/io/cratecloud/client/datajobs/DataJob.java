package io.cratecloud.client.datajobs;

import io.cratecloud.client.DublinCore;
import io.cratecloud.client.OperationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What import and export jobs have in common: where they stand and how far they have come.
 * A job moves from {@link OperationStatus#REGISTERED} through {@link OperationStatus#SENT}
 * and {@link OperationStatus#IN_PROGRESS} to {@link OperationStatus#SUCCEEDED} or
 * {@link OperationStatus#FAILED}, as cluster operations do.
 */
public sealed interface DataJob permits ImportJob, ExportJob {

	/**
	 * The job's id.
	 * @return the id
	 */
	@Nullable String id();

	/**
	 * The id of the cluster the job runs on.
	 * @return the cluster's id
	 */
	@Nullable String clusterId();

	/**
	 * Where the job stands.
	 * @return the status
	 */
	@Nullable OperationStatus status();

	/**
	 * How far the job has come; its {@code message} says why a job failed.
	 * @return the progress
	 */
	@Nullable DataJobProgress progress();

	/**
	 * When the job was created and last modified.
	 * @return the dates
	 */
	@Nullable DublinCore dc();

	/**
	 * The job's message: what it is doing or, once it failed, why.
	 * @return the {@code message} of the progress, or {@code null} if there is none
	 */
	default @Nullable String progressMessage() {
		DataJobProgress progress = progress();
		return (progress != null) ? progress.message() : null;
	}

}
