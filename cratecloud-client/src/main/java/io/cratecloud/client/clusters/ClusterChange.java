package io.cratecloud.client.clusters;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Polling;
import io.cratecloud.client.observation.OperationAwaitObservationContext;
import io.cratecloud.client.observation.OperationAwaitObservationContext.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A change to a cluster that goes on in the background after the API has answered: a
 * deployment, scaling, upgrade, suspension or resumption, product change, storage expansion,
 * backup schedule, IP allowlist or password change, or a snapshot restore.
 * <p>
 * {@link #await(Duration)} follows the change's operation through
 * {@code GET /api/v2/clusters/{cluster_id}/operations/} until it succeeds or fails. The
 * operation is told apart from older ones of the same type by the id of the newest one seen
 * before the change was asked for, so an earlier change can never be taken for this one.
 * <p>
 * Each wait is observed as {@code cratecloud.operation.await}, tagged with the operation
 * type ({@code HEALTH} for {@link #awaitGreen(Duration)}) and the outcome.
 */
public final class ClusterChange {

	private static final String OPERATIONS = "/api/v2/clusters/{cluster_id}/operations/";

	private final ClustersClient clusters;

	private final Polling polling;

	private final String clusterId;

	private final OperationType type;

	private final @Nullable Cluster cluster;

	private final @Nullable String previousOperationId;

	ClusterChange(ClustersClient clusters, Polling polling, String clusterId, OperationType type,
			@Nullable Cluster cluster, @Nullable String previousOperationId) {
		this.clusters = clusters;
		this.polling = polling;
		this.clusterId = clusterId;
		this.type = type;
		this.cluster = cluster;
		this.previousOperationId = previousOperationId;
	}

	/**
	 * The id of the cluster that changes.
	 * @return the cluster's id
	 */
	public String clusterId() {
		return this.clusterId;
	}

	/**
	 * The type of the operation that carries the change, such as {@link OperationType#SCALE}.
	 * @return the operation type
	 */
	public OperationType type() {
		return this.type;
	}

	/**
	 * The cluster as the API returned it when the change was asked for, before the change is
	 * done.
	 * @return the cluster, or {@code null} for a snapshot restore, which answers with the
	 * snapshot instead
	 */
	public @Nullable Cluster cluster() {
		return this.cluster;
	}

	/**
	 * Wait until the change has succeeded, polling every
	 * {@code cratecloud.operations.poll-interval}.
	 * @param timeout how long to wait at most
	 * @return the cluster as it is once the change has succeeded
	 * @throws ClusterChangeFailedException if the change failed
	 * @throws ClusterChangeTimeoutException if it had not finished within the timeout; it goes
	 * on server-side
	 */
	public Cluster await(Duration timeout) {
		return await(timeout, (operation) -> {
		});
	}

	/**
	 * Wait until the change has succeeded, telling the listener how it progresses.
	 * @param timeout how long to wait at most
	 * @param listener told of the operation's status and feedback message each time they
	 * change
	 * @return the cluster as it is once the change has succeeded
	 * @throws ClusterChangeFailedException if the change failed
	 * @throws ClusterChangeTimeoutException if it had not finished within the timeout; it goes
	 * on server-side
	 */
	public Cluster await(Duration timeout, ClusterChangeListener listener) {
		Objects.requireNonNull(listener, "listener must not be null");
		OperationAwaitObservationContext context = new OperationAwaitObservationContext(this.type.value(),
				this.clusterId, null);
		return this.polling.observe(context, () -> awaitOperation(timeout, listener, context));
	}

	private Cluster awaitOperation(Duration timeout, ClusterChangeListener listener,
			OperationAwaitObservationContext context) {
		ProgressTracker tracker = new ProgressTracker(listener);
		Optional<ClusterOperation> finished = this.polling.poll(timeout, () -> {
			Optional<ClusterOperation> operation = this.clusters.latestOperation(this.clusterId, this.type)
				.filter((candidate) -> !Objects.equals(candidate.id(), this.previousOperationId));
			operation.ifPresent(tracker::seen);
			return operation.filter((candidate) -> candidate.status() != null && candidate.status().isFinished());
		});
		ApiCall call = new ApiCall(HttpMethod.GET, OPERATIONS, "/api/v2/clusters/" + this.clusterId + "/operations/");
		if (finished.isEmpty()) {
			ClusterOperation lastSeen = tracker.last;
			context.setOutcome(Outcome.TIMEOUT);
			throw new ClusterChangeTimeoutException("The " + this.type + " change of cluster " + this.clusterId
					+ " had not finished after " + timeout + ((lastSeen != null) ? " (last seen " + lastSeen.status()
							+ describe(lastSeen.feedbackMessage()) + ")" : " (its operation had not appeared yet)")
					+ ". It goes on server-side: follow it with GET /api/v2/clusters/" + this.clusterId
					+ "/operations/?type=" + this.type + ", or clusters().operations(\"" + this.clusterId + "\").",
					call, lastSeen);
		}
		ClusterOperation operation = finished.get();
		if (!OperationStatus.SUCCEEDED.equals(operation.status())) {
			context.setOutcome(Outcome.FAILED);
			throw new ClusterChangeFailedException("The " + this.type + " change of cluster " + this.clusterId
					+ " ended " + operation.status() + describe(operation.feedbackMessage()) + " (operation "
					+ operation.id() + ")", call, operation);
		}
		return this.clusters.get(this.clusterId);
	}

	/**
	 * Wait until the cluster reports health {@link ClusterHealthStatus#GREEN}, polling
	 * {@code GET /api/v2/clusters/{cluster_id}/}. Health is pushed by the region from time to
	 * time, so it turns GREEN a while after a deployment's operation has succeeded.
	 * @param timeout how long to wait at most
	 * @return the cluster once it is GREEN
	 * @throws ClusterChangeTimeoutException if it was not GREEN within the timeout
	 */
	public Cluster awaitGreen(Duration timeout) {
		OperationAwaitObservationContext context = new OperationAwaitObservationContext(
				OperationAwaitObservationContext.HEALTH, this.clusterId, null);
		return this.polling.observe(context, () -> awaitHealthGreen(timeout, context));
	}

	private Cluster awaitHealthGreen(Duration timeout, OperationAwaitObservationContext context) {
		Cluster[] last = new Cluster[1];
		Optional<Cluster> green = this.polling.poll(timeout, () -> {
			Cluster current = this.clusters.get(this.clusterId);
			last[0] = current;
			return Optional.of(current)
				.filter((candidate) -> candidate.health() != null
						&& ClusterHealthStatus.GREEN.equals(candidate.health().status()));
		});
		if (green.isPresent()) {
			return green.get();
		}
		context.setOutcome(Outcome.TIMEOUT);
		throw new ClusterChangeTimeoutException("Cluster " + this.clusterId + " was not GREEN after " + timeout
				+ ((last[0] != null && last[0].health() != null) ? " (last seen " + last[0].health().status() + ")"
						: "")
				+ ". Follow its health with GET /api/v2/clusters/" + this.clusterId + "/.",
				new ApiCall(HttpMethod.GET, "/api/v2/clusters/{cluster_id}/", "/api/v2/clusters/" + this.clusterId + "/"),
				null);
	}

	private static String describe(@Nullable String feedbackMessage) {
		return (feedbackMessage != null && !feedbackMessage.isBlank()) ? ": " + feedbackMessage : "";
	}

	@Override
	public String toString() {
		return "ClusterChange[clusterId=" + this.clusterId + ", type=" + this.type + "]";
	}

	/**
	 * Tells the listener of each new status or feedback message, once.
	 */
	private static final class ProgressTracker {

		private final ClusterChangeListener listener;

		private @Nullable ClusterOperation last;

		ProgressTracker(ClusterChangeListener listener) {
			this.listener = listener;
		}

		void seen(ClusterOperation operation) {
			ClusterOperation previous = this.last;
			this.last = operation;
			if (previous == null || !Objects.equals(previous.status(), operation.status())
					|| !Objects.equals(previous.feedbackMessage(), operation.feedbackMessage())) {
				this.listener.onProgress(operation);
			}
		}

	}

}
