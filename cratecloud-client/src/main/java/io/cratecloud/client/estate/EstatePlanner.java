package io.cratecloud.client.estate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterOperationSummary;
import io.cratecloud.client.clusters.ClusterQuery;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.products.ScaleOption;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.regions.Region;
import io.cratecloud.client.subscriptions.Subscription;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Compares a declared estate with what the organization has, in a fixed number of list
 * requests whatever its size: projects, clusters, products, and (only when needed) regions
 * and subscriptions.
 */
final class EstatePlanner {

	private final CrateCloudClient client;

	EstatePlanner(CrateCloudClient client) {
		this.client = client;
	}

	Planning plan(Estate estate) {
		return plan(estate, false);
	}

	/**
	 * Plan the estate.
	 * @param forApply whether the plan is to be applied: the passwords of clusters to create
	 * are then checked too (a plan that is only looked at needs none)
	 */
	Planning plan(Estate estate, boolean forApply) {
		String organizationId = estate.organizationId();
		List<Project> projects = this.client.projects().list(organizationId);
		List<Cluster> clusters = this.client.clusters().list(ClusterQuery.inOrganization(organizationId));
		List<Product> products = this.client.products().list();
		boolean regionsDeclared = estate.projects().stream().anyMatch((project) -> project.region() != null);
		List<Region> regions = regionsDeclared ? this.client.regions().list(organizationId) : List.of();

		List<EstateProblem> problems = new ArrayList<>();
		// The API's records may lack a field the document requires: such a record matches nothing.
		Map<String, List<Project>> projectsByName = projects.stream()
			.filter((project) -> project.name() != null && project.id() != null)
			.filter((project) -> organizationId.equals(project.organizationId()) || project.organizationId() == null)
			.collect(Collectors.groupingBy(Project::name, LinkedHashMap::new, Collectors.toList()));
		Map<String, List<Cluster>> clustersByProject = clusters.stream()
			.filter((cluster) -> cluster.projectId() != null && cluster.name() != null)
			.collect(Collectors.groupingBy(Cluster::projectId, LinkedHashMap::new, Collectors.toList()));

		List<PlannedChange> changes = new ArrayList<>();
		List<ClusterPlan> clusterPlans = new ArrayList<>();
		Map<String, String> projectIds = new HashMap<>();
		boolean creatingClusters = false;
		for (int p = 0; p < estate.projects().size(); p++) {
			EstateProject declared = estate.projects().get(p);
			if (declared.region() != null && regions.stream().noneMatch((region) -> declared.region().equals(region.name()))) {
				problems.add(new EstateProblem(estate.path(p, "region"), "no region '" + declared.region()
						+ "' is offered to the organization; regions: " + names(regions.stream().map(Region::name).toList())));
			}
			List<Project> existing = projectsByName.getOrDefault(declared.name(), List.of());
			if (existing.size() > 1) {
				problems.add(new EstateProblem(estate.path(p, "name"), existing.size() + " projects are named '"
						+ declared.name() + "' (" + names(existing.stream().map(Project::id).toList())
						+ "): rename all but one, projects are matched by name"));
				continue;
			}
			Project project = existing.isEmpty() ? null : existing.get(0);
			if (project == null) {
				changes.add(new PlannedChange(ChangeKind.CREATE_PROJECT, declared.name(), null, null, null,
						(declared.region() != null) ? "region " + declared.region() : "the service's default region", null,
						estate.path(p, null)));
			}
			else {
				projectIds.put(declared.name(), Objects.requireNonNull(project.id()));
				if (declared.region() != null && project.region() != null && !declared.region().equals(project.region())) {
					changes.add(new PlannedChange(ChangeKind.MOVE_REGION, declared.name(), null, null, project.region(),
							declared.region(), "a project and its clusters cannot move to another region",
							estate.path(p, "region")));
				}
			}
			List<Cluster> inProject = (project != null) ? clustersByProject.getOrDefault(project.id(), List.of())
					: List.of();
			for (int c = 0; c < declared.clusters().size(); c++) {
				EstateCluster cluster = declared.clusters().get(c);
				checkCatalogue(estate, p, c, cluster, products, problems);
				Cluster actual = inProject.stream().filter((candidate) -> cluster.name().equals(candidate.name()))
					.findFirst()
					.orElse(null);
				ClusterPlan clusterPlan = new ClusterPlan(declared.name(), p, c, cluster, actual);
				if (actual == null) {
					creatingClusters = true;
					checkCreation(estate, p, c, cluster, forApply, problems);
				}
				clusterPlan.changes().addAll(diff(estate, clusterPlan));
				changes.addAll(clusterPlan.changes());
				clusterPlans.add(clusterPlan);
			}
		}
		List<UnmanagedResource> unmanaged = unmanaged(estate, projects, clustersByProject);
		String subscriptionId = estate.subscriptionId();
		if (creatingClusters && subscriptionId == null && problems.isEmpty()) {
			subscriptionId = onlySubscription(estate, problems);
		}
		if (!problems.isEmpty()) {
			throw new EstateValidationException(problems);
		}
		return new Planning(estate, new EstatePlan(organizationId, changes, unmanaged), clusterPlans, projectIds,
				subscriptionId);
	}

