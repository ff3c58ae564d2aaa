package io.cratecloud.test;

import io.cratecloud.client.roles.Role;
import io.cratecloud.client.users.RoleFqn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RoleApiTests extends FakeApiTests {

	@Test
	void theRolesOfOrganizationsAndProjectsAreListed() {
		assertThat(this.client.roles().list()).extracting(Role::id, Role::name)
			.containsExactly(tuple("org_admin", "Organization Admin"), tuple("org_member", "Organization Member"),
					tuple("project_admin", "Project Admin"), tuple("project_member", "Project Member"));
	}

	@Test
	void everyListedRoleCanBeGivenWhereItBelongs() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		String me = this.client.users().me().uid();
		String grace = this.fake.seed().user("grace@example.com");

		for (Role role : this.client.roles().list()) {
			RoleFqn fqn = new RoleFqn(role.id());
			if (role.id().startsWith("org_")) {
				assertThat(this.client.users().memberships().addToOrganization(acme.id(), grace, fqn).roleFqn()).isEqualTo(fqn);
			}
			else {
				assertThat(this.client.users().memberships().addToProject(analytics.id(), me, fqn).roleFqn()).isEqualTo(fqn);
			}
		}
	}

}
