package io.cratecloud.client.clusters;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.projects.BackupLocationRequest;
import org.jspecify.annotations.Nullable;

/**
 * A project to create together with a cluster, for
 * {@link ClusterCreateRequest#inNewProject}, with the same rules as a project created on its
 * own ({@link io.cratecloud.client.projects.ProjectCreateRequest}).
 *
 * @param name the project's name
 * @param region the region to create it in, such as {@code aks1.eastus2.azure}
 * @param backupLocation a custom backup location with its credentials, supported in edge
 * regions only
 */
public record NewProject(String name, @Nullable String region, @Nullable BackupLocationRequest backupLocation) {

	/**
	 * Check the document's constraints.
	 * @param name the project's name
	 * @param region the region, or {@code null}
	 * @param backupLocation a custom backup location, or {@code null}
	 * @throws IllegalArgumentException naming the first part that breaks them
	 */
	public NewProject {
		Arguments.words(name, "project.name");
		if (region != null) {
			Arguments.length(region, "project.region", 0, 512);
		}
	}

	/**
	 * A project in a region.
	 * @param name the project's name
	 * @param region the region to create it in, or {@code null} for the service's choice
	 * @return the project to create
	 */
	public static NewProject of(String name, @Nullable String region) {
		return new NewProject(name, region, null);
	}

	/**
	 * This project, writing its backups to a custom location.
	 * @param backupLocation the backup location, with its credentials
	 * @return a copy with the backup location
	 */
	public NewProject withBackupLocation(BackupLocationRequest backupLocation) {
		return new NewProject(this.name, this.region, Arguments.required(backupLocation, "project.backup_location"));
	}

}
