package io.cratecloud.client.projects;

import java.util.Map;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * A custom location for a project's backups, such as an S3 bucket in an edge region, for
 * {@link ProjectCreateRequest#withBackupLocation(BackupLocationRequest)} and
 * {@link io.cratecloud.client.regions.RegionsClient#verifyBackupLocation(String, BackupLocationRequest)}.
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
public record BackupLocationRequest(BackupLocationType locationType, String location, Map<String, String> credentials,
		@Nullable Map<String, Object> additionalConfig) {

	/**
	 * Check the document's constraints.
	 * @param locationType the kind of location
	 * @param location where backups go, 1 to 512 characters
	 * @param credentials the credentials to write there
	 * @param additionalConfig further settings, or {@code null}
	 * @throws IllegalArgumentException naming the first part that breaks them
	 */
	public BackupLocationRequest {
		Arguments.required(locationType, "location_type");
		Arguments.length(location, "location", 1, 512);
		credentials = Map.copyOf(Arguments.required(credentials, "credentials"));
	}

	/**
	 * A backup location without further settings.
	 * @param locationType the kind of location, such as {@link BackupLocationType#S3}
	 * @param location where backups go, such as the bucket's name
	 * @param credentials the credentials to write there
	 * @return the backup location
	 */
	public static BackupLocationRequest of(BackupLocationType locationType, String location,
			Map<String, String> credentials) {
		return new BackupLocationRequest(locationType, location, credentials, null);
	}

	/**
	 * A copy of this backup location with further settings.
	 * @param additionalConfig the settings, such as {@code endpoint_url} for an
	 * S3-compatible store that is not AWS
	 * @return the copy
	 */
	public BackupLocationRequest withAdditionalConfig(Map<String, Object> additionalConfig) {
		return new BackupLocationRequest(this.locationType, this.location, this.credentials, additionalConfig);
	}

	@Override
	public String toString() {
		return "BackupLocationRequest[locationType=" + this.locationType + ", location=" + this.location
				+ ", credentials=" + ((this.credentials != null) ? this.credentials.keySet() + " (values hidden)" : null)
				+ ", additionalConfig=" + this.additionalConfig + "]";
	}

}
