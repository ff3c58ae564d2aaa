package io.cratecloud.client.projects;

import org.jspecify.annotations.Nullable;

/**
 * A new project, for {@link ProjectsClient#create(ProjectCreate)}. Start with
 * {@link #of(String, String)}.
 *
 * @param organizationId the id of the organization the project belongs to
 * @param name the project's name: 1 to 512 letters, digits, underscores, hyphens and
 * spaces, starting with a letter, digit or underscore
 * @param region the name of the region the project's clusters run in, or {@code null} for
 * the service's choice
 * @param backupLocation a custom location for backups, in edge regions only
 */
public record ProjectCreate(String organizationId, String name, @Nullable String region,
		@Nullable BackupLocationCreate backupLocation) {

	/**
	 * A new project in the region the service chooses.
	 * @param organizationId the id of the organization the project belongs to
	 * @param name the project's name
	 * @return the new project
	 */
	public static ProjectCreate of(String organizationId, String name) {
		return new ProjectCreate(organizationId, name, null, null);
	}

	/**
	 * A copy of this new project in the given region.
	 * @param region the region's name, such as {@code eks1.eu-west-1.aws}
	 * @return the copy
	 */
	public ProjectCreate withRegion(String region) {
		return new ProjectCreate(this.organizationId, this.name, region, this.backupLocation);
	}

	/**
	 * A copy of this new project that writes its backups to a custom location, which edge
	 * regions allow.
	 * @param backupLocation the backup location
	 * @return the copy
	 */
	public ProjectCreate withBackupLocation(BackupLocationCreate backupLocation) {
		return new ProjectCreate(this.organizationId, this.name, this.region, backupLocation);
	}

}
