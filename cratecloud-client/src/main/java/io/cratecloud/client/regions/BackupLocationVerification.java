package io.cratecloud.client.regions;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking a custom backup location from an edge region.
 *
 * @param message what the check found, in words
 * @param s3LocationValid whether the region can write backups to the S3 location
 */
public record BackupLocationVerification(@Nullable String message, @Nullable Boolean s3LocationValid) {
}
