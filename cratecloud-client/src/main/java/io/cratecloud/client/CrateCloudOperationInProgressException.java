package io.cratecloud.client;

import io.cratecloud.client.clusters.Cluster;
import org.jspecify.annotations.Nullable;

/**
 * The service refused a cluster change because another one is still running on the cluster
 * ("Another cluster operation is already in progress."). Await the
 * {@link #runningOperation() running operation}, then try again:
 * <pre class="code">
 * catch (CrateCloudOperationInProgressException ex) {
 *     ex.runningOperation().await(Duration.ofMinutes(30));
 *     clusters.scale(clusterId, 2).await(Duration.ofMinutes(30));
 * }
 * </pre>
 */
public class CrateCloudOperationInProgressException extends CrateCloudConflictException {

	private final transient @Nullable PendingOperation<Cluster> runningOperation;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that was refused
	 * @param statusCode the HTTP status
	 * @param serverMessage the server's {@code message}
	 * @param runningOperation the operation that runs on the cluster, or {@code null} if the
	 * refused call was not a change of one cluster
	 */
	public CrateCloudOperationInProgressException(String message, ApiCall call, int statusCode,
			@Nullable String serverMessage, @Nullable PendingOperation<Cluster> runningOperation) {
		super(message, call, statusCode, serverMessage, null);
		this.runningOperation = runningOperation;
	}

	/**
	 * The operation that runs on the cluster and made the service refuse the change. Nothing
	 * is asked until it is awaited; its first poll finds the operation, and its
	 * {@link PendingOperation#await await} returns the cluster once that operation has
	 * ended (at once if it has ended already).
	 * @return the running operation
	 * @throws IllegalStateException if the refused call was not a change of one cluster
	 */
	public PendingOperation<Cluster> runningOperation() {
		PendingOperation<Cluster> running = this.runningOperation;
		if (running == null) {
			throw new IllegalStateException("The refused call " + getCall() + " was not a change of one cluster");
		}
		return running;
	}

}
