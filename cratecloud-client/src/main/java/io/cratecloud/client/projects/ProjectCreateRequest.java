package io.cratecloud.client.projects;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * A new project, for {@link ProjectsClient#create(ProjectCreateRequest)}. Start with
 * {@link #of(String, String)}.
 *
 * @param organizationId the id of the organization the project belongs to
 * @param name the project's name: 1 to 512 letters, digits, underscores, hyphens and
 * spaces, starting with a letter, digit or underscore
 * @param region the name of the region the project's clusters run in, or {@code null} for
 * the service's choice
 * @param backupLocation a custom location for backups, in edge regions only
 */
public record ProjectCreateRequest(String organizationId, String name, @Nullable String region,
		@Nullable BackupLocationRequest backupLocation) {

	/**
	 * Check the document's constraints.
	 * @param organizationId the id of the organization the project belongs to
	 * @param name the project's name
	 * @param region the region's name, or {@code null}
	 * @param backupLocation a custom backup location, or {@code null}
	 * @throws IllegalArgumentException naming the first part that breaks them
	 */
	public ProjectCreateRequest {
		Arguments.uuid(organizationId, "organization_id");
		Arguments.words(name, "name");
		if (region != null) {
			Arguments.length(region, "region", 0, 512);
		}
	}

	/**
	 * A new project in the region the service chooses.
	 * @param organizationId the id of the organization the project belongs to
	 * @param name the project's name
	 * @return the new project
	 */
	public static ProjectCreateRequest of(String organizationId, String name) {
		return new ProjectCreateRequest(organizationId, name, null, null);
	}

	/**
	 * A copy of this new project in the given region.
	 * @param region the region's name, such as {@code eks1.eu-west-1.aws}
	 * @return the copy
	 */
	public ProjectCreateRequest withRegion(String region) {
		return new ProjectCreateRequest(this.organizationId, this.name, region, this.backupLocation);
	}

	/**
	 * A copy of this new project that writes its backups to a custom location, which edge
	 * regions allow.
	 * @param backupLocation the backup location
	 * @return the copy
	 */
	public ProjectCreateRequest withBackupLocation(BackupLocationRequest backupLocation) {
		return new ProjectCreateRequest(this.organizationId, this.name, this.region, backupLocation);
	}

}
