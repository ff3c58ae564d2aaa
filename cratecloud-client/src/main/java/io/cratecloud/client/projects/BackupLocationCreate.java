package io.cratecloud.client.projects;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A custom location for a project's backups, such as an S3 bucket in an edge region, for
 * {@link ProjectCreate#withBackupLocation(BackupLocationCreate)} and
 * {@link io.cratecloud.client.regions.RegionsClient#verifyBackupLocation(String, BackupLocationCreate)}.
 * Start with {@link #of(BackupLocationType, String, Map)}. {@link #toString()} shows the
 * names of the credentials, never their values.
 *
 * @param locationType the kind of location, such as {@link BackupLocationType#S3}
 * @param location where backups go, such as the bucket's name, 1 to 512 characters
 * @param credentials the credentials to write there; the document leaves their names to the
 * kind of location
 * @param additionalConfig settings of the location beyond its name, such as
 * {@code endpoint_url}
 */
public record BackupLocationCreate(BackupLocationType locationType, String location, Map<String, String> credentials,
		@Nullable Map<String, Object> additionalConfig) {

	/**
	 * A backup location without further settings.
	 * @param locationType the kind of location, such as {@link BackupLocationType#S3}
	 * @param location where backups go, such as the bucket's name
	 * @param credentials the credentials to write there
	 * @return the backup location
	 */
	public static BackupLocationCreate of(BackupLocationType locationType, String location,
			Map<String, String> credentials) {
		return new BackupLocationCreate(locationType, location, credentials, null);
	}

	/**
	 * A copy of this backup location with further settings.
	 * @param additionalConfig the settings, such as {@code endpoint_url} for an
	 * S3-compatible store that is not AWS
	 * @return the copy
	 */
	public BackupLocationCreate withAdditionalConfig(Map<String, Object> additionalConfig) {
		return new BackupLocationCreate(this.locationType, this.location, this.credentials, additionalConfig);
	}

	@Override
	public String toString() {
		return "BackupLocationCreate[locationType=" + this.locationType + ", location=" + this.location
				+ ", credentials=" + ((this.credentials != null) ? this.credentials.keySet() + " (values hidden)" : null)
				+ ", additionalConfig=" + this.additionalConfig + "]";
	}

}
