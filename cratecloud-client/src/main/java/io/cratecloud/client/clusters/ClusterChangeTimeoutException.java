package io.cratecloud.client.clusters;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;
import org.jspecify.annotations.Nullable;

/**
 * Waiting for a cluster change (or deletion) took longer than the timeout. The change goes on
 * server-side; the message says how to look at it.
 */
public class ClusterChangeTimeoutException extends CrateCloudException {

	private final @Nullable ClusterOperation lastSeen;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that was polled
	 * @param lastSeen the operation as last seen, if it was seen at all
	 */
	public ClusterChangeTimeoutException(String message, ApiCall call, @Nullable ClusterOperation lastSeen) {
		super(message, call, 0, null, null);
		this.lastSeen = lastSeen;
	}

	/**
	 * The operation as the last poll saw it.
	 * @return the operation, or {@code null} if it had not appeared yet
	 */
	public @Nullable ClusterOperation getLastSeen() {
		return this.lastSeen;
	}

}
