package io.cratecloud.client.organizations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.http.CrateCloudTransport;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Organizations: the organizations themselves, their billing and consumption, invitations,
 * files and secrets.
 */
public final class OrganizationsClient {

	// Lenient on purpose: the service judges addresses; this only stops what plainly is none.
	private static final ParameterizedTypeReference<List<Organization>> ORGANIZATION_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<OrganizationInvitation>> INVITATION_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<PaymentMethod>> PAYMENT_METHOD_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Quota>> QUOTA_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<OrganizationFile>> FILE_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Secret>> SECRET_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create a client on the given transport.
	 * @param transport the transport requests go through
	 */
	public OrganizationsClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every organization the current user belongs to: {@code GET /api/v2/organizations/}.
	 * @return the organizations
	 */
	public List<Organization> list() {
		return this.transport.get("/api/v2/organizations/").retrieve(ORGANIZATION_LIST);
	}

	/**
	 * One organization: {@code GET /api/v2/organizations/{organization_id}/}.
	 * @param organizationId the organization's id
	 * @return the organization
	 */
	public Organization get(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/")
			.pathVariable("organization_id", organizationId)
			.retrieve(Organization.class);
	}

	/**
	 * Create an organization, with the current user as its administrator:
	 * {@code POST /api/v2/organizations/}.
	 * @param organization the new organization
	 * @return the organization created
	 */
	public Organization create(OrganizationCreate organization) {
		Arguments.required(organization, "organization");
		Arguments.length(organization.name(), "name", 1, 512);
		if (organization.planType() != null) {
			Arguments.between(organization.planType(), "plan_type", 1, 6);
		}
		return this.transport.post("/api/v2/organizations/").body(organization).retrieve(Organization.class);
	}

	/**
	 * Change an organization: {@code PUT /api/v2/organizations/{organization_id}/}. Only what
	 * the changes set is sent; the rest stays as it is.
	 * @param organizationId the organization's id
	 * @param changes the changes
	 * @return the organization as changed
	 */
	public Organization update(String organizationId, OrganizationEdit changes) {
		Arguments.required(changes, "changes");
		if (changes.name() != null) {
			// The document lets an edit send an empty name, which no organization may have.
			Arguments.length(changes.name(), "name", 1, 512);
		}
		if (changes.email() != null) {
			Arguments.email(changes.email(), "email");
		}
		if (changes.planType() != null) {
			Arguments.between(changes.planType(), "plan_type", 1, 6);
		}
		return this.transport.put("/api/v2/organizations/{organization_id}/")
			.pathVariable("organization_id", organizationId)
			.body(changes)
			.retrieve(Organization.class);
	}

	/**
	 * Delete an organization: {@code DELETE /api/v2/organizations/{organization_id}/}.
	 * @param organizationId the organization's id
	 */
	public void delete(String organizationId) {
		this.transport.delete("/api/v2/organizations/{organization_id}/")
			.pathVariable("organization_id", organizationId)
			.execute();
	}

	/**
	 * What an organization has used and spent this month, with a cost estimate:
	 * {@code GET /api/v2/organizations/{organization_id}/consumption/current-month/}.
	 * @param organizationId the organization's id
	 * @return the month's consumption
	 */
	public CurrentMonthConsumption currentMonthConsumption(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/consumption/current-month/")
			.pathVariable("organization_id", organizationId)
			.retrieve(CurrentMonthConsumption.class);
	}

	/**
	 * An organization's billing details: {@code GET /api/v2/organizations/{organization_id}/customer/}.
	 * @param organizationId the organization's id
	 * @return the billing details
	 */
	public Customer customer(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/customer/")
			.pathVariable("organization_id", organizationId)
			.retrieve(Customer.class);
	}

	/**
	 * Set an organization's billing details:
	 * {@code PUT /api/v2/organizations/{organization_id}/customer/}.
	 * @param organizationId the organization's id
	 * @param customer the billing details
	 * @return the billing details as stored
	 */
	public Customer updateCustomer(String organizationId, CustomerEdit customer) {
		Arguments.required(customer, "customer");
		Arguments.length(customer.name(), "name", 1, 512);
		Arguments.email(customer.email(), "email");
		Arguments.text(customer.phone(), "phone");
		CustomerAddress address = Arguments.required(customer.address(), "address");
		Arguments.text(address.line1(), "line1");
		Arguments.text(address.postalCode(), "postal_code");
		Arguments.text(address.city(), "city");
		Arguments.text(address.country(), "country");
		return this.transport.put("/api/v2/organizations/{organization_id}/customer/")
			.pathVariable("organization_id", organizationId)
			.body(customer)
			.retrieve(Customer.class);
	}

