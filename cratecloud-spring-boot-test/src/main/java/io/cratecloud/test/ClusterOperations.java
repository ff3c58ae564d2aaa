package io.cratecloud.test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The long-running changes of clusters ({@code ClusterAsyncOperation}), as api-notes.md
 * describes them: each moves {@code REGISTERED -> SENT -> IN_PROGRESS} one
 * {@linkplain FakeState#operationStep step} at a time and ends {@code SUCCEEDED}, or
 * {@code FAILED} when a test asked for a failure. The change's effect on the cluster applies
 * only when it succeeds, so a failed change leaves the cluster as it was. Progress is worked
 * out lazily from the clock whenever the state catches up, never by a background thread.
 * <p>
 * While an operation runs, the cluster's {@code health.running_operation} is its type and
 * {@code last_async_operation} follows it; only one runs per cluster at a time.
 */
final class ClusterOperations {

	static final String REGISTERED = "REGISTERED";

	static final String SENT = "SENT";

	static final String IN_PROGRESS = "IN_PROGRESS";

	static final String SUCCEEDED = "SUCCEEDED";

	static final String FAILED = "FAILED";

	/** Every status an operation or data job can have, in the order they come. */
	static final List<String> STATUSES = List.of(REGISTERED, SENT, IN_PROGRESS, SUCCEEDED, FAILED);

	/** {@code health.last_seen} carries no offset (api-notes.md), meaning UTC. */
	private static final DateTimeFormatter LAST_SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
		.withZone(ZoneOffset.UTC);

	private final FakeState state;

	/**
	 * The operations that have not ended yet, oldest first, by operation id: a table of the
	 * state, so that a reset forgets them with the operations.
	 */
	private final Map<String, Running> running;

	ClusterOperations(FakeState state) {
		this.state = state;
		this.running = state.table();
		state.onTime(this::catchUp);
	}

	/**
	 * Refuses a change while another one of the cluster runs, as the service does.
	 * @throws FakeApiException "Another cluster operation is already in progress."
	 */
	void requireIdle(ObjectNode cluster) {
		String clusterId = cluster.get("id").asString();
		for (Running operation : this.running.values()) {
			if (operation.clusterId.equals(clusterId)) {
				throw FakeApiException.operationInProgress();
			}
		}
	}

	/**
	 * Starts an operation on a cluster, consuming the failure a test may have asked for.
	 * @param cluster the stored cluster
	 * @param type the operation type, e.g. {@code SCALE}
	 * @param nonSensitiveData what the operation changes ({@code current_...}, {@code target_...})
	 * @param workMessage the feedback message while the work is in progress
	 * @param effect applied to the cluster when the operation succeeds
	 * @return the stored operation
	 */
	ObjectNode start(ObjectNode cluster, String type, ObjectNode nonSensitiveData, String workMessage,
			Runnable effect) {
		String failure = this.state.nextOperationFailure;
		this.state.nextOperationFailure = null;
		String clusterId = cluster.get("id").asString();
		Instant now = this.state.now();
		ObjectNode operation = this.state.object()
			.put("id", this.state.newId())
			.put("type", type)
			.put("status", REGISTERED)
			.put("entity", "CLUSTER")
			.put("entity_id", clusterId);
		operation.putObject("feedback_data").put("message", "The " + type + " operation was registered.");
		operation.set("non_sensitive_data", nonSensitiveData);
		operation.set("dc", this.state.dc());
		this.state.operations.computeIfAbsent(clusterId, (id) -> new ArrayList<>()).add(operation);
		this.running.put(operation.get("id").asString(),
				new Running(clusterId, cluster, operation, now, workMessage, effect, failure));
		health(cluster).put("running_operation", type);
		cluster.set("last_async_operation", summary(operation));
		this.state.touch(cluster);
		return operation;
	}

	/**
	 * {@code health.last_seen} as the region reports it.
	 */
	static String lastSeen(Instant instant) {
		return LAST_SEEN.format(instant);
	}

	static ObjectNode health(ObjectNode cluster) {
		JsonNode health = cluster.get("health");
		if (health instanceof ObjectNode object) {
			return object;
		}
		return cluster.putObject("health");
	}

	private void catchUp(Instant now) {
		Iterator<Running> operations = this.running.values().iterator();
		while (operations.hasNext()) {
			Running operation = operations.next();
			// A deleted cluster's operations end with it, however it was deleted (its own
			// DELETE, or the cancellation of the subscription that paid for it).
			if (!this.state.clusters.containsKey(operation.clusterId) || advance(operation, now)) {
				operations.remove();
			}
		}
		// Health is pushed by the region from time to time: a cluster that is up has been
		// seen recently. A cluster still being created or suspended reports nothing.
		String seen = lastSeen(now);
		for (ObjectNode cluster : this.state.clusters.values()) {
			ObjectNode health = health(cluster);
			String status = health.path("status").asString("");
			if (!status.equals("UNREACHABLE") && !status.equals("SUSPENDED")) {
				health.put("last_seen", seen);
			}
		}
	}

	/**
	 * Moves an operation to the status it has reached by {@code now}.
	 * @return whether it has ended
	 */
	private boolean advance(Running operation, Instant now) {
		int reached = stepsReached(operation.started, now);
		while (operation.steps < reached) {
			operation.steps++;
			Instant at = operation.started.plus(this.state.operationStep.multipliedBy(operation.steps));
			switch (operation.steps) {
				case 1 -> update(operation, SENT, "The " + operation.type() + " operation was sent to the region.", at);
				case 2 -> update(operation, IN_PROGRESS, operation.workMessage, at);
				default -> {
					finish(operation, at);
					return true;
				}
			}
		}
		return false;
	}

	private int stepsReached(Instant started, Instant now) {
		Duration step = this.state.operationStep;
		if (step.isZero()) {
			return 3;
		}
		Duration elapsed = Duration.between(started, now);
		if (elapsed.isNegative()) {
			return 0;
		}
		long steps = elapsed.toNanos() / step.toNanos();
		return (int) Math.min(3, steps);
	}

	private void finish(Running operation, Instant at) {
		if (operation.failure != null) {
			update(operation, FAILED, operation.failure, at);
		}
		else {
			operation.effect.run();
			update(operation, SUCCEEDED, "The " + operation.type() + " operation succeeded.", at);
		}
		health(operation.cluster).put("running_operation", "");
	}

	private void update(Running operation, String status, String message, Instant at) {
		ObjectNode node = operation.operation;
		node.put("status", status);
		((ObjectNode) node.get("feedback_data")).put("message", message);
		((ObjectNode) node.get("dc")).put("modified", this.state.timestamp(at));
		JsonNode last = operation.cluster.get("last_async_operation");
		if (last != null && last.path("id").asString("").equals(node.get("id").asString())) {
			operation.cluster.set("last_async_operation", summary(node));
		}
		if (operation.cluster.get("dc") instanceof ObjectNode dc) {
			dc.put("modified", this.state.timestamp(at));
		}
	}

	private ObjectNode summary(ObjectNode operation) {
		ObjectNode summary = this.state.object();
		summary.set("id", operation.get("id"));
		summary.set("type", operation.get("type"));
		summary.set("status", operation.get("status"));
		summary.set("dc", operation.get("dc").deepCopy());
		return summary;
	}

	/**
	 * An operation that has not ended, with what it takes to end it.
	 */
	private static final class Running {

		final String clusterId;

		final ObjectNode cluster;

		final ObjectNode operation;

		final Instant started;

		final String workMessage;

		final Runnable effect;

		final @Nullable String failure;

		/** How many steps the operation has taken: 0 REGISTERED, 1 SENT, 2 IN_PROGRESS, 3 ended. */
		int steps;

		Running(String clusterId, ObjectNode cluster, ObjectNode operation, Instant started, String workMessage,
				Runnable effect, @Nullable String failure) {
			this.clusterId = clusterId;
			this.cluster = cluster;
			this.operation = operation;
			this.started = started;
			this.workMessage = workMessage;
			this.effect = effect;
			this.failure = failure;
		}

		String type() {
			return this.operation.get("type").asString();
		}

	}

}
