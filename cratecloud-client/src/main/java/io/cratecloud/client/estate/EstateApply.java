package io.cratecloud.client.estate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudInterruptedException;
import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationProgressListener;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterSpec;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.clusters.HardwareSpecs;
import io.cratecloud.client.estate.EstatePlanner.ClusterPlan;
import io.cratecloud.client.estate.EstatePlanner.Planning;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectCreateRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * An apply running in the background: new projects first, then each cluster's changes in
 * order on one thread of a bounded pool, its progress kept for every awaiting thread.
 */
final class EstateApply implements PendingOperation<EstateReport> {

	private static final AtomicInteger APPLIES = new AtomicInteger();

	private final CrateCloudClient client;

	private final Planning planning;

	private final Duration timeout;

	private final long deadline;

	private final ApiCall call;

	private final Object lock = new Object();

	private final List<OperationProgress> events = new ArrayList<>();

	private final Map<String, ChangeOutcome> projectOutcomes = new LinkedHashMap<>();

	private final List<List<ChangeOutcome>> clusterOutcomes = new ArrayList<>();

	private final int total;

	private final AtomicInteger finished = new AtomicInteger();

	private final CompletableFuture<EstateReport> result = new CompletableFuture<>();

	private final String token;

	private volatile @Nullable Throwable firstFailure;

	private EstateApply(CrateCloudClient client, Planning planning, Duration timeout) {
		this.client = client;
		this.planning = planning;
		this.timeout = timeout;
		this.deadline = System.nanoTime() + timeout.toNanos();
		String organizationId = planning.estate().organizationId();
		this.call = new ApiCall(HttpMethod.GET, "/api/v2/organizations/{organization_id}/clusters/",
				"/api/v2/organizations/" + organizationId + "/clusters/");
		this.total = planning.plan().pending().size();
		this.token = "estate:" + organizationId + ":" + APPLIES.incrementAndGet();
		for (int i = 0; i < planning.clusters().size(); i++) {
			this.clusterOutcomes.add(new ArrayList<>());
		}
	}

	static EstateApply start(CrateCloudClient client, Planning planning, int concurrency, Duration timeout) {
		EstateApply apply = new EstateApply(client, planning, timeout);
		apply.run(concurrency);
		return apply;
	}

