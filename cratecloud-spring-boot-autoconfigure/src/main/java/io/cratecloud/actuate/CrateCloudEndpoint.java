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
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.projects.Project;
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
 */
@Endpoint(id = "cratecloud")
public class CrateCloudEndpoint {

	private static final int RECENT_OPERATIONS = 20;

	private final CrateCloudClient client;

	/**
	 * Create the endpoint.
	 * @param client the client to read the estate with
	 */
	public CrateCloudEndpoint(CrateCloudClient client) {
		this.client = client;
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
	 * One cluster, found by name or id, with its recent operations, newest first.
	 * @param cluster the cluster's name or id
	 * @return the cluster, or {@code null} (answered {@code 404}) if the API key sees no such
	 * cluster
	 */
	@ReadOperation
	public @Nullable ClusterDetailsDescriptor cluster(@Selector String cluster) {
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
