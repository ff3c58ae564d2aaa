package io.cratecloud.client.datajobs;

import io.cratecloud.client.clusters.OperationStatus;
import org.jspecify.annotations.Nullable;

/**
 * Told how a data job moves on while {@code DataJobsClient.awaitImportJob} or
 * {@code awaitExportJob} waits for it: once with what the first poll saw, then each time
 * the job's status or progress has changed. Called on the waiting thread; an exception
 * it throws ends the wait.
 */
@FunctionalInterface
public interface DataJobProgressListener {

	/**
	 * The job's status or progress changed.
	 * @param status where the job stands now, or {@code null} if the service did not say
	 * @param progress how far the job has come, with its {@code message}, {@code records}
	 * and {@code percent}, or {@code null} if the service did not say
	 */
	void onProgress(@Nullable OperationStatus status, @Nullable DataJobProgress progress);

}
