package io.cratecloud.client.clusters;

import java.util.regex.Pattern;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.projects.ProjectBackupLocation;
import org.jspecify.annotations.Nullable;

/**
 * A project to create together with a cluster's deployment.
 *
 * @param name the project's name
 * @param region the region to create it in, such as {@code aks1.eastus2.azure}
 * @param backupLocation a custom backup location, supported in Edge regions only
 */
public record NewProject(String name, @Nullable String region, @Nullable ProjectBackupLocation backupLocation) {

	private static final Pattern NAME = Pattern.compile("^\\w[\\w\\- ]*$");

	/**
	 * Check the document's constraints.
	 * @param name the project's name
	 * @param region the region, or {@code null}
	 * @param backupLocation a custom backup location, or {@code null}
	 */
	public NewProject {
		Arguments.length(name, "project.name", 1, 512);
		Arguments.matches(name, "project.name", NAME, "a word character followed by word characters, '-' or spaces");
	}

	/**
	 * A project in a region.
	 * @param name the project's name
	 * @param region the region to create it in
	 * @return the project to create
	 */
	public static NewProject of(String name, String region) {
		return new NewProject(name, region, null);
	}

}
