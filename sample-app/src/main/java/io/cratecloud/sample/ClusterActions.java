package io.cratecloud.sample;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClusterSpec;
import io.cratecloud.client.clusters.OperationType;
import io.cratecloud.client.metadata.CloudMetadata;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.products.ProductQuery;
import io.cratecloud.client.products.ScaleOption;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.subscriptions.Subscription;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The everyday cluster actions of the dashboard, carried out through the starter's client.
 * Each change answers at once; the page then follows its operation.
 */
@Service
class ClusterActions {

	/**
	 * The name of the admin user of deployed clusters.
	 */
	static final String ADMIN_USER = "admin";

	private static final String PASSWORD_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_PASSWORD_LENGTH = 32;

	private final SecureRandom random = new SecureRandom();

	private final CrateCloudClient crateCloud;

	ClusterActions(CrateCloudClient crateCloud) {
		this.crateCloud = crateCloud;
	}

	/**
	 * The products a cluster can be deployed on, as the deploy form offers them.
	 * @return the cluster products that are not deprecated
	 */
	List<Product> clusterProducts() {
		return this.crateCloud.products()
			.list()
			.stream()
			.filter((product) -> product.name() != null && product.tier() != null)
			.filter((product) -> product.kind() == null || product.kind().equals("cluster"))
			.filter((product) -> !Boolean.TRUE.equals(product.deprecated()))
			// The default tier first, so that the form does not offer a free or trial product
			// as the obvious choice; the API's order otherwise.
			.sorted(Comparator.comparing((Product product) -> !"default".equals(product.tier())))
			.toList();
	}

	/**
	 * Deploy a cluster into a project, paid by the first subscription of the project's
	 * organization, on the newest stable CrateDB version.
	 * @param request what the form asked for
	 * @return the deployment and the admin password, generated when none was given
	 */
	Deployment deploy(DeployRequest request) {
		Project project = this.crateCloud.projects().get(request.projectId());
		Product product = clusterProducts().stream()
			.filter((candidate) -> request.productName().equals(candidate.name()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No cluster product '" + request.productName() + "'"));
		String subscriptionId = this.crateCloud.subscriptions()
			.list(project.organizationId())
			.stream()
			.map(Subscription::id)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"The organization of project '" + project.name() + "' has no subscription to pay for a cluster"));
		boolean generated = request.password() == null || request.password().isEmpty();
		String password = generated ? generatePassword() : request.password();
		ClusterSpec spec = ClusterSpec.builder()
			.name(request.name())
			.product(product.name())
			.productTier(product.tier())
			.crateVersion(stableCrateVersion())
			.username(ADMIN_USER)
			.password(password)
			.productUnit(productUnit(product, request.nodes()))
			.build();
		PendingOperation<Cluster> change = this.crateCloud.clusters()
			.create(project.organizationId(), ClusterCreateRequest.inProject(project.id(), subscriptionId, spec));
		return new Deployment(change, generated ? password : null);
	}

	/**
	 * A cluster as it is now.
	 * @param clusterId the cluster's id
	 * @return the cluster
	 */
	Cluster cluster(String clusterId) {
		return this.crateCloud.clusters().get(clusterId);
	}

	/**
	 * Scale a cluster to a number of nodes, through the product unit of its product that has
	 * that many.
	 * @param clusterId the cluster's id
	 * @param cluster the cluster as {@link #cluster(String)} just read it, for its product
	 * @param nodes the number of nodes
	 * @return the change
	 */
	PendingOperation<Cluster> scale(String clusterId, Cluster cluster, int nodes) {
		Product product = product(cluster.productName(), cluster.productTier());
		return this.crateCloud.clusters().scale(clusterId, productUnit(product, nodes));
	}

	PendingOperation<Cluster> suspend(String clusterId) {
		return this.crateCloud.clusters().suspend(clusterId);
	}

	PendingOperation<Cluster> resume(String clusterId) {
		return this.crateCloud.clusters().resume(clusterId);
	}

