package io.cratecloud.client.roles;

import java.util.List;

import io.cratecloud.client.http.CrateCloudTransport;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Roles: the roles users can be given in organizations and projects.
 */
public final class RolesClient {

	private static final ParameterizedTypeReference<List<Role>> ROLE_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public RolesClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every role: {@code GET /api/v2/roles/}.
	 * @return the roles
	 */
	public List<Role> list() {
		return this.transport.get("/api/v2/roles/").retrieve(ROLE_LIST);
	}

}
