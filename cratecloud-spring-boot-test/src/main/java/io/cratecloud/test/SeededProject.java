package io.cratecloud.test;

import java.util.Objects;

/**
 * A project created by {@link SeededOrganization#project(String)}.
 */
public final class SeededProject {

	private final FakeState state;

	private final String id;

	private final String organizationId;

	private final String subscriptionId;

	SeededProject(FakeState state, String id, String organizationId, String subscriptionId) {
		this.state = state;
		this.id = id;
		this.organizationId = organizationId;
		this.subscriptionId = subscriptionId;
	}

	/**
	 * The project's id.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The id of the project's organization.
	 * @return the organization's id
	 */
	public String organizationId() {
		return this.organizationId;
	}

	/**
	 * Describes a cluster to create in this project: by default one {@code cr1} node of the
	 * {@code default} tier, running and {@code GREEN}. Call {@link ClusterSeed#create()} to
	 * create it.
	 * @param name the cluster's name
	 * @return the cluster's description
	 */
	public ClusterSeed cluster(String name) {
		Objects.requireNonNull(name, "name");
		return new ClusterSeed(this.state, name, this.id, this.subscriptionId);
	}

	@Override
	public String toString() {
		return "SeededProject[id=" + this.id + "]";
	}

}
