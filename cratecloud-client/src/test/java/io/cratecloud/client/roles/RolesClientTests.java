package io.cratecloud.client.roles;

import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class RolesClientTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final RolesClient roles = TestClients.client(api).roles();

	@Test
	void listReadsEveryRole() {
		api.server().stubFor(get("/api/v2/roles/").willReturn(okJson("""
				[
				  {"id": "org_admin", "name": "Organization Admin"},
				  {"id": "org_member", "name": "Organization Member"},
				  {"id": "project_admin", "name": "Project Admin"},
				  {"id": "project_member", "name": "Project Member"}
				]
				""")));

		assertThat(this.roles.list()).containsExactly(new Role("org_admin", "Organization Admin"),
				new Role("org_member", "Organization Member"), new Role("project_admin", "Project Admin"),
				new Role("project_member", "Project Member"));
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/roles/")));
	}

}