	/**
	 * Delete a cluster once the user has confirmed by typing its name.
	 * @param clusterId the cluster's id
	 * @param confirmation the name the user typed
	 * @return the deleted cluster's name
	 */
	String delete(String clusterId, @Nullable String confirmation) {
		Cluster cluster = this.crateCloud.clusters().get(clusterId);
		if (!cluster.name().equals(confirmation)) {
			throw new IllegalArgumentException(
					"Type the cluster's name, '" + cluster.name() + "', to confirm that it should be deleted");
		}
		this.crateCloud.clusters().delete(clusterId);
		return cluster.name();
	}

	/**
	 * The newest operation of a type on a cluster.
	 * @param clusterId the cluster's id
	 * @param type the operation type
	 * @return the operation, if the cluster has one of that type
	 */
	Optional<ClusterOperation> latestOperation(String clusterId, OperationType type) {
		List<ClusterOperation> operations = this.crateCloud.clusters()
			.listOperations(clusterId)
			.stream()
			.filter((operation) -> type.equals(operation.type()))
			.toList();
		// The API lists the newest first, as the official CLI reads it; creation times, where
		// given, decide.
		return operations.stream()
			.filter((operation) -> created(operation) != null)
			.max(Comparator.comparing(ClusterActions::created))
			.or(() -> operations.stream().findFirst());
	}

	private static @Nullable Instant created(ClusterOperation operation) {
		DublinCore dc = operation.dc();
		return (dc != null) ? dc.created() : null;
	}

	private Product product(String name, String tier) {
		return this.crateCloud.products()
			.list(ProductQuery.all().withName(name).withTier(tier))
			.stream()
			.filter((product) -> name.equals(product.name()) && tier.equals(product.tier()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No product '" + name + "' in tier '" + tier + "'"));
	}

	/**
	 * The product unit that gives a number of nodes: the product's scale option with that
	 * many nodes, or, for a product that lists none, one unit per node beyond the first, as
	 * CrateDB Cloud counts them.
	 */
	static int productUnit(Product product, int nodes) {
		if (nodes < 1) {
			throw new IllegalArgumentException("A cluster needs at least one node");
		}
		List<ScaleOption> options = (product.scaling() != null) ? product.scaling() : List.of();
		if (options.isEmpty()) {
			return nodes - 1;
		}
		return options.stream()
			.filter((option) -> option.value() != null && Objects.equals(option.nodes(), nodes))
			.map(ScaleOption::value)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Product '" + product.name() + "' cannot run "
					+ nodes + " nodes; it offers " + options.stream()
						.map(ScaleOption::nodes)
						.filter(Objects::nonNull)
						.map(String::valueOf)
						.distinct()
						.toList()));
	}

	private String stableCrateVersion() {
		CloudMetadata metadata = this.crateCloud.metadata().get();
		String stable = (metadata.crateVersions() != null) ? metadata.crateVersions().stable() : null;
		if (stable == null || stable.isEmpty()) {
			throw new IllegalStateException("CrateDB Cloud did not name a stable CrateDB version to deploy");
		}
		return stable;
	}

	private String generatePassword() {
		StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
		for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
			password.append(PASSWORD_CHARACTERS.charAt(this.random.nextInt(PASSWORD_CHARACTERS.length())));
		}
		return password.toString();
	}

	/**
	 * What the deploy form asks for.
	 *
	 * @param name the cluster's name
	 * @param projectId the project to deploy into
	 * @param productName the product, such as {@code cr1}
	 * @param nodes the number of nodes
	 * @param password the admin password, or empty to generate one
	 */
	record DeployRequest(String name, String projectId, String productName, int nodes, @Nullable String password) {
	}

	/**
	 * A deployment that has been asked for.
	 *
	 * @param change the deployment, to follow
	 * @param generatedPassword the admin password if it was generated, to show once
	 */
	record Deployment(PendingOperation<Cluster> change, @Nullable String generatedPassword) {
	}

}
