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

	/**
	 * Creates a user other than the one the credentials belong to, to be made a member of
	 * organizations and projects through the API.
	 * @param email the user's e-mail address
	 * @return the user's id
	 * @throws IllegalArgumentException if a user has that address already
	 */
	public String user(String email) {
		Objects.requireNonNull(email, "email");
		if (!UserViews.EMAIL.matcher(email).matches()) {
			throw new IllegalArgumentException("Not an e-mail address: " + email);
		}
		synchronized (this.state) {
			return UserViews.create(this.state, email, "Seeded User").get("uid").asString();
		}
	}

	/**
	 * Makes the user the credentials belong to a superuser, who sees and may delete every user.
	 */
	public void superuser() {
		synchronized (this.state) {
			this.state.currentUser.put("is_superuser", true);
			this.state.users.get(this.state.currentUserId()).put("is_superuser", true);
		}
	}

}
