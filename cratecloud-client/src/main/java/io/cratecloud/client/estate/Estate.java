package io.cratecloud.client.estate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * An organization's CrateDB Cloud estate as a team wants it: its projects and their
 * clusters. {@link EstateClient#plan(Estate)} compares it with what exists,
 * {@link EstateClient#apply(Estate)} makes what exists match it. Resources that exist but are
 * not declared are reported as unmanaged and never touched.
 * <pre class="code">
 * Estate estate = Estate.builder(organizationId)
 *     .project("analytics", (project) -&gt; project
 *         .region("aks1.westeurope.azure")
 *         .cluster("orders", (cluster) -&gt; cluster
 *             .product("default", "cr1")
 *             .nodes(3)
 *             .crateVersion("5.10.4")
 *             .allow("10.0.0.0/8", "office")
 *             .deletionProtected(true)
 *             .passwordFrom("ORDERS_ADMIN_PASSWORD")))
 *     .build();
 * </pre>
 * {@link Builder#build()} checks the declaration as a whole and reports every problem at
 * once, each with its property path; what needs the service's catalogue (products, regions,
 * sizes) is checked by the plan, before any change is sent.
 */
public final class Estate {

	/** The path prefix of problems unless the builder names another. */
	public static final String DEFAULT_SOURCE = "estate";

	private final String organizationId;

	private final @Nullable String subscriptionId;

	private final List<EstateProject> projects;

	private final String source;

	private final PasswordResolver passwords;

	private Estate(String organizationId, @Nullable String subscriptionId, List<EstateProject> projects, String source,
			PasswordResolver passwords) {
		this.organizationId = organizationId;
		this.subscriptionId = subscriptionId;
		this.projects = List.copyOf(projects);
		this.source = source;
		this.passwords = passwords;
	}

	/**
	 * Start declaring the estate of an organization.
	 * @param organizationId the organization's id
	 * @return the builder
	 */
	public static Builder builder(String organizationId) {
		return new Builder(organizationId);
	}

	/**
	 * The organization the estate belongs to.
	 * @return the organization's id
	 */
	public String organizationId() {
		return this.organizationId;
	}

	/**
	 * The subscription new clusters are paid from.
	 * @return the subscription's id, or {@code null} for the organization's only active one
	 */
	public @Nullable String subscriptionId() {
		return this.subscriptionId;
	}

	/**
	 * The declared projects, in the order they were declared.
	 * @return the projects
	 */
	public List<EstateProject> projects() {
		return this.projects;
	}

	/**
	 * The property path the declaration came from, which every problem starts with.
	 * @return the path, such as {@code cratecloud.estate}
	 */
	public String source() {
		return this.source;
	}

	/**
	 * Where the passwords of clusters to create come from.
	 * @return the resolver
	 */
	public PasswordResolver passwords() {
		return this.passwords;
	}

	/**
	 * How many clusters are declared.
	 * @return the number of clusters in every project
	 */
	public int clusterCount() {
		return this.projects.stream().mapToInt((project) -> project.clusters().size()).sum();
	}

	String path(int project, @Nullable String field) {
		return this.source + ".projects[" + project + "]" + ((field != null) ? "." + field : "");
	}

	String path(int project, int cluster, @Nullable String field) {
		return path(project, "clusters[" + cluster + "]" + ((field != null) ? "." + field : ""));
	}

	@Override
	public String toString() {
		return "Estate[organizationId=" + this.organizationId + ", projects=" + this.projects.size() + ", clusters="
				+ clusterCount() + "]";
	}

	/**
	 * Declares an {@link Estate}.
	 */
	public static final class Builder {

		private final String organizationId;

		private @Nullable String subscriptionId;

		private final List<ProjectBuilder> projects = new ArrayList<>();

		private String source = DEFAULT_SOURCE;

		private PasswordResolver passwords = PasswordResolver.environment();

		private Builder(String organizationId) {
			this.organizationId = Arguments.text(organizationId, "organizationId");
		}

		/**
		 * The subscription new clusters are paid from; without one, the organization's only
		 * active subscription.
		 * @param subscriptionId the subscription's id
		 * @return this builder
		 */
		public Builder subscription(String subscriptionId) {
			this.subscriptionId = Arguments.text(subscriptionId, "subscriptionId");
			return this;
		}

		/**
		 * Declare a project.
		 * @param name the project's name
		 * @param project declares the project's region and clusters
		 * @return this builder
		 */
		public Builder project(String name, Consumer<ProjectBuilder> project) {
			ProjectBuilder builder = new ProjectBuilder(name);
			project.accept(builder);
			this.projects.add(builder);
			return this;
		}

		/**
		 * The property path the declaration comes from, which every problem starts with;
		 * {@value #DEFAULT_SOURCE} unless set.
		 * @param source the path, such as {@code cratecloud.estate}
		 * @return this builder
		 */
		public Builder source(String source) {
			this.source = Arguments.text(source, "source");
			return this;
		}

		/**
		 * Where the passwords of clusters to create come from; environment variables, then
		 * system properties, unless set.
		 * @param passwords the resolver
		 * @return this builder
		 */
		public Builder passwords(PasswordResolver passwords) {
			this.passwords = Arguments.required(passwords, "passwords");
			return this;
		}

		/**
		 * Check the declaration and build the estate.
		 * @return the estate
		 * @throws EstateValidationException listing every problem found
		 */
		public Estate build() {
			List<EstateProject> declared = new ArrayList<>();
			for (ProjectBuilder project : this.projects) {
				declared.add(project.build());
			}
			Estate estate = new Estate(this.organizationId, this.subscriptionId, declared, this.source, this.passwords);
			List<EstateProblem> problems = EstateChecks.declaration(estate);
			if (!problems.isEmpty()) {
				throw new EstateValidationException(problems);
			}
			return estate;
		}

	}

	/**
	 * Declares an {@link EstateProject}.
	 */
	public static final class ProjectBuilder {

		private final String name;

		private @Nullable String region;

		private final List<ClusterBuilder> clusters = new ArrayList<>();

		private ProjectBuilder(String name) {
			this.name = name;
		}

		/**
		 * The region the project's clusters run in.
		 * @param region the region's name, such as {@code aks1.westeurope.azure}
		 * @return this builder
		 */
		public ProjectBuilder region(@Nullable String region) {
			this.region = region;
			return this;
		}

		/**
		 * Declare a cluster in the project.
		 * @param name the cluster's name
		 * @param cluster declares the cluster's attributes
		 * @return this builder
		 */
		public ProjectBuilder cluster(String name, Consumer<ClusterBuilder> cluster) {
			ClusterBuilder builder = new ClusterBuilder(name);
			cluster.accept(builder);
			this.clusters.add(builder);
			return this;
		}

		private EstateProject build() {
			List<EstateCluster> declared = new ArrayList<>();
			for (ClusterBuilder cluster : this.clusters) {
				declared.add(cluster.build());
			}
			return new EstateProject(this.name, this.region, declared);
		}

	}

	/**
	 * Declares an {@link EstateCluster}. Attributes not set are not managed.
	 */
	public static final class ClusterBuilder {

		private final String name;

		private String productTier = EstateCluster.DEFAULT_TIER;

		private String productName = "";

		private int nodes = 1;

		private @Nullable String crateVersion;

		private @Nullable DataSize storage;

		private @Nullable List<IpAllowlistEntry> ipAllowlist;

		private @Nullable String backupHours;

		private @Nullable Boolean deletionProtected;

		private @Nullable Boolean suspended;

		private String username = EstateCluster.DEFAULT_USERNAME;

		private @Nullable String passwordFrom;

		private ClusterBuilder(String name) {
			this.name = name;
		}

		/**
		 * The product of the cluster's nodes, in the default tier.
		 * @param productName the product, such as {@code cr1}
		 * @return this builder
		 */
		public ClusterBuilder product(String productName) {
			return product(EstateCluster.DEFAULT_TIER, productName);
		}

		/**
		 * The product of the cluster's nodes.
		 * @param productTier the product's tier, such as {@code default}
		 * @param productName the product, such as {@code cr1}
		 * @return this builder
		 */
		public ClusterBuilder product(String productTier, String productName) {
			this.productTier = productTier;
			this.productName = productName;
			return this;
		}

		/**
		 * How many nodes the cluster has; 1 unless set.
		 * @param nodes the number of nodes
		 * @return this builder
		 */
		public ClusterBuilder nodes(int nodes) {
			this.nodes = nodes;
			return this;
		}

		/**
		 * The CrateDB version; needed to create the cluster.
		 * @param crateVersion the version, such as {@code 5.10.4}
		 * @return this builder
		 */
		public ClusterBuilder crateVersion(@Nullable String crateVersion) {
			this.crateVersion = crateVersion;
			return this;
		}

		/**
		 * The disk size of each node; it can only grow.
		 * @param storage the size
		 * @return this builder
		 */
		public ClusterBuilder storage(@Nullable DataSize storage) {
			this.storage = storage;
			return this;
		}

		/**
		 * Allow an address range to connect; the first call makes the allowlist managed.
		 * @param cidr the range, such as {@code 10.0.0.0/8}
		 * @param description what the range is, or {@code null}
		 * @return this builder
		 */
		public ClusterBuilder allow(String cidr, @Nullable String description) {
			List<IpAllowlistEntry> allowlist = (this.ipAllowlist != null) ? new ArrayList<>(this.ipAllowlist)
					: new ArrayList<>();
			allowlist.add(entry(cidr, description));
			this.ipAllowlist = allowlist;
			return this;
		}

		/**
		 * The whole IP allowlist; an empty one allows every address, {@code null} leaves it
		 * unmanaged.
		 * @param ipAllowlist the ranges
		 * @return this builder
		 */
		public ClusterBuilder ipAllowlist(@Nullable List<IpAllowlistEntry> ipAllowlist) {
			this.ipAllowlist = (ipAllowlist != null)
					? ipAllowlist.stream().map((entry) -> (entry != null) ? entry(entry.cidr(), entry.description()) : null).toList()
					: null;
			return this;
		}

		/**
		 * An entry as the API takes it: a blank description is none (the API refuses an
		 * empty one).
		 */
		private static IpAllowlistEntry entry(String cidr, @Nullable String description) {
			return new IpAllowlistEntry(cidr, (description == null || description.isBlank()) ? null : description);
		}

		/**
		 * The hours of the day (UTC) to take backups at.
		 * @param backupHours the hours, separated by commas, such as {@code 2,14}
		 * @return this builder
		 */
		public ClusterBuilder backupHours(@Nullable String backupHours) {
			this.backupHours = backupHours;
			return this;
		}

		/**
		 * Whether the cluster is protected against deletion.
		 * @param deletionProtected whether to protect it
		 * @return this builder
		 */
		public ClusterBuilder deletionProtected(@Nullable Boolean deletionProtected) {
			this.deletionProtected = deletionProtected;
			return this;
		}

		/**
		 * Whether the cluster is suspended (it costs only its storage then).
		 * @param suspended whether it is suspended
		 * @return this builder
		 */
		public ClusterBuilder suspended(@Nullable Boolean suspended) {
			this.suspended = suspended;
			return this;
		}

		/**
		 * The admin user's name, used when the cluster is created; {@code admin} unless set.
		 * @param username the name
		 * @return this builder
		 */
		public ClusterBuilder username(String username) {
			this.username = username;
			return this;
		}

		/**
		 * The reference that holds the admin user's password, used when the cluster is
		 * created: an environment variable or a property, resolved by the estate's
		 * {@link PasswordResolver}. The password itself is never declared.
		 * @param reference the reference, such as {@code ORDERS_ADMIN_PASSWORD}
		 * @return this builder
		 */
		public ClusterBuilder passwordFrom(@Nullable String reference) {
			this.passwordFrom = reference;
			return this;
		}

		private EstateCluster build() {
			return new EstateCluster(this.name, this.productTier, this.productName, this.nodes, this.crateVersion,
					this.storage, this.ipAllowlist, this.backupHours, this.deletionProtected, this.suspended,
					this.username, this.passwordFrom);
		}

	}

}
