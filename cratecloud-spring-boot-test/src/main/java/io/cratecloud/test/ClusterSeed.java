package io.cratecloud.test;

import java.util.Objects;

/**
 * A cluster to seed, described fluently and created by {@link #create()}.
 */
public final class ClusterSeed {

	private final FakeState state;

	final String name;

	final String projectId;

	final String subscriptionId;

	int nodes = 1;

	String productName = "cr1";

	String productTier = "default";

	String crateVersion = "5.10.3";

	String username = "admin";

	boolean suspended;

	boolean deletionProtected;

	ClusterSeed(FakeState state, String name, String projectId, String subscriptionId) {
		this.state = state;
		this.name = name;
		this.projectId = projectId;
		this.subscriptionId = subscriptionId;
	}

	/**
	 * The number of nodes (the product unit is one less). Default 1.
	 * @param nodes the node count, at least 1
	 * @return this seed
	 */
	public ClusterSeed nodes(int nodes) {
		if (nodes < 1) {
			throw new IllegalArgumentException("nodes must be at least 1, was " + nodes);
		}
		this.nodes = nodes;
		return this;
	}

	/**
	 * The product, from the fake's catalogue. Default {@code cr1} of tier {@code default}.
	 * @param tier the product's tier, e.g. {@code default}
	 * @param name the product's name, e.g. {@code cr2}
	 * @return this seed
	 */
	public ClusterSeed product(String tier, String name) {
		this.productTier = Objects.requireNonNull(tier, "tier");
		this.productName = Objects.requireNonNull(name, "name");
		return this;
	}

	/**
	 * The CrateDB version. Default {@code 5.10.3}.
	 * @param crateVersion the version
	 * @return this seed
	 */
	public ClusterSeed crateVersion(String crateVersion) {
		this.crateVersion = Objects.requireNonNull(crateVersion, "crateVersion");
		return this;
	}

	/**
	 * The database user name. Default {@code admin}.
	 * @param username the user name
	 * @return this seed
	 */
	public ClusterSeed username(String username) {
		this.username = Objects.requireNonNull(username, "username");
		return this;
	}

	/**
	 * Creates the cluster suspended (health {@code SUSPENDED}).
	 * @return this seed
	 */
	public ClusterSeed suspended() {
		this.suspended = true;
		return this;
	}

	/**
	 * Creates the cluster with deletion protection on.
	 * @return this seed
	 */
	public ClusterSeed deletionProtected() {
		this.deletionProtected = true;
		return this;
	}

	/**
	 * Creates the cluster, running (or suspended) with no operation in progress.
	 * @return the cluster's id
	 * @throws IllegalArgumentException if the product is not in the fake's catalogue or has
	 * fewer nodes to offer
	 */
	public String create() {
		synchronized (this.state) {
			return ClustersApi.seed(this.state, this);
		}
	}

}
