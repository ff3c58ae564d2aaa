package io.cratecloud.actuate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealth;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.client.estate.PlannedChange;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.projects.Project;
import io.cratecloud.estate.DeclaredEstate;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code cratecloud} actuator endpoint, read-only: the organizations the API key
 * belongs to, their projects and clusters, and, per cluster, its recent operations. It
 * shows no secret and no password. Bounded: the estate is three list requests
 * ({@code GET /api/v2/organizations/}, {@code /projects/}, {@code /clusters/}), a cluster two
 * ({@code GET /api/v2/clusters/} and its {@code operations/}).
 * <p>
 * With a {@link DeclaredEstate declared estate}, {@code /actuator/cratecloud/estate} is its
 * current plan: what it would take to make CrateDB Cloud match the declaration, the resources
 * that are not declared, and a summary. A cluster named {@code estate} is then reached by its
 * id.
 */
@Endpoint(id = "cratecloud")
public class CrateCloudEndpoint {

	/** The selector that names the declared estate's plan rather than a cluster. */
	public static final String ESTATE_SELECTOR = "estate";

	private static final int RECENT_OPERATIONS = 20;

	private final CrateCloudClient client;

	private final @Nullable DeclaredEstate declaredEstate;

	/**
	 * Create the endpoint.
	 * @param client the client to read the estate with
	 */
	public CrateCloudEndpoint(CrateCloudClient client) {
		this(client, null);
	}

	/**
	 * Create the endpoint, with the plan of a declared estate.
	 * @param client the client to read the estate with
	 * @param declaredEstate the declared estate whose plan {@code /actuator/cratecloud/estate}
	 * shows, or {@code null} if there is none
	 */
	public CrateCloudEndpoint(CrateCloudClient client, @Nullable DeclaredEstate declaredEstate) {
		this.client = client;
		this.declaredEstate = declaredEstate;
	}

	/**
	 * The estate: each organization with its projects and their clusters.
	 * @return the estate
	 */
	@ReadOperation
	public EstateDescriptor estate() {
		List<Organization> organizations = this.client.organizations().list();
		List<Project> projects = this.client.projects().list();
		Map<String, List<ClusterDescriptor>> clustersByProject = this.client.clusters()
			.list()
			.stream()
			.filter((cluster) -> cluster.projectId() != null)
			.collect(Collectors.groupingBy(Cluster::projectId, Collectors.mapping(ClusterDescriptor::of,
					Collectors.toList())));
		Map<String, List<ProjectDescriptor>> projectsByOrganization = projects.stream()
			.filter((project) -> project.organizationId() != null)
			.collect(Collectors.groupingBy(Project::organizationId,
					Collectors.mapping((project) -> new ProjectDescriptor(project.id(), project.name(),
							project.region(), (project.id() != null) ? clustersByProject.getOrDefault(project.id(), List.of()) : List.of()),
							Collectors.toList())));
		return new EstateDescriptor(organizations.stream()
			.map((organization) -> new OrganizationDescriptor(organization.id(), organization.name(),
					(organization.id() != null) ? projectsByOrganization.getOrDefault(organization.id(), List.of()) : List.of()))
			.toList());
	}

	/**
	 * What {@code /actuator/cratecloud/{cluster}} shows: with a declared estate and the selector
	 * {@value #ESTATE_SELECTOR}, the estate's {@linkplain #plan() plan}; else the
	 * {@linkplain #cluster(String) cluster}.
	 * @param cluster the cluster's name or id, or {@value #ESTATE_SELECTOR}
	 * @return the plan or the cluster, or {@code null} (answered {@code 404}) if the API key
	 * sees no such cluster
	 */
	@ReadOperation
	public @Nullable OperationResponseBody clusterOrPlan(@Selector String cluster) {
		if (this.declaredEstate != null && ESTATE_SELECTOR.equals(cluster)) {
			return plan();
		}
		return cluster(cluster);
	}

	/**
	 * The current plan of the declared estate: the latest one while it is fresh (younger than
	 * the drift check's interval), else a new one (reads only).
	 * @return the plan, or {@code null} if no estate is declared
	 */
	public @Nullable EstatePlanDescriptor plan() {
		if (this.declaredEstate == null) {
			return null;
		}
		DeclaredEstate.PlanAt current = this.declaredEstate.current();
		return EstatePlanDescriptor.of(current.plan(), current.plannedAt());
	}

