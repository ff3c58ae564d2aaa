package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.organizations.Secret;
import io.cratecloud.client.organizations.SecretCreateRequest;
import io.cratecloud.client.organizations.SecretsClient;

import org.springframework.core.ParameterizedTypeReference;

/**
 * The {@link SecretsClient} on the shared transport.
 */
final class DefaultSecretsClient implements SecretsClient {

	private static final String SECRETS = "/api/v2/organizations/{organization_id}/secrets/";

	private static final ParameterizedTypeReference<List<Secret>> SECRET_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	DefaultSecretsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<Secret> list(String organizationId) {
		return this.transport.get(SECRETS).pathVariable("organization_id", organizationId).retrieve(SECRET_LIST);
	}

	@Override
	public Secret create(String organizationId, SecretCreateRequest request) {
		Arguments.required(request, "request");
		Arguments.length(request.name(), "name", 1, 512);
		Arguments.required(request.type(), "type");
		SecretCreateRequest.Data data = Arguments.required(request.data(), "data");
		if (data.awsSecret() != null) {
			Arguments.text(data.awsSecret().accessKey(), "access_key");
			Arguments.text(data.awsSecret().secretKey(), "secret_key");
		}
		if (data.azureSecret() != null) {
			Arguments.text(data.azureSecret().connectionString(), "connection_string");
		}
		if (data.mongodbSecret() != null) {
			Arguments.text(data.mongodbSecret().connectionString(), "connection_string");
		}
		return this.transport.post(SECRETS)
			.pathVariable("organization_id", organizationId)
			.body(request)
			.retrieve(Secret.class);
	}

	@Override
	public void delete(String organizationId, String secretId) {
		this.transport.delete("/api/v2/organizations/{organization_id}/secrets/{secret_id}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("secret_id", secretId)
			.execute();
	}

}