	/**
	 * The changes that make one cluster match its declaration, in the order they are made.
	 */
	static List<PlannedChange> diff(Estate estate, ClusterPlan plan) {
		EstateCluster declared = plan.declared();
		Cluster actual = plan.actual();
		String project = plan.project();
		String name = declared.name();
		int p = plan.projectIndex();
		int c = plan.clusterIndex();
		List<PlannedChange> changes = new ArrayList<>();
		if (actual == null) {
			changes.add(new PlannedChange(ChangeKind.CREATE_CLUSTER, project, name, null, null, describeNew(declared), null,
					estate.path(p, c, null)));
			if (declared.ipAllowlist() != null && !declared.ipAllowlist().isEmpty()) {
				changes.add(change(estate, plan, ChangeKind.UPDATE_IP_ALLOWLIST, "[] (every address)",
						EstateChecks.allowlistText(declared.ipAllowlist()), null, "ip-allowlist"));
			}
			if (declared.backupHours() != null) {
				changes.add(change(estate, plan, ChangeKind.UPDATE_BACKUP_SCHEDULE, "the service's default",
						"hours " + EstateChecks.hoursText(Objects.requireNonNull(EstateChecks.hours(declared.backupHours()))),
						null, "backup-hours"));
			}
			if (Boolean.TRUE.equals(declared.deletionProtected())) {
				changes.add(change(estate, plan, ChangeKind.UPDATE_DELETION_PROTECTION, "off", "on", null,
						"deletion-protection"));
			}
			if (Boolean.TRUE.equals(declared.suspended())) {
				changes.add(change(estate, plan, ChangeKind.SUSPEND, "running", "suspended", null, "suspended"));
			}
			return changes;
		}
		boolean suspended = Boolean.TRUE.equals(actual.suspended());
		boolean resume = suspended && Boolean.FALSE.equals(declared.suspended());
		String stillSuspended = (suspended && !resume)
				? "the cluster is suspended: declare suspended: false to change its compute, storage or version" : null;
		if (resume) {
			changes.add(change(estate, plan, ChangeKind.RESUME, "suspended", "running", null, "suspended"));
		}
		int nodes = nodes(actual);
		List<PlannedChange> compute = new ArrayList<>();
		if (!declared.productTier().equals(actual.productTier())) {
			compute.add(change(estate, plan, ChangeKind.CHANGE_PRODUCT, actual.productTier() + "/" + actual.productName(),
					declared.productTier() + "/" + declared.productName(),
					"a cluster's product tier cannot change; create a new cluster instead", "tier"));
		}
		else if (!declared.productName().equals(actual.productName())) {
			compute.add(change(estate, plan, ChangeKind.CHANGE_PRODUCT, actual.productName(), declared.productName(),
					stillSuspended, "product"));
		}
		if (declared.nodes() != nodes) {
			PlannedChange scale = change(estate, plan, ChangeKind.SCALE, nodesText(nodes), nodesText(declared.nodes()),
					stillSuspended, "nodes");
			// Fewer nodes first, so that a smaller product can take them.
			if (declared.nodes() < nodes) {
				compute.add(0, scale);
			}
			else {
				compute.add(scale);
			}
		}
		changes.addAll(compute);
		DataSize storage = declared.storage();
		Long disk = (actual.hardwareSpecs() != null) ? actual.hardwareSpecs().diskSizePerNodeBytes() : null;
		if (storage != null && disk != null && storage.toBytes() != disk) {
			String blocked = (storage.toBytes() < disk) ? "storage can only grow"
					: Boolean.FALSE.equals(actual.allowCustomStorage()) ? "the service does not allow this cluster's storage to change"
							: stillSuspended;
			changes.add(change(estate, plan, ChangeKind.EXPAND_STORAGE, bytesText(disk), bytesText(storage.toBytes()),
					blocked, "storage"));
		}
		String version = declared.crateVersion();
		// A cluster whose version is not known yet (still being created) is not compared.
		if (version != null && actual.crateVersion() != null && !version.equals(actual.crateVersion())) {
			int compared = EstateChecks.compareVersions(version, actual.crateVersion());
			if (compared != 0) {
				changes.add(change(estate, plan, ChangeKind.UPGRADE, actual.crateVersion(), version,
						(compared < 0) ? "CrateDB cannot be downgraded" : stillSuspended, "crate-version"));
			}
		}
		List<IpAllowlistEntry> allowlist = declared.ipAllowlist();
		if (allowlist != null && !EstateChecks.sameAllowlist(allowlist, actual.ipAllowlist())) {
			changes.add(change(estate, plan, ChangeKind.UPDATE_IP_ALLOWLIST, EstateChecks.allowlistText(actual.ipAllowlist()),
					EstateChecks.allowlistText(allowlist), null, "ip-allowlist"));
		}
		if (declared.backupHours() != null) {
			TreeSet<Integer> wanted = Objects.requireNonNull(EstateChecks.hours(declared.backupHours()));
			TreeSet<Integer> now = EstateChecks.hoursOfSchedule(actual.backupSchedule());
			if (!wanted.equals(now)) {
				changes.add(change(estate, plan, ChangeKind.UPDATE_BACKUP_SCHEDULE,
						(now != null) ? "hours " + EstateChecks.hoursText(now) : String.valueOf(actual.backupSchedule()),
						"hours " + EstateChecks.hoursText(wanted), null, "backup-hours"));
			}
		}
		if (declared.deletionProtected() != null
				&& declared.deletionProtected() != Boolean.TRUE.equals(actual.deletionProtected())) {
			changes.add(change(estate, plan, ChangeKind.UPDATE_DELETION_PROTECTION,
					Boolean.TRUE.equals(actual.deletionProtected()) ? "on" : "off", declared.deletionProtected() ? "on" : "off",
					null, "deletion-protection"));
		}
		if (!suspended && Boolean.TRUE.equals(declared.suspended())) {
			changes.add(change(estate, plan, ChangeKind.SUSPEND, "running", "suspended",
					Boolean.FALSE.equals(actual.allowSuspend()) ? "the service does not allow this cluster to be suspended"
							: null,
					"suspended"));
		}
		return changes;
	}