	/**
	 * Every invitation to an organization:
	 * {@code GET /api/v2/organizations/{organization_id}/invitations/}.
	 * @param organizationId the organization's id
	 * @return the invitations
	 */
	public List<OrganizationInvitation> invitations(String organizationId) {
		return invitations(organizationId, null);
	}

	/**
	 * The invitations to an organization with a given status:
	 * {@code GET /api/v2/organizations/{organization_id}/invitations/?status=}. Pending
	 * invitations include expired ones.
	 * @param organizationId the organization's id
	 * @param status the status, or {@code null} for every invitation
	 * @return the invitations
	 */
	public List<OrganizationInvitation> invitations(String organizationId, @Nullable InvitationStatus status) {
		return this.transport.get("/api/v2/organizations/{organization_id}/invitations/")
			.pathVariable("organization_id", organizationId)
			.query("status", status)
			.retrieve(INVITATION_LIST);
	}

	/**
	 * Withdraw an invitation to an organization:
	 * {@code DELETE /api/v2/organizations/{organization_id}/invitations/{invite_token}/}.
	 * @param organizationId the organization's id
	 * @param inviteToken the invitation's token, its {@code uid}
	 */
	public void deleteInvitation(String organizationId, String inviteToken) {
		this.transport.delete("/api/v2/organizations/{organization_id}/invitations/{invite_token}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("invite_token", inviteToken)
			.execute();
	}

	/**
	 * The metrics of an organization's clusters in the Prometheus text format, as they are
	 * sent: {@code GET /api/v2/organizations/{organization_id}/metrics/prometheus/}.
	 * @param organizationId the organization's id
	 * @return the metrics, empty when the service has none ({@code 204})
	 */
	public String prometheusMetrics(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/metrics/prometheus/")
			.pathVariable("organization_id", organizationId)
			.retrieveText();
	}

	/**
	 * The ways an organization can pay:
	 * {@code GET /api/v2/organizations/{organization_id}/payment-methods/}.
	 * @param organizationId the organization's id
	 * @return the payment methods
	 */
	public List<PaymentMethod> paymentMethods(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/payment-methods/")
			.pathVariable("organization_id", organizationId)
			.retrieve(PAYMENT_METHOD_LIST);
	}

	/**
	 * The limits on what an organization may use:
	 * {@code GET /api/v2/organizations/{organization_id}/quotas/}.
	 * @param organizationId the organization's id
	 * @return the quotas
	 */
	public List<Quota> quotas(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/quotas/")
			.pathVariable("organization_id", organizationId)
			.retrieve(QUOTA_LIST);
	}

	/**
	 * How much an organization may still spend per month:
	 * {@code GET /api/v2/organizations/{organization_id}/remaining-budget/}.
	 * @param organizationId the organization's id
	 * @return the remaining budget
	 */
	public RemainingBudget remainingBudget(String organizationId) {
		return remainingBudget(organizationId, null);
	}

	/**
	 * How much an organization may still spend per month, leaving one cluster's cost out,
	 * such as to check whether that cluster can be changed:
	 * {@code GET /api/v2/organizations/{organization_id}/remaining-budget/?exclude_cluster_id=}.
	 * @param organizationId the organization's id
	 * @param excludeClusterId the id of the cluster whose cost to leave out, or {@code null}
	 * to count every cluster
	 * @return the remaining budget
	 */
	public RemainingBudget remainingBudget(String organizationId, @Nullable String excludeClusterId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/remaining-budget/")
			.pathVariable("organization_id", organizationId)
			.query("exclude_cluster_id", excludeClusterId)
			.retrieve(RemainingBudget.class);
	}

	/**
	 * The files stored for an organization:
	 * {@code GET /api/v2/organizations/{organization_id}/files/}.
	 * @param organizationId the organization's id
	 * @return the files
	 */
	public List<OrganizationFile> files(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/files/")
			.pathVariable("organization_id", organizationId)
			.retrieve(FILE_LIST);
	}

	/**
	 * One file stored for an organization, with its pre-signed download URL:
	 * {@code GET /api/v2/organizations/{organization_id}/files/{file_id}/}.
	 * @param organizationId the organization's id
	 * @param fileId the file's id
	 * @return the file
	 */
	public OrganizationFile file(String organizationId, String fileId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/files/{file_id}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("file_id", fileId)
			.retrieve(OrganizationFile.class);
	}

	/**
	 * Set up a file upload: {@code POST /api/v2/organizations/{organization_id}/files/}. The
	 * answer carries the pre-signed {@code upload_url} the bytes go to; see
	 * {@link #uploadFile(String, Path)}, which does both steps.
	 * @param organizationId the organization's id
	 * @param name the file's name, 1 to 512 characters
	 * @param fileSize the file's size in bytes, at least 1
	 * @return the file placeholder, with its upload URL
	 */
	public OrganizationFile createFile(String organizationId, String name, long fileSize) {
		Arguments.length(name, "name", 1, 512);
		Arguments.between(fileSize, "file_size", 1, Long.MAX_VALUE);
		return this.transport.post("/api/v2/organizations/{organization_id}/files/")
			.pathVariable("organization_id", organizationId)
			.body(new FileUpload(name, fileSize))
			.retrieve(OrganizationFile.class);
	}

	/**
	 * Upload a local file for an organization, for an import job to read: creates the file
	 * ({@code POST /api/v2/organizations/{organization_id}/files/}), then streams the bytes to
	 * its pre-signed {@code upload_url} with a plain {@code PUT} that carries no API
	 * credentials. The file is never held in memory.
	 * @param organizationId the organization's id
	 * @param file the local file; its name becomes the uploaded file's name
	 * @return the uploaded file
	 * @throws UncheckedIOException if the local file cannot be read
	 */
	public OrganizationFile uploadFile(String organizationId, Path file) {
		Arguments.required(file, "file");
		try (InputStream content = Files.newInputStream(file)) {
			return uploadFile(organizationId, file.getFileName().toString(), content, Files.size(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * Upload content for an organization, for an import job to read: creates the file
	 * ({@code POST /api/v2/organizations/{organization_id}/files/}), then streams the content
	 * to its pre-signed {@code upload_url} with a plain {@code PUT} that carries no API
	 * credentials.
	 * @param organizationId the organization's id
	 * @param name the file's name, 1 to 512 characters
	 * @param content the content, read once and not closed
	 * @param length the content's length in bytes, at least 1
	 * @return the uploaded file
	 */
	public OrganizationFile uploadFile(String organizationId, String name, InputStream content, long length) {
		Arguments.required(content, "content");
		OrganizationFile created = createFile(organizationId, name, length);
		String uploadUrl = created.uploadUrl();
		if (uploadUrl == null || uploadUrl.isBlank()) {
			throw new IllegalStateException("CrateDB Cloud created file " + created.id() + " without an upload_url");
		}
		this.transport.upload(URI.create(uploadUrl), content, length);
		return created;
	}

	/**
	 * Delete a file of an organization:
	 * {@code DELETE /api/v2/organizations/{organization_id}/files/{file_id}/}.
	 * @param organizationId the organization's id
	 * @param fileId the file's id
	 */
	public void deleteFile(String organizationId, String fileId) {
		this.transport.delete("/api/v2/organizations/{organization_id}/files/{file_id}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("file_id", fileId)
			.execute();
	}

	/**
	 * The secrets stored for an organization, without their data:
	 * {@code GET /api/v2/organizations/{organization_id}/secrets/}.
	 * @param organizationId the organization's id
	 * @return the secrets
	 */
	public List<Secret> secrets(String organizationId) {
		return this.transport.get("/api/v2/organizations/{organization_id}/secrets/")
			.pathVariable("organization_id", organizationId)
			.retrieve(SECRET_LIST);
	}

	/**
	 * Store a secret for an organization, such as credentials import jobs read with:
	 * {@code POST /api/v2/organizations/{organization_id}/secrets/}. The secret's data is
	 * write-only: the answer, like every later one, leaves it out.
	 * @param organizationId the organization's id
	 * @param secret the new secret
	 * @return the secret created, without its data
	 */
	public Secret createSecret(String organizationId, SecretCreate secret) {
		Arguments.required(secret, "secret");
		Arguments.length(secret.name(), "name", 1, 512);
		Arguments.required(secret.type(), "type");
		SecretCreate.Data data = Arguments.required(secret.data(), "data");
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
		return this.transport.post("/api/v2/organizations/{organization_id}/secrets/")
			.pathVariable("organization_id", organizationId)
			.body(secret)
			.retrieve(Secret.class);
	}

	/**
	 * Delete a secret of an organization:
	 * {@code DELETE /api/v2/organizations/{organization_id}/secrets/{secret_id}/}.
	 * @param organizationId the organization's id
	 * @param secretId the secret's id
	 */
	public void deleteSecret(String organizationId, String secretId) {
		this.transport.delete("/api/v2/organizations/{organization_id}/secrets/{secret_id}/")
			.pathVariable("organization_id", organizationId)
			.pathVariable("secret_id", secretId)
			.execute();
	}

}
