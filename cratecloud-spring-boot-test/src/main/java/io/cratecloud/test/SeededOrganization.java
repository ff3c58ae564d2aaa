package io.cratecloud.test;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * An organization created by {@link Seeder#organization(String)}.
 */
public final class SeededOrganization {

	private final FakeState state;

	private final String id;

	private final String name;

	private final String subscriptionId;

	SeededOrganization(FakeState state, String id, String name, String subscriptionId) {
		this.state = state;
		this.id = id;
		this.name = name;
		this.subscriptionId = subscriptionId;
	}

	/**
	 * The organization's id.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The organization's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The id of the organization's subscription, to deploy clusters with.
	 * @return the subscription's id
	 */
	public String subscriptionId() {
		return this.subscriptionId;
	}

	/**
	 * Creates a project in this organization, in the fake's region.
	 * @param name the project's name
	 * @return the project
	 */
	public SeededProject project(String name) {
		return project(name, null);
	}

	/**
	 * Creates a project in this organization.
	 * @param name the project's name
	 * @param region the project's region, or {@code null} for the fake's region
	 * @return the project
	 */
	public SeededProject project(String name, @Nullable String region) {
		Objects.requireNonNull(name, "name");
		synchronized (this.state) {
			ObjectNode project = ProjectsApi.create(this.state, this.id, name, region);
			return new SeededProject(this.state, project.get("id").asString(), this.id, this.subscriptionId);
		}
	}

	@Override
	public String toString() {
		return "SeededOrganization[" + this.name + ", id=" + this.id + "]";
	}

}
