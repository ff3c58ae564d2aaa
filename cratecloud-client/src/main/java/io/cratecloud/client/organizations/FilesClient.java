package io.cratecloud.client.organizations;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of organizations: uploaded for import jobs to read, or written by export jobs.
 * Get it from {@link OrganizationsClient#files()}.
 */
public interface FilesClient {

	/**
	 * The files stored for an organization:
	 * {@code GET /api/v2/organizations/{organization_id}/files/}.
	 * @param organizationId the organization's id
	 * @return the files
	 */
	List<OrganizationFile> list(String organizationId);

	/**
	 * One file stored for an organization, with its pre-signed download URL:
	 * {@code GET /api/v2/organizations/{organization_id}/files/{file_id}/}.
	 * @param organizationId the organization's id
	 * @param fileId the file's id
	 * @return the file
	 */
	OrganizationFile get(String organizationId, String fileId);

	/**
	 * Set up a file upload: {@code POST /api/v2/organizations/{organization_id}/files/}. The
	 * answer carries the pre-signed {@code upload_url} the bytes go to; see
	 * {@link #upload(String, Path)}, which does both steps.
	 * @param organizationId the organization's id
	 * @param name the file's name, 1 to 512 characters
	 * @param fileSize the file's size in bytes, at least 1
	 * @return the file placeholder, with its upload URL
	 */
	OrganizationFile create(String organizationId, String name, long fileSize);

	/**
	 * Upload a local file for an organization, for an import job to read: creates the file
	 * ({@code POST /api/v2/organizations/{organization_id}/files/}), then streams the bytes to
	 * its pre-signed {@code upload_url} with a plain {@code PUT} that carries no API
	 * credentials. The file is never held in memory.
	 * @param organizationId the organization's id
	 * @param file the local file; its name becomes the uploaded file's name
	 * @return the uploaded file
	 * @throws java.io.UncheckedIOException if the local file cannot be read
	 */
	OrganizationFile upload(String organizationId, Path file);

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
	OrganizationFile upload(String organizationId, String name, InputStream content, long length);

	/**
	 * Delete a file of an organization:
	 * {@code DELETE /api/v2/organizations/{organization_id}/files/{file_id}/}.
	 * @param organizationId the organization's id
	 * @param fileId the file's id
	 */
	void delete(String organizationId, String fileId);

}
