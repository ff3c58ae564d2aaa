package io.cratecloud.test;

import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

/**
 * Creates state in a {@link FakeCrateCloud} directly, for a test's starting point:
 * <pre class="code">
 * SeededOrganization acme = fake.seed().organization("Acme");
 * SeededProject analytics = acme.project("analytics");
 * String clusterId = analytics.cluster("sensors").nodes(3).create();
 * </pre>
 * Seeded entities are created as they would be by the API, but records no audit events.
 */
public final class Seeder {

	private final FakeState state;

	Seeder(FakeState state) {
		this.state = state;
	}

	/**
	 * Creates an organization, with the current user as its admin and one active subscription to
	 * deploy clusters with.
	 * @param name the organization's name
	 * @return the organization
	 */
	public SeededOrganization organization(String name) {
		Objects.requireNonNull(name, "name");
		synchronized (this.state) {
			ObjectNode organization = OrganizationsApi.create(this.state, name, 3);
			String id = organization.get("id").asString();
			ObjectNode subscription = SubscriptionsApi.create(this.state, id);
			return new SeededOrganization(this.state, id, name, subscription.get("id").asString());
		}
	}

}