	private static PlannedChange change(Estate estate, ClusterPlan plan, ChangeKind kind, @Nullable String before,
			String after, @Nullable String blockedReason, String field) {
		Cluster actual = plan.actual();
		String clusterId = (actual != null) ? actual.id() : null;
		return new PlannedChange(kind, plan.project(), plan.declared().name(), clusterId, before, after, blockedReason,
				estate.path(plan.projectIndex(), plan.clusterIndex(), field), runningOperation(actual, kind));
	}

	/**
	 * The id of the operation of the change's kind that runs on the cluster, as its last
	 * operation says.
	 */
	private static @Nullable String runningOperation(@Nullable Cluster actual, ChangeKind kind) {
		if (actual == null || actual.lastAsyncOperation() == null) {
			return null;
		}
		ClusterOperationSummary last = actual.lastAsyncOperation();
		boolean running = last.status() != null && !last.status().isFinished() && last.type() != null;
		return (running && last.type().value().equals(EstateApply.operationKind(kind).value())) ? last.id() : null;
	}

	/**
	 * The size a cluster is configured for: its product unit (what a scale sets) plus one,
	 * rather than {@code num_nodes}, the nodes running now, which a suspended cluster may
	 * report as none.
	 */
	static int nodes(Cluster cluster) {
		if (cluster.productUnit() != null) {
			return cluster.productUnit() + 1;
		}
		return (cluster.numNodes() != null) ? cluster.numNodes() : 1;
	}

