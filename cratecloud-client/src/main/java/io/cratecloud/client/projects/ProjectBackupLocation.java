package io.cratecloud.client.projects;

import java.util.Map;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A custom location, such as an S3 bucket, that a project's backups are written to. The
 * credentials for it are write-only and never returned.
 *
 * @param location where backups go, such as the bucket's name
 * @param locationType the kind of location, such as {@link BackupLocationType#S3}
 * @param additionalConfig settings of the location beyond its name, such as
 * {@code endpoint_url}
 * @param dc when the backup location was created and modified
 */
public record ProjectBackupLocation(String location, BackupLocationType locationType,
		@Nullable Map<String, Object> additionalConfig, @Nullable DublinCore dc) {
}
