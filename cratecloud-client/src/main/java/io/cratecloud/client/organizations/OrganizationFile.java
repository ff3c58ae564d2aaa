package io.cratecloud.client.organizations;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A file stored for an organization, such as data uploaded for an import or the result of
 * an export. The bytes move through pre-signed URLs, not through the API.
 *
 * @param id the file's id
 * @param organizationId the id of the organization the file belongs to
 * @param name the file's name
 * @param fileSize the file's size in bytes
 * @param status whether the file's bytes have arrived
 * @param uploadUrl the pre-signed URL to {@code PUT} the file's bytes to, without API
 * credentials
 * @param downloadUrl the pre-signed URL to download the file from
 * @param dc when the file was created and modified
 */
public record OrganizationFile(@Nullable String id, @Nullable String organizationId, String name,
		@Nullable Long fileSize, @Nullable FileStatus status, @Nullable String uploadUrl, @Nullable String downloadUrl,
		@Nullable DublinCore dc) {
}
