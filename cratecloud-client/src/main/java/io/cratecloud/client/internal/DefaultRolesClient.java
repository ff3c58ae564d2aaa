package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.roles.Role;
import io.cratecloud.client.roles.RolesClient;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link RolesClient} on the shared transport.
 */
public final class DefaultRolesClient implements RolesClient {

	private static final ParameterizedTypeReference<List<Role>> ROLE_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultRolesClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<Role> list() {
		return this.transport.get("/api/v2/roles/").retrieve(ROLE_LIST);
	}

}