	private void run(int concurrency) {
		EstatePlan plan = this.planning.plan();
		for (PlannedChange change : plan.changes()) {
			if (change.cluster() == null && change.isBlocked()) {
				this.projectOutcomes.put(change.project() + "/" + change.kind(),
						new ChangeOutcome(change, ChangeStatus.BLOCKED, null, change.blockedReason()));
			}
		}
		List<Integer> toChange = new ArrayList<>();
		for (int i = 0; i < this.planning.clusters().size(); i++) {
			ClusterPlan cluster = this.planning.clusters().get(i);
			if (cluster.changes().stream().anyMatch((change) -> !change.isBlocked())) {
				toChange.add(i);
			}
			else {
				blocked(cluster, this.clusterOutcomes.get(i));
			}
		}
		List<PlannedChange> newProjects = plan.pending().stream()
			.filter((change) -> change.kind() == ChangeKind.CREATE_PROJECT)
			.toList();
		if (newProjects.isEmpty() && toChange.isEmpty()) {
			finish();
			return;
		}
		int threads = Math.max(1, Math.min(concurrency, Math.max(newProjects.size(), toChange.size())));
		ExecutorService executor = Executors.newFixedThreadPool(threads, new ApplyThreads());
		Map<String, CompletableFuture<String>> projects = new HashMap<>();
		this.planning.projectIds().forEach((name, id) -> projects.put(name, CompletableFuture.completedFuture(id)));
		List<CompletableFuture<?>> work = new ArrayList<>();
		for (PlannedChange change : newProjects) {
			CompletableFuture<String> created = CompletableFuture.supplyAsync(() -> createProject(change), executor);
			projects.put(change.project(), created);
			work.add(created.exceptionally((failure) -> null));
		}
		for (int index : toChange) {
			ClusterPlan cluster = this.planning.clusters().get(index);
			List<ChangeOutcome> outcomes = this.clusterOutcomes.get(index);
			CompletableFuture<String> project = projects.getOrDefault(cluster.project(),
					CompletableFuture.failedFuture(new IllegalStateException("no project " + cluster.project())));
			work.add(project.handleAsync((projectId, failure) -> {
				if (failure != null) {
					skipAll(cluster, outcomes, "project " + cluster.project() + " was not created");
					return null;
				}
				try {
					runCluster(cluster, projectId, outcomes);
				}
				catch (RuntimeException ex) {
					// Whatever went wrong, every change of the cluster gets an outcome.
					failed(ex);
					failUnreported(cluster, outcomes, ex);
				}
				return null;
			}, executor));
		}
		CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).whenComplete((ignored, failure) -> {
			executor.shutdown();
			finish();
		});
	}

	private String createProject(PlannedChange change) {
		EstateProject declared = this.planning.estate().projects().stream()
			.filter((project) -> project.name().equals(change.project()))
			.findFirst()
			.orElseThrow();
		ProjectCreateRequest request = ProjectCreateRequest.of(this.planning.estate().organizationId(), declared.name());
		if (declared.region() != null) {
			request = request.withRegion(declared.region());
		}
		try {
			Project project = this.client.projects().create(request);
			String id = String.valueOf(project.id());
			record(this.projectOutcomes, change.project(), new ChangeOutcome(change, ChangeStatus.APPLIED, null, null));
			publish(OperationKind.ESTATE, id, null, OperationStatus.SUCCEEDED, change.describe());
			return id;
		}
		catch (RuntimeException ex) {
			failed(ex);
			record(this.projectOutcomes, change.project(), new ChangeOutcome(change, ChangeStatus.FAILED, null, reason(ex)));
			publish(OperationKind.ESTATE, this.planning.estate().organizationId(), null, OperationStatus.FAILED,
					change.describe() + ": " + reason(ex));
			throw ex;
		}
	}

	private void runCluster(ClusterPlan plan, String projectId, List<ChangeOutcome> outcomes) {
		Estate estate = this.planning.estate();
		List<PlannedChange> pending = plan.changes().stream().filter((change) -> !change.isBlocked()).toList();
		List<PlannedChange> blocked = plan.changes().stream().filter(PlannedChange::isBlocked).toList();
		Cluster current = plan.actual();
		String clusterId = (current != null) ? current.id() : null;
		if (current != null && clusterId != null && isOperationRunning(current)) {
			PendingOperation<Cluster> running = this.client.clusters().currentOperation(clusterId);
			publish(OperationKind.UNKNOWN, clusterId, null, OperationStatus.IN_PROGRESS,
					"cluster " + plan.project() + "/" + plan.declared().name() + ": joining the operation that runs on it");
			try {
				current = running.await(remaining(), forward(null, plan));
			}
			catch (RuntimeException ex) {
				failed(ex);
				add(outcomes, new ChangeOutcome(pending.get(0), ChangeStatus.FAILED, running.id(),
						"the operation that was running on the cluster did not succeed: " + reason(ex)));
				for (PlannedChange rest : pending.subList(1, pending.size())) {
					add(outcomes, new ChangeOutcome(rest, ChangeStatus.SKIPPED, null, "an earlier change of the cluster failed"));
				}
				blocked(plan, outcomes);
				return;
			}
			List<PlannedChange> fresh = EstatePlanner.diff(estate, plan.withActual(current));
			// What the plan saw running, since the handle learns nothing if it ended before its poll.
			String seenType = runningType(plan.actual());
			String seenId = (plan.actual().lastAsyncOperation() != null) ? plan.actual().lastAsyncOperation().id() : null;
			for (PlannedChange original : pending) {
				PlannedChange now = fresh.stream()
					.filter((change) -> change.kind() == original.kind())
					.findFirst()
					.orElse(null);
				if (now == null) {
					OperationKind kind = operationKind(original.kind());
					boolean joined = kind.value().equals(seenType) || kind.equals(running.kind());
					add(outcomes, new ChangeOutcome(original, joined ? ChangeStatus.JOINED : ChangeStatus.NOT_NEEDED,
							joined ? ((running.id() != null) ? running.id() : seenId) : null, null));
				}
			}
			pending = fresh.stream().filter((change) -> !change.isBlocked()).toList();
			blocked = fresh.stream().filter(PlannedChange::isBlocked).toList();
		}
		boolean failed = false;
		for (PlannedChange change : pending) {
			if (failed) {
				add(outcomes, new ChangeOutcome(change, ChangeStatus.SKIPPED, null, "an earlier change of the cluster failed"));
				continue;
			}
			if (remaining().isZero()) {
				add(outcomes, new ChangeOutcome(change, ChangeStatus.SKIPPED, null,
						"the apply's time (" + this.timeout + ") ran out before it started"));
				continue;
			}
			try {
				clusterId = send(change, plan, clusterId, projectId, outcomes);
			}
			catch (CrateCloudOperationInProgressException ex) {
				// Another operation started since the plan: join it, then look at this change again.
				try {
					Cluster now = ex.runningOperation().await(remaining(), forward(change, plan));
					PlannedChange still = EstatePlanner.diff(estate, plan.withActual(now))
						.stream()
						.filter((candidate) -> candidate.kind() == change.kind())
						.findFirst()
						.orElse(null);
					if (still == null) {
						add(outcomes, new ChangeOutcome(change, ChangeStatus.NOT_NEEDED, null, null));
					}
					else if (still.isBlocked()) {
						add(outcomes, new ChangeOutcome(still, ChangeStatus.BLOCKED, null, still.blockedReason()));
					}
					else {
						clusterId = send(change, plan, clusterId, projectId, outcomes);
					}
				}
				catch (RuntimeException again) {
					failed = true;
					fail(change, again, outcomes);
				}
			}
			catch (RuntimeException ex) {
				failed = true;
				fail(change, ex, outcomes);
			}
		}
		reportBlocked(blocked, outcomes);
	}

	private @Nullable String send(PlannedChange change, ClusterPlan plan, @Nullable String clusterId, String projectId,
			List<ChangeOutcome> outcomes) {
		EstateCluster declared = plan.declared();
		ClustersClient clusters = this.client.clusters();
		if (change.kind() == ChangeKind.UPDATE_DELETION_PROTECTION) {
			clusters.updateDeletionProtection(required(clusterId), Boolean.TRUE.equals(declared.deletionProtected()));
			add(outcomes, new ChangeOutcome(change, ChangeStatus.APPLIED, null, null));
			publish(OperationKind.ESTATE, required(clusterId), null, OperationStatus.SUCCEEDED, change.describe());
			return clusterId;
		}
		PendingOperation<Cluster> operation = switch (change.kind()) {
			case CREATE_CLUSTER -> clusters.create(this.planning.estate().organizationId(),
					ClusterCreateRequest.inProject(projectId, required(this.planning.subscriptionId()), spec(declared)));
			case RESUME -> clusters.resume(required(clusterId));
			case SUSPEND -> clusters.suspend(required(clusterId));
			case CHANGE_PRODUCT -> clusters.changeProduct(required(clusterId), declared.productName());
			case SCALE -> clusters.scale(required(clusterId), declared.productUnit());
			case EXPAND_STORAGE -> clusters.expandStorage(required(clusterId), required(declared.storage()).toBytes());
			case UPGRADE -> clusters.upgrade(required(clusterId), required(declared.crateVersion()));
			case UPDATE_IP_ALLOWLIST -> clusters.updateIpAllowlist(required(clusterId), required(declared.ipAllowlist()));
			case UPDATE_BACKUP_SCHEDULE -> clusters.updateBackupSchedule(required(clusterId),
					EstateChecks.hoursText(required(EstateChecks.hours(declared.backupHours()))));
			default -> throw new IllegalStateException("Not a cluster change: " + change.kind());
		};
		publish(operation.kind(), operation.clusterId(), operation.id(), OperationStatus.REGISTERED, change.describe());
		try {
			operation.await(remaining(), forward(change, plan));
		}
		catch (CrateCloudOperationTimeoutException ex) {
			throw new CrateCloudOperationTimeoutException("The apply's time (" + this.timeout + ") ran out while "
					+ change.describe() + " still ran (operation " + ex.getId() + "); planning and applying again joins it",
					ex.getCall(), ex.getKind(), ex.getClusterId(), ex.getId(), ex.getToken(), ex.getLastSeen(),
					ex.getTimeout());
		}
		add(outcomes, new ChangeOutcome(change, ChangeStatus.APPLIED, operation.id(), null));
		return operation.clusterId();
	}

	private ClusterSpec spec(EstateCluster declared) {
		String reference = required(declared.passwordFrom());
		String password = this.planning.estate().passwords().resolve(reference);
		if (password == null) {
			throw new IllegalStateException("'" + reference + "' is no longer set: it held the admin password of cluster "
					+ declared.name() + " when the estate was planned");
		}
		ClusterSpec.Builder spec = ClusterSpec.builder()
			.name(declared.name())
			.product(declared.productName())
			.productTier(declared.productTier())
			.productUnit(declared.productUnit())
			.crateVersion(required(declared.crateVersion()))
			.username(declared.username())
			.password(password);
		if (declared.storage() != null) {
			spec.hardwareSpecs(new HardwareSpecs(null, null, null, null, null, declared.storage().toBytes()));
		}
		return spec.build();
	}

	private void fail(PlannedChange change, RuntimeException ex, List<ChangeOutcome> outcomes) {
		failed(ex);
		String operationId = (ex instanceof CrateCloudOperationFailedException failedOperation)
				? failedOperation.getProgress().id() : (ex instanceof CrateCloudOperationTimeoutException timedOut)
						? timedOut.getId() : null;
		add(outcomes, new ChangeOutcome(change, ChangeStatus.FAILED, operationId, reason(ex)));
		publish(OperationKind.ESTATE, (change.clusterId() != null) ? change.clusterId()
				: this.planning.estate().organizationId(), operationId, OperationStatus.FAILED,
				change.describe() + ": " + reason(ex));
	}

	private static String reason(Throwable ex) {
		if (ex instanceof CrateCloudOperationFailedException failed && failed.getProgress().message() != null) {
			return failed.getProgress().message();
		}
		if (ex instanceof CrateCloudException cloud && cloud.getServerMessage() != null) {
			return cloud.getStatusCode() + " " + cloud.getServerMessage() + " (" + cloud.getCall() + ")";
		}
		return String.valueOf(ex.getMessage());
	}

	private void failed(Throwable ex) {
		synchronized (this.lock) {
			if (this.firstFailure == null) {
				this.firstFailure = ex;
			}
		}
	}

	private void skipAll(ClusterPlan plan, List<ChangeOutcome> outcomes, String reason) {
		for (PlannedChange change : plan.changes()) {
			if (!change.isBlocked()) {
				add(outcomes, new ChangeOutcome(change, ChangeStatus.SKIPPED, null, reason));
			}
		}
		blocked(plan, outcomes);
	}

	private void blocked(ClusterPlan plan, List<ChangeOutcome> outcomes) {
		reportBlocked(plan.changes().stream().filter(PlannedChange::isBlocked).toList(), outcomes);
	}

	private void reportBlocked(List<PlannedChange> blocked, List<ChangeOutcome> outcomes) {
		synchronized (this.lock) {
			for (PlannedChange change : blocked) {
				outcomes.add(new ChangeOutcome(change, ChangeStatus.BLOCKED, null, change.blockedReason()));
			}
		}
	}

	private void failUnreported(ClusterPlan plan, List<ChangeOutcome> outcomes, RuntimeException ex) {
		List<PlannedChange> reported;
		synchronized (this.lock) {
			reported = outcomes.stream().map(ChangeOutcome::change).toList();
		}
		for (PlannedChange change : plan.changes()) {
			if (!change.isBlocked() && !reported.contains(change)) {
				add(outcomes, new ChangeOutcome(change, ChangeStatus.FAILED, null,
						"the apply failed on this cluster: " + reason(ex)));
			}
		}
		if (reported.stream().noneMatch(PlannedChange::isBlocked)) {
			blocked(plan, outcomes);
		}
	}

	private void add(List<ChangeOutcome> outcomes, ChangeOutcome outcome) {
		synchronized (this.lock) {
			outcomes.add(outcome);
		}
		if (outcome.status() != ChangeStatus.APPLIED && outcome.status() != ChangeStatus.FAILED) {
			publish(OperationKind.ESTATE, this.planning.estate().organizationId(), outcome.operationId(),
					(outcome.status() == ChangeStatus.SKIPPED) ? null : OperationStatus.SUCCEEDED, outcome.describe());
		}
		this.finished.incrementAndGet();
	}

	private void record(Map<String, ChangeOutcome> outcomes, String key, ChangeOutcome outcome) {
		synchronized (this.lock) {
			outcomes.put(key, outcome);
		}
		this.finished.incrementAndGet();
	}

	private static @Nullable String runningType(@Nullable Cluster cluster) {
		if (cluster == null) {
			return null;
		}
		if (cluster.lastAsyncOperation() != null && cluster.lastAsyncOperation().type() != null
				&& cluster.lastAsyncOperation().status() != null && !cluster.lastAsyncOperation().status().isFinished()) {
			return cluster.lastAsyncOperation().type().value();
		}
		return (cluster.health() != null && cluster.health().runningOperation() != null)
				? cluster.health().runningOperation().value() : null;
	}

	private static boolean isOperationRunning(Cluster cluster) {
		if (cluster.health() != null && cluster.health().isOperationRunning()) {
			return true;
		}
		return cluster.lastAsyncOperation() != null && cluster.lastAsyncOperation().status() != null
				&& !cluster.lastAsyncOperation().status().isFinished();
	}

	static OperationKind operationKind(ChangeKind kind) {
		return switch (kind) {
			case CREATE_CLUSTER -> OperationKind.CREATE;
			case RESUME, SUSPEND -> OperationKind.SUSPEND;
			case CHANGE_PRODUCT -> OperationKind.CHANGE_COMPUTE;
			case SCALE -> OperationKind.SCALE;
			case EXPAND_STORAGE -> OperationKind.EXPAND_STORAGE;
			case UPGRADE -> OperationKind.UPGRADE;
			case UPDATE_IP_ALLOWLIST -> OperationKind.ALLOWED_CIDR_UPDATE;
			case UPDATE_BACKUP_SCHEDULE -> OperationKind.BACKUP_SCHEDULE_UPDATE;
			default -> OperationKind.ESTATE;
		};
	}

	private OperationProgressListener forward(@Nullable PlannedChange change, ClusterPlan plan) {
		String prefix = (change != null) ? change.describe()
				: "cluster " + plan.project() + "/" + plan.declared().name() + " (joined)";
		return (progress) -> publish(progress.kind(), progress.clusterId(), progress.id(), progress.status(),
				prefix + ": " + progress.describe());
	}

	private void publish(OperationKind kind, String clusterId, @Nullable String id, @Nullable OperationStatus status,
			String message) {
		double percent = (this.total == 0) ? 100.0 : Math.min(100.0, 100.0 * this.finished.get() / this.total);
		OperationProgress progress = new OperationProgress(kind, clusterId, id, status, message,
				Math.round(percent * 10) / 10.0, null);
		synchronized (this.lock) {
			this.events.add(progress);
			this.lock.notifyAll();
		}
	}

	private Duration remaining() {
		long left = this.deadline - System.nanoTime();
		return (left > 0) ? Duration.ofNanos(left) : Duration.ZERO;
	}

	private void finish() {
		List<ChangeOutcome> outcomes = new ArrayList<>();
		synchronized (this.lock) {
			outcomes.addAll(this.projectOutcomes.values());
			for (List<ChangeOutcome> cluster : this.clusterOutcomes) {
				outcomes.addAll(cluster);
			}
		}
		EstateReport report = new EstateReport(this.planning.plan(), outcomes);
		publish(OperationKind.ESTATE, this.planning.estate().organizationId(), null,
				report.isSuccess() ? OperationStatus.SUCCEEDED : OperationStatus.FAILED, report.render());
		synchronized (this.lock) {
			this.result.complete(report);
			this.lock.notifyAll();
		}
	}

	@Override
	public OperationKind kind() {
		return OperationKind.ESTATE;
	}

	@Override
	public String clusterId() {
		return this.planning.estate().organizationId();
	}

	@Override
	public @Nullable String id() {
		return null;
	}

	@Override
	public String token() {
		return this.token;
	}

	@Override
	public EstateReport await(Duration timeout, OperationProgressListener listener) {
		long end = System.nanoTime() + timeout.toNanos();
		int delivered = 0;
		while (true) {
			List<OperationProgress> batch;
			boolean done;
			synchronized (this.lock) {
				while (delivered == this.events.size() && !this.result.isDone()) {
					long left = end - System.nanoTime();
					if (left <= 0) {
						break;
					}
					try {
						this.lock.wait(Math.max(1, left / 1_000_000));
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new CrateCloudInterruptedException("Interrupted while awaiting the estate's apply", this.call,
								ex);
					}
				}
				batch = List.copyOf(this.events.subList(delivered, this.events.size()));
				delivered = this.events.size();
				done = this.result.isDone();
			}
			for (OperationProgress progress : batch) {
				listener.onProgress(progress);
			}
			if (done) {
				return outcome(this.result.join());
			}
			if (System.nanoTime() - end >= 0) {
				OperationProgress last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
				throw new CrateCloudOperationTimeoutException("The estate's apply had not ended after " + timeout
						+ "; it goes on in the background", this.call, OperationKind.ESTATE, clusterId(), null, token(),
						last, timeout);
			}
		}
	}

	private EstateReport outcome(EstateReport report) {
		if (report.isSuccess()) {
			return report;
		}
		Throwable cause = this.firstFailure;
		List<ChangeOutcome> failed = report.withStatus(ChangeStatus.FAILED);
		String message = "The estate's apply did not complete: " + failed.size() + " change(s) failed, "
				+ report.withStatus(ChangeStatus.SKIPPED).size() + " skipped\n" + report.render();
		if (cause instanceof CrateCloudException cloud) {
			return throwing(new EstateApplyException(message, cloud.getCall(), cloud.getStatusCode(),
					cloud.getServerMessage(), report, cloud));
		}
		return throwing(new EstateApplyException(message, this.call, 0, null, report, cause));
	}

	private static EstateReport throwing(EstateApplyException ex) {
		throw ex;
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("A value the plan checked is missing");
		}
		return value;
	}

	@Override
	public String toString() {
		return "EstateApply[organization=" + clusterId() + ", changes=" + this.total + ", done=" + this.result.isDone()
				+ "]";
	}

	private static final class ApplyThreads implements ThreadFactory {

		private static final AtomicInteger THREADS = new AtomicInteger();

		@Override
		public Thread newThread(Runnable work) {
			Thread thread = new Thread(work, "cratecloud-estate-" + THREADS.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
