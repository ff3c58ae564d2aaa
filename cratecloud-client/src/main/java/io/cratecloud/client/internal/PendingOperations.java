package io.cratecloud.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClusterOperationSummary;
import io.cratecloud.client.datajobs.ExportJob;
import io.cratecloud.client.datajobs.ImportJob;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Makes every {@link PendingOperation}: of a cluster change, of the change running on a
 * cluster, of a deletion, of a wait for health, and of data jobs, and turns a
 * {@link PendingOperation#token() token} back into its handle. The one place that knows how
 * each kind of work is looked at.
 * <p>
 * A change is found among the cluster's operations when its handle is awaited, never when
 * the change is asked for, so that a change sends exactly its one request: by the id the
 * answer to the change named ({@code last_async_operation}), or else as the newest operation
 * of its type created after the service accepted the change, by the service's own clock
 * (the answer's {@code Date}).
 * <p>
 * Internal: not part of the client's API.
 */
public final class PendingOperations {

	private static final String CLUSTER = "/api/v2/clusters/{cluster_id}/";

	private static final String OPERATIONS = "/api/v2/clusters/{cluster_id}/operations/";

	/**
	 * How long before the answer to a change its operation may have been created: the
	 * service creates it while it handles the request, and its {@code Date} has a precision
	 * of one second.
	 */
	static final Duration ACCEPTANCE_SLACK = Duration.ofSeconds(30);

	private final CrateCloudTransport transport;

	private final Waiter waiter;

	private final DataJobHandles imports;

	private final DataJobHandles exports;

	/**
	 * Create the factory of handles.
	 * @param transport the transport each poll goes through
	 * @param waiter how handles are awaited
	 */
	public PendingOperations(CrateCloudTransport transport, Waiter waiter) {
		this.transport = transport;
		this.waiter = waiter;
		this.imports = new DataJobHandles(transport, waiter, OperationKind.IMPORT, "Import job",
				"/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/", "import_job_id");
		this.exports = new DataJobHandles(transport, waiter, OperationKind.EXPORT, "Export job",
				"/api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/", "export_job_id");
	}

	DataJobHandles imports() {
		return this.imports;
	}

	DataJobHandles exports() {
		return this.exports;
	}

	/**
	 * Turn a token back into the handle it came from.
	 * @param <T> what the work produces
	 * @param token the token
	 * @param resultType what the work produces: {@link Cluster} for a change or a wait for
	 * health, {@link Void} for a deletion, {@link ImportJob} or {@link ExportJob} for a data
	 * job
	 * @return the handle
	 * @throws IllegalArgumentException if the token is no token of a handle, or its handle
	 * produces another type
	 */
	@SuppressWarnings("unchecked")
	public <T> PendingOperation<T> follow(String token, Class<T> resultType) {
		OperationTokens.Token read = OperationTokens.decode(token);
		Arguments.required(resultType, "resultType");
		OperationKind kind = read.kind();
		Class<?> produced = resultTypeOf(kind);
		Arguments.check(produced == resultType, "resultType",
				produced.getSimpleName() + ".class, what a " + kind + " produces, not " + resultType.getSimpleName()
						+ ".class");
		String clusterId = read.clusterId();
		PendingOperation<?> handle;
		if (OperationKind.DELETE.equals(kind)) {
			handle = deletion(clusterId);
		}
		else if (OperationKind.HEALTH.equals(kind)) {
			handle = health(clusterId);
		}
		else if (kind.isDataJob()) {
			Arguments.check(read.id() != null, "token", "the token of a job, with the job's id");
			handle = (OperationKind.IMPORT.equals(kind) ? this.imports : this.exports).handle(clusterId, read.id(),
					(Class<? extends io.cratecloud.client.datajobs.DataJob>) resultType);
		}
		else if (OperationKind.UNKNOWN.equals(kind)) {
			handle = running(clusterId);
		}
		else {
			handle = change(clusterId, kind, read.id(), read.since());
		}
		return (PendingOperation<T>) handle;
	}

	private static Class<?> resultTypeOf(OperationKind kind) {
		if (OperationKind.DELETE.equals(kind)) {
			return Void.class;
		}
		if (OperationKind.IMPORT.equals(kind)) {
			return ImportJob.class;
		}
		if (OperationKind.EXPORT.equals(kind)) {
			return ExportJob.class;
		}
		return Cluster.class;
	}

	/**
	 * The handle of a cluster change the service has just accepted.
	 * @param clusterId the cluster's id
	 * @param kind the type of the change's operation
	 * @param answer the cluster as the service answered the change, if it did with one
	 * @param accepted when the service accepted the change, by its {@code Date}, if it said
	 * @return the handle
	 */
	PendingOperation<Cluster> accepted(String clusterId, OperationKind kind, @Nullable Cluster answer,
			@Nullable Instant accepted) {
		return change(clusterId, kind, operationNamedBy(answer, kind, accepted), accepted);
	}

	/**
	 * The id of the change's operation, if the answer to the change names it as the
	 * cluster's last operation: of the change's type, and not created before the change.
	 */
	private static @Nullable String operationNamedBy(@Nullable Cluster answer, OperationKind kind,
			@Nullable Instant accepted) {
		ClusterOperationSummary last = (answer != null) ? answer.lastAsyncOperation() : null;
		if (last == null || last.id() == null || last.type() == null || !kind.value().equals(last.type().value())) {
			return null;
		}
		return isAfterAcceptance(last.dc(), accepted) ? last.id() : null;
	}

	private static boolean isAfterAcceptance(@Nullable DublinCore dc, @Nullable Instant accepted) {
		Instant created = (dc != null) ? dc.created() : null;
		return accepted == null || created == null || !created.isBefore(accepted.minus(ACCEPTANCE_SLACK));
	}

	PendingOperation<Cluster> change(String clusterId, OperationKind kind, @Nullable String operationId,
			@Nullable Instant accepted) {
		Arguments.text(clusterId, "cluster_id");
		ChangeProbe probe = new ChangeProbe(clusterId, kind, operationId, accepted);
		return new DefaultPendingOperation<>(this.waiter, kind, clusterId, operationId, accepted,
				(handle) -> "The " + kind + " change of cluster " + clusterId, call(OPERATIONS, clusterId),
				(token) -> "follow it with GET /api/v2/clusters/" + clusterId + "/operations/, or wait again with "
						+ follow(token, "Cluster"),
				probe);
	}

	/**
	 * The handle of whatever change runs on a cluster, which a refused change names: its
	 * first poll finds the operation that has not finished, which it then follows; if none
	 * runs any more, it has succeeded.
	 * @param clusterId the cluster's id
	 * @return the handle
	 */
	PendingOperation<Cluster> running(String clusterId) {
		Arguments.text(clusterId, "cluster_id");
		return new DefaultPendingOperation<>(this.waiter, OperationKind.UNKNOWN, clusterId, null, null,
				(handle) -> "The " + (OperationKind.UNKNOWN.equals(handle.kind()) ? "running"
						: handle.kind().value()) + " change of cluster " + clusterId,
				call(OPERATIONS, clusterId),
				(token) -> "follow it with GET /api/v2/clusters/" + clusterId + "/operations/, or wait again with "
						+ follow(token, "Cluster"),
				new RunningProbe(clusterId));
	}

	/**
	 * The same refusal, naming the operation that runs on the cluster.
	 * @param refused the refusal the transport read
	 * @param clusterId the cluster's id
	 * @return the refusal with its running operation
	 */
	CrateCloudOperationInProgressException withRunningOperation(CrateCloudOperationInProgressException refused,
			String clusterId) {
		CrateCloudOperationInProgressException named = new CrateCloudOperationInProgressException(
				refused.getMessage(), refused.getCall(), refused.getStatusCode(), refused.getServerMessage(),
				running(clusterId));
		named.setStackTrace(refused.getStackTrace());
		return named;
	}

	PendingOperation<Void> deletion(String clusterId) {
		Arguments.text(clusterId, "cluster_id");
		return new DefaultPendingOperation<>(this.waiter, OperationKind.DELETE, clusterId, null, null,
				(handle) -> "The deletion of cluster " + clusterId, call(CLUSTER, clusterId),
				(token) -> "GET /api/v2/clusters/" + clusterId + "/ answers 404 once it is gone; wait again with "
						+ follow(token, "Void"),
				() -> {
					try {
						Cluster cluster = cluster(clusterId);
						return Sighting.of(progress(OperationKind.DELETE, clusterId, OperationStatus.IN_PROGRESS,
								healthMessage(cluster)));
					}
					catch (CrateCloudNotFoundException ex) {
						return Sighting.of(progress(OperationKind.DELETE, clusterId, OperationStatus.SUCCEEDED, "gone"));
					}
				});
	}

	PendingOperation<Cluster> health(String clusterId) {
		Arguments.text(clusterId, "cluster_id");
		return new DefaultPendingOperation<>(this.waiter, OperationKind.HEALTH, clusterId, null, null,
				(handle) -> "The health of cluster " + clusterId, call(CLUSTER, clusterId),
				(token) -> "follow its health with GET /api/v2/clusters/" + clusterId + "/, or wait again with "
						+ follow(token, "Cluster"),
				() -> {
					Cluster cluster = cluster(clusterId);
					ClusterHealth health = cluster.health();
					boolean green = health != null && ClusterHealthStatus.GREEN.equals(health.status());
					OperationProgress progress = progress(OperationKind.HEALTH, clusterId,
							green ? OperationStatus.SUCCEEDED : OperationStatus.IN_PROGRESS, healthMessage(cluster));
					return new Sighting<>(progress, green ? cluster : null);
				});
	}

	static String follow(String token, String resultType) {
		return "client.follow(\"" + token + "\", " + resultType + ".class).";
	}

	private Cluster cluster(String clusterId) {
		return this.transport.get(CLUSTER).pathVariable("cluster_id", clusterId).retrieve(Cluster.class);
	}

	private List<ClusterOperation> operations(String clusterId) {
		return this.transport.get(OPERATIONS)
			.pathVariable("cluster_id", clusterId)
			.retrieve(ClusterOperationList.class)
			.operationsOrEmpty();
	}

	/**
	 * The newest operation of a type: {@code GET /api/v2/clusters/{cluster_id}/operations/}
	 * with {@code type} and {@code limit=1}, as the official CLI asks. Whether the service
	 * honours them is not known, so the answer is filtered by type here too, and the newest
	 * is the first, as the CLI takes it, unless creation times say otherwise.
	 */
	private Optional<ClusterOperation> newestOperation(String clusterId, OperationKind kind) {
		return this.transport.get(OPERATIONS)
			.pathVariable("cluster_id", clusterId)
			.query("type", kind.value())
			.query("limit", 1)
			.retrieve(ClusterOperationList.class)
			.operationsOrEmpty()
			.stream()
			.filter((operation) -> isOfKind(operation, kind) && operation.id() != null)
			.reduce((newest, candidate) -> isNewer(candidate, newest) ? candidate : newest);
	}

	private static boolean isOfKind(ClusterOperation operation, OperationKind kind) {
		return operation.type() != null && kind.value().equals(operation.type().value());
	}

	private static boolean isNewer(ClusterOperation candidate, ClusterOperation than) {
		Instant candidateCreated = created(candidate);
		Instant thanCreated = created(than);
		return candidateCreated != null && thanCreated != null && candidateCreated.isAfter(thanCreated);
	}

	private static @Nullable Instant created(ClusterOperation operation) {
		return (operation.dc() != null) ? operation.dc().created() : null;
	}

	private static ApiCall call(String pathTemplate, String clusterId) {
		return ApiCalls.of(HttpMethod.GET, pathTemplate, clusterId);
	}

	private static OperationProgress progress(OperationKind kind, String clusterId, OperationStatus status,
			@Nullable String message) {
		return new OperationProgress(kind, clusterId, null, status, message, null, null);
	}

	private static OperationProgress progress(OperationKind kind, String clusterId, ClusterOperation operation) {
		return new OperationProgress(kind, clusterId, operation.id(), operation.status(), operation.feedbackMessage(),
				null, null);
	}

	private static String healthMessage(Cluster cluster) {
		ClusterHealth health = cluster.health();
		return "health " + ((health != null) ? health.status() : "unknown");
	}

	/**
	 * Looks at a change's operation: once its id is known, that one (the newest of its type,
	 * or else found in the whole list should a newer one have come after it); before, the
	 * newest of its type created after the change was accepted.
	 */
	private final class ChangeProbe implements Probe<Cluster> {

		private final String clusterId;

		private final OperationKind kind;

		private final @Nullable Instant accepted;

		private volatile @Nullable String operationId;

		ChangeProbe(String clusterId, OperationKind kind, @Nullable String operationId, @Nullable Instant accepted) {
			this.clusterId = clusterId;
			this.kind = kind;
			this.operationId = operationId;
			this.accepted = accepted;
		}

		@Override
		public @Nullable Sighting<Cluster> look() {
			ClusterOperation operation = find();
			if (operation == null) {
				return null;
			}
			this.operationId = operation.id();
			return new Sighting<>(progress(this.kind, this.clusterId, operation),
					OperationStatus.SUCCEEDED.equals(operation.status()) ? cluster(this.clusterId) : null);
		}

		private @Nullable ClusterOperation find() {
			String known = this.operationId;
			Optional<ClusterOperation> newest = newestOperation(this.clusterId, this.kind);
			if (known == null) {
				return newest.filter((candidate) -> isAfterAcceptance(candidate.dc(), this.accepted)).orElse(null);
			}
			if (newest.isPresent() && known.equals(newest.get().id())) {
				return newest.get();
			}
			return operations(this.clusterId).stream()
				.filter((candidate) -> known.equals(candidate.id()))
				.findFirst()
				.orElseThrow(() -> {
					ApiCall call = call(OPERATIONS, this.clusterId);
					return new CrateCloudNotFoundException(call + " (" + call.pathTemplate()
							+ ") no longer lists operation " + known + " of cluster " + this.clusterId, call, 0, null,
							null);
				});
		}

	}

	/**
	 * Looks for the operation that runs on a cluster, the newest that has not finished, and
	 * then follows it as a change's probe would.
	 */
	private final class RunningProbe implements Probe<Cluster> {

		private final String clusterId;

		private volatile @Nullable ChangeProbe found;

		RunningProbe(String clusterId) {
			this.clusterId = clusterId;
		}

		@Override
		public @Nullable Sighting<Cluster> look() {
			ChangeProbe change = this.found;
			if (change != null) {
				return change.look();
			}
			ClusterOperation running = operations(this.clusterId).stream()
				.filter((operation) -> operation.id() != null && operation.type() != null
						&& (operation.status() == null || !operation.status().isFinished()))
				.max(Comparator.comparing(PendingOperations::created, Comparator.nullsFirst(Comparator.naturalOrder())))
				.orElse(null);
			if (running == null) {
				return new Sighting<>(progress(OperationKind.UNKNOWN, this.clusterId, OperationStatus.SUCCEEDED,
						"no operation runs"), cluster(this.clusterId));
			}
			OperationKind kind = new OperationKind(Objects.requireNonNull(running.type()).value());
			this.found = new ChangeProbe(this.clusterId, kind, running.id(), null);
			return new Sighting<>(progress(kind, this.clusterId, running), null);
		}

	}

}
