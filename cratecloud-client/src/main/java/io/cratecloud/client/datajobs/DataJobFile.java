package io.cratecloud.client.datajobs;

import io.cratecloud.client.organizations.FileStatus;
import org.jspecify.annotations.Nullable;

/**
 * An organization file a data job works on: the file an import job reads, or the file an
 * export job writes. Only the id is sent; the service fills in the rest.
 *
 * @param id the file's id
 * @param name the file's name
 * @param fileSize the file's size in bytes
 * @param status whether the file's bytes are there
 * @param uploadUrl the pre-signed URL the file's bytes are uploaded to
 * @param downloadUrl the pre-signed URL the file can be downloaded from
 */
public record DataJobFile(String id, @Nullable String name, @Nullable Long fileSize, @Nullable FileStatus status,
		@Nullable String uploadUrl, @Nullable String downloadUrl) {

	static DataJobFile of(String id) {
		return new DataJobFile(id, null, null, null, null, null);
	}

}
