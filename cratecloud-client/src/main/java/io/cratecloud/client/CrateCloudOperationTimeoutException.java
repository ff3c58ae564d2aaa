package io.cratecloud.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Background work that was awaited had not ended when the wait's timeout expired. The work
 * goes on server-side: the message says how to follow it, with the call to poll, and
 * {@link #getToken()} rebuilds the handle with {@link CrateCloudClient#follow(String, Class)}. Not a {@link CrateCloudTimeoutException}: every
 * poll may have been answered in time, the work just took longer.
 */
public class CrateCloudOperationTimeoutException extends CrateCloudException {

	private final OperationKind kind;

	private final String token;

	private final String clusterId;

	private final @Nullable String id;

	private final @Nullable OperationProgress lastSeen;

	private final Duration timeout;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call the wait polled, which follows the work
	 * @param kind what the work is, as {@link PendingOperation#kind()} says
	 * @param clusterId the id of the cluster the work is done on
	 * @param id the id of the operation or job, if known
	 * @param token the handle's {@link PendingOperation#token() token}
	 * @param lastSeen the work as the last answered poll saw it, or {@code null} if no poll
	 * saw it
	 * @param timeout how long the wait lasted
	 */
	public CrateCloudOperationTimeoutException(String message, ApiCall call, OperationKind kind, String clusterId,
			@Nullable String id, String token, @Nullable OperationProgress lastSeen, Duration timeout) {
		super(message, call, 0, null, null);
		this.kind = kind;
		this.token = token;
		this.clusterId = clusterId;
		this.id = id;
		this.lastSeen = lastSeen;
		this.timeout = timeout;
	}

	/**
	 * What the work is, as {@link PendingOperation#kind()} says.
	 * @return the kind
	 */
	public OperationKind getKind() {
		return this.kind;
	}

	/**
	 * The {@link PendingOperation#token() token} of the handle that was awaited, to wait
	 * again with {@link CrateCloudClient#follow(String, Class)}.
	 * @return the token
	 */
	public String getToken() {
		return this.token;
	}

	/**
	 * The id of the cluster the work is done on.
	 * @return the cluster's id
	 */
	public String getClusterId() {
		return this.clusterId;
	}

	/**
	 * The id of the cluster operation or data job.
	 * @return the id, or {@code null} for a deletion, a wait for health, or an operation that
	 * had not appeared
	 */
	public @Nullable String getId() {
		return this.id;
	}

	/**
	 * The work as the last answered poll saw it.
	 * @return the progress, or {@code null} if no poll saw the work
	 */
	public @Nullable OperationProgress getLastSeen() {
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
