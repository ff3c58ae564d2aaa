package io.cratecloud.client.organizations;

import java.util.List;

/**
 * The secrets of organizations, such as the AWS, Azure or MongoDB credentials import jobs
 * read with. Their data is write-only: no answer ever holds it. Get it from
 * {@link OrganizationsClient#secrets()}.
 */
public interface SecretsClient {

	/**
	 * The secrets stored for an organization, without their data:
	 * {@code GET /api/v2/organizations/{organization_id}/secrets/}.
	 * @param organizationId the organization's id
	 * @return the secrets
	 */
	List<Secret> list(String organizationId);

	/**
	 * Store a secret for an organization:
	 * {@code POST /api/v2/organizations/{organization_id}/secrets/}.
	 * @param organizationId the organization's id
	 * @param request the new secret
	 * @return the secret created, without its data
	 */
	Secret create(String organizationId, SecretCreateRequest request);

	/**
	 * Delete a secret of an organization:
	 * {@code DELETE /api/v2/organizations/{organization_id}/secrets/{secret_id}/}.
	 * @param organizationId the organization's id
	 * @param secretId the secret's id
	 */
	void delete(String organizationId, String secretId);

}
