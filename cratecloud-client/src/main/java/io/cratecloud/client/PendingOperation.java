package io.cratecloud.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Work that CrateDB Cloud goes on with in the background after it has answered a request: a
 * cluster's deployment, scaling, upgrade, suspension or resumption, product change, storage
 * expansion, backup schedule, IP allowlist or password change, snapshot restore or deletion,
 * and import and export jobs. Every call that starts such work returns one.
 * <p>
 * {@link #await(Duration)} polls until the work has succeeded, every
 * {@code cratecloud.operations.poll-interval} (the client's
 * {@link CrateCloudClient.Builder#operationPollInterval(Duration) poll interval}); polls
 * that fail for a transient reason (a lost connection, a gateway error) do not end the wait.
 * It returns what the work produced, fails with
 * {@link CrateCloudOperationFailedException} when the work failed, and with
 * {@link CrateCloudOperationTimeoutException} when it had not ended in time: the work then
 * goes on server-side.
 * <p>
 * A handle survives a restart: keep its {@link #token()}, and
 * {@link CrateCloudClient#follow(String, Class)} turns the token back into the handle, in this
 * process or another. Awaiting a rebuilt handle is the same as awaiting the original.
 * <p>
 * Each wait is observed as {@code cratecloud.operation.await}, tagged with the
 * {@link #kind()} and the outcome. A handle is thread-safe; each {@code await} polls on its
 * own.
 *
 * @param <T> what the work produces: the cluster as it is once a change has succeeded, the
 * finished data job, or {@link Void} ({@code null}) for a deletion
 */
public interface PendingOperation<T> {

	/**
	 * What the work is.
	 * @return a cluster operation's type ({@link OperationKind#CREATE}, {@code SCALE},
	 * {@code UPGRADE}, ...), or {@link OperationKind#DELETE}, {@link OperationKind#HEALTH},
	 * {@link OperationKind#IMPORT} or {@link OperationKind#EXPORT}; for the running operation
	 * of a refused change, {@link OperationKind#UNKNOWN} until a poll has seen its type
	 */
	OperationKind kind();

	/**
	 * The id of the cluster the work is done on.
	 * @return the cluster's id
	 */
	String clusterId();

	/**
	 * The id of the cluster operation or data job that carries the work. A change's
	 * operation is known from the answer to the change when the service names it there;
	 * otherwise it is {@code null} until a poll of {@code await} has found it.
	 * @return the operation's or job's id, or {@code null} for a deletion, a wait for health,
	 * or an operation not found yet
	 */
	@Nullable String id();

	/**
	 * An opaque, versioned text that {@link CrateCloudClient#follow(String, Class)} turns back
	 * into this handle, in this process or another: what to keep to wait for the work after
	 * a restart. It holds ids only, nothing secret, and changes once the handle has learnt
	 * its operation's id; any token of a handle rebuilds it.
	 * @return the token
	 */
	String token();

	/**
	 * Wait until the work has succeeded.
	 * @param timeout how long to wait at most
	 * @return what the work produced
	 * @throws CrateCloudOperationFailedException if the work failed
	 * @throws CrateCloudOperationTimeoutException if it had not ended within the timeout; it
	 * goes on server-side, and the exception says how to follow it
	 * @throws CrateCloudInterruptedException if the thread was interrupted while waiting
	 * @throws CrateCloudException if a poll failed for a reason that will not pass, such as
	 * {@code 401} or {@code 404}
	 * @throws IllegalArgumentException if the timeout is {@code null} or negative
	 */
	default T await(Duration timeout) {
		return await(timeout, (progress) -> {
		});
	}

	/**
	 * Wait until the work has succeeded, telling a listener how it moves on.
	 * @param timeout how long to wait at most
	 * @param listener told of the work's progress each time it changes
	 * @return what the work produced
	 * @throws CrateCloudOperationFailedException if the work failed
	 * @throws CrateCloudOperationTimeoutException if it had not ended within the timeout; it
	 * goes on server-side, and the exception says how to follow it
	 * @throws CrateCloudInterruptedException if the thread was interrupted while waiting
	 * @throws CrateCloudException if a poll failed for a reason that will not pass, such as
	 * {@code 401} or {@code 404}
	 * @throws IllegalArgumentException if the timeout or listener is {@code null}, or the
	 * timeout is negative
	 */
	T await(Duration timeout, OperationProgressListener listener);

}
