package io.cratecloud.client;

/**
 * Told how background work moves on while {@link PendingOperation#await(java.time.Duration,
 * OperationProgressListener)} waits for it: once with what the first answered poll saw, then
 * each time the status, message, percent or records have changed. Called on the waiting
 * thread; an exception it throws ends the wait.
 */
@FunctionalInterface
public interface OperationProgressListener {

	/**
	 * The work's progress changed.
	 * @param progress how the work stands now
	 */
	void onProgress(OperationProgress progress);

}