	/**
	 * One cluster, found by name or id, with its recent operations, newest first.
	 * @param cluster the cluster's name or id
	 * @return the cluster, or {@code null} if the API key sees no such cluster
	 */
	public @Nullable ClusterDetailsDescriptor cluster(String cluster) {
		Cluster found = this.client.clusters()
			.list()
			.stream()
			.filter((candidate) -> cluster.equals(candidate.id()) || cluster.equals(candidate.name()))
			.findFirst()
			.orElse(null);
		if (found == null || found.id() == null) {
			return null;
		}
		List<OperationDescriptor> operations = this.client.clusters()
			.listOperations(found.id())
			.stream()
			.sorted(Comparator.comparing(CrateCloudEndpoint::created, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(RECENT_OPERATIONS)
			.map((operation) -> new OperationDescriptor(operation.id(),
					(operation.type() != null) ? operation.type().value() : null,
					(operation.status() != null) ? operation.status().value() : null, operation.feedbackMessage(),
					created(operation)))
			.toList();
		return new ClusterDetailsDescriptor(ClusterDescriptor.of(found), operations);
	}

	private static @Nullable Instant created(ClusterOperation operation) {
		DublinCore dc = operation.dc();
		return (dc != null) ? dc.created() : null;
	}

	/**
	 * The estate.
	 *
	 * @param organizations the organizations, with their projects and clusters
	 */
	public record EstateDescriptor(List<OrganizationDescriptor> organizations) implements OperationResponseBody {
	}

	/**
	 * An organization.
	 *
	 * @param id its id
	 * @param name its name
	 * @param projects its projects
	 */
	public record OrganizationDescriptor(@Nullable String id, @Nullable String name,
			List<ProjectDescriptor> projects) {
	}

	/**
	 * A project.
	 *
	 * @param id its id
	 * @param name its name
	 * @param region the region its clusters run in
	 * @param clusters its clusters
	 */
	public record ProjectDescriptor(@Nullable String id, @Nullable String name, @Nullable String region,
			List<ClusterDescriptor> clusters) {
	}

	/**
	 * A cluster, without its password or anything secret.
	 *
	 * @param id its id
	 * @param name its name
	 * @param product its product's tier and name, such as {@code default/cr1}
	 * @param nodes its node count
	 * @param crateVersion its CrateDB version
	 * @param health its health as its region last reported it
	 * @param runningOperation the operation running on it, if any
	 * @param suspended whether it is suspended
	 * @param deletionProtected whether it is protected against deletion
	 */
	public record ClusterDescriptor(@Nullable String id, String name, String product, @Nullable Integer nodes,
			String crateVersion, @Nullable String health, @Nullable String runningOperation,
			@Nullable Boolean suspended, @Nullable Boolean deletionProtected) {

		static ClusterDescriptor of(Cluster cluster) {
			ClusterHealth health = cluster.health();
			String running = (health != null && health.runningOperation() != null && !health.runningOperation().isNone())
					? health.runningOperation().value() : null;
			return new ClusterDescriptor(cluster.id(), cluster.name(), cluster.productTier() + "/" + cluster.productName(),
					cluster.numNodes(), cluster.crateVersion(),
					(health != null && health.status() != null) ? health.status().value() : null, running,
					cluster.suspended(), cluster.deletionProtected());
		}

	}

	/**
	 * A cluster with its recent operations.
	 *
	 * @param cluster the cluster
	 * @param operations its recent operations, newest first
	 */
	public record ClusterDetailsDescriptor(ClusterDescriptor cluster,
			List<OperationDescriptor> operations) implements OperationResponseBody {
	}

	/**
	 * The plan of the declared estate, without any secret: a plan never holds a password.
	 *
	 * @param organization the organization's id
	 * @param plannedAt when the plan was made
	 * @param changes the changes, blocked ones included, in the order an apply makes them
	 * @param unmanaged the projects and clusters that exist but are not declared
	 * @param pending how many changes an apply would make
	 * @param blocked how many changes the API cannot make
	 * @param summary the plan in one line
	 */
	public record EstatePlanDescriptor(String organization, Instant plannedAt, List<PlannedChangeDescriptor> changes,
			List<UnmanagedDescriptor> unmanaged, int pending, int blocked, String summary)
			implements OperationResponseBody {

		static EstatePlanDescriptor of(EstatePlan plan, Instant plannedAt) {
			return new EstatePlanDescriptor(plan.organizationId(), plannedAt,
					plan.changes().stream().map(PlannedChangeDescriptor::of).toList(),
					plan.unmanaged()
						.stream()
						.map((resource) -> new UnmanagedDescriptor(resource.type(), resource.name(), resource.id()))
						.toList(),
					plan.pending().size(), plan.blocked().size(), plan.summary());
		}

	}

	/**
	 * A change of the plan.
	 *
	 * @param action {@code create}, {@code change} or {@code blocked}
	 * @param kind what it does, such as {@code SCALE}
	 * @param resource the resource it is made on, such as {@code cluster analytics/orders}
	 * @param clusterId the id of the cluster it changes, if the cluster exists
	 * @param before the value now, as people read it, or {@code null} for a creation
	 * @param after the value declared
	 * @param reason why the API cannot make it, if it is blocked
	 * @param path the property path of the declared value
	 * @param runningOperation the id of an operation of the change's kind already running on the
	 * cluster, which an apply joins, or {@code null}
	 * @param description the change as one line of a plan
	 */
	public record PlannedChangeDescriptor(String action, String kind, String resource, @Nullable String clusterId,
			@Nullable String before, String after, @Nullable String reason, String path,
			@Nullable String runningOperation, String description) {

		static PlannedChangeDescriptor of(PlannedChange change) {
			String action = change.isBlocked() ? "blocked" : (change.kind().isCreation() ? "create" : "change");
			return new PlannedChangeDescriptor(action, change.kind().name(), change.resource(), change.clusterId(),
					change.before(), change.after(), change.blockedReason(), change.path(), change.runningOperation(),
					change.describe());
		}

	}

	/**
	 * A project or cluster that exists but is not declared, and is never touched.
	 *
	 * @param type {@code project} or {@code cluster}
	 * @param name its name; a cluster's as {@code <project>/<name>}
	 * @param id its id
	 */
	public record UnmanagedDescriptor(String type, String name, String id) {
	}

	/**
	 * An operation of a cluster.
	 *
	 * @param id its id
	 * @param type its type, such as {@code SCALE}
	 * @param status its status, such as {@code SUCCEEDED}
	 * @param message the region's feedback message
	 * @param created when it was created
	 */
	public record OperationDescriptor(@Nullable String id, @Nullable String type, @Nullable String status,
			@Nullable String message, @Nullable Instant created) {
	}

}
