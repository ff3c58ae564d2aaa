package io.cratecloud.client.clusters;

/**
 * Told how a cluster change progresses while {@link ClusterChange#await} waits for it.
 */
@FunctionalInterface
public interface ClusterChangeListener {

	/**
	 * Called with the change's operation when it is first seen, and then each time its status
	 * or feedback message changes.
	 * @param operation the operation, with its {@link ClusterOperation#status() status} and
	 * {@link ClusterOperation#feedbackMessage() feedback message}
	 */
	void onProgress(ClusterOperation operation);

}