	private static String describeNew(EstateCluster cluster) {
		StringBuilder text = new StringBuilder(cluster.productTier()).append('/').append(cluster.productName())
			.append(", ")
			.append(nodesText(cluster.nodes()))
			.append(", CrateDB ")
			.append(cluster.crateVersion());
		if (cluster.storage() != null) {
			text.append(", ").append(bytesText(cluster.storage().toBytes())).append(" per node");
		}
		return text.append(", admin user ").append(cluster.username()).toString();
	}

	static String nodesText(int nodes) {
		return nodes + ((nodes == 1) ? " node" : " nodes");
	}

	static String bytesText(long bytes) {
		long gib = 1024L * 1024 * 1024;
		if (bytes % gib == 0) {
			return (bytes / gib) + " GiB";
		}
		return bytes + " bytes";
	}

	private static void checkCatalogue(Estate estate, int p, int c, EstateCluster cluster, List<Product> products,
			List<EstateProblem> problems) {
		Product product = products.stream()
			.filter((candidate) -> cluster.productName().equals(candidate.name())
					&& cluster.productTier().equals(candidate.tier()))
			.findFirst()
			.orElse(null);
		if (product == null) {
			problems.add(new EstateProblem(estate.path(p, c, "product"), "no product '" + cluster.productName()
					+ "' in tier '" + cluster.productTier() + "'; products of the tier: "
					+ names(products.stream()
						.filter((candidate) -> cluster.productTier().equals(candidate.tier()))
						.map(Product::name)
						.distinct()
						.toList())));
			return;
		}
		List<ScaleOption> scaling = (product.scaling() != null) ? product.scaling() : List.of();
		if (!scaling.isEmpty() && scaling.stream().noneMatch((option) -> Objects.equals(option.value(), cluster.productUnit()))) {
			int most = scaling.stream().map(ScaleOption::value).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0) + 1;
			problems.add(new EstateProblem(estate.path(p, c, "nodes"), "product '" + cluster.productName() + "' offers 1 to "
					+ most + " nodes, not " + cluster.nodes()));
		}
		DataSize storage = cluster.storage();
		if (storage != null && product.specs() != null) {
			Long minimum = product.specs().storageMinimumBytes();
			Long maximum = product.specs().storageMaximumBytes();
			if ((minimum != null && storage.toBytes() < minimum) || (maximum != null && storage.toBytes() > maximum)) {
				problems.add(new EstateProblem(estate.path(p, c, "storage"), "product '" + cluster.productName()
						+ "' offers " + ((minimum != null) ? bytesText(minimum) : "any size") + " to "
						+ ((maximum != null) ? bytesText(maximum) : "any size") + " per node, not " + bytesText(storage.toBytes())));
			}
		}
	}

	private static void checkCreation(Estate estate, int p, int c, EstateCluster cluster, boolean forApply,
			List<EstateProblem> problems) {
		if (cluster.crateVersion() == null) {
			problems.add(new EstateProblem(estate.path(p, c, "crate-version"),
					"is missing: the cluster does not exist yet, and creating it needs a CrateDB version, such as 5.10.4"));
		}
		String reference = cluster.passwordFrom();
		if (reference == null || !forApply) {
			return;
		}
		String password = estate.passwords().resolve(reference);
		if (password == null || password.isEmpty()) {
			problems.add(new EstateProblem(estate.path(p, c, "password-from"), "'" + reference
					+ "' is not set: the cluster does not exist yet, and creating it needs the admin password it holds"));
		}
		else if (password.length() < 24 || password.length() > 128) {
			problems.add(new EstateProblem(estate.path(p, c, "password-from"), "the password '" + reference
					+ "' holds has " + password.length() + " characters; the service takes 24 to 128"));
		}
	}

	private @Nullable String onlySubscription(Estate estate, List<EstateProblem> problems) {
		List<Subscription> active = this.client.subscriptions()
			.list(estate.organizationId())
			.stream()
			.filter((subscription) -> !Boolean.FALSE.equals(subscription.active()) && subscription.id() != null)
			.toList();
		if (active.size() == 1) {
			return active.get(0).id();
		}
		problems.add(new EstateProblem(estate.source() + ".subscription", (active.isEmpty()
				? "the organization has no active subscription to pay for new clusters"
				: "the organization has " + active.size() + " active subscriptions ("
						+ names(active.stream().map(Subscription::id).toList()) + "): name the one new clusters are paid from")));
		return null;
	}

	private static List<UnmanagedResource> unmanaged(Estate estate, List<Project> projects,
			Map<String, List<Cluster>> clustersByProject) {
		Map<String, EstateProject> declared = new HashMap<>();
		for (EstateProject project : estate.projects()) {
			declared.putIfAbsent(project.name(), project);
		}
		List<UnmanagedResource> unmanaged = new ArrayList<>();
		for (Project project : projects) {
			EstateProject declaredProject = declared.get(project.name());
			if (declaredProject == null) {
				unmanaged.add(new UnmanagedResource("project", project.name(), String.valueOf(project.id())));
			}
			for (Cluster cluster : clustersByProject.getOrDefault(project.id(), List.of())) {
				boolean managed = declaredProject != null
						&& declaredProject.clusters().stream().anyMatch((c) -> c.name().equals(cluster.name()));
				if (!managed) {
					unmanaged.add(new UnmanagedResource("cluster", project.name() + "/" + cluster.name(),
							String.valueOf(cluster.id())));
				}
			}
		}
		return unmanaged;
	}

	private static String names(List<? extends @Nullable Object> names) {
		return names.isEmpty() ? "none" : names.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/**
	 * A plan and what the apply needs beyond it: the clusters as they were read, the ids of
	 * the projects that exist and the subscription new clusters are paid from.
	 */
	record Planning(Estate estate, EstatePlan plan, List<ClusterPlan> clusters, Map<String, String> projectIds,
			@Nullable String subscriptionId) {
	}

	/**
	 * One declared cluster, as it was read ({@code null} if it does not exist) and its changes.
	 */
	record ClusterPlan(String project, int projectIndex, int clusterIndex, EstateCluster declared,
			@Nullable Cluster actual, List<PlannedChange> changes) {

		ClusterPlan(String project, int projectIndex, int clusterIndex, EstateCluster declared, @Nullable Cluster actual) {
			this(project, projectIndex, clusterIndex, declared, actual, new ArrayList<>());
		}

		ClusterPlan withActual(Cluster actual) {
			return new ClusterPlan(this.project, this.projectIndex, this.clusterIndex, this.declared, actual);
		}

	}

}
