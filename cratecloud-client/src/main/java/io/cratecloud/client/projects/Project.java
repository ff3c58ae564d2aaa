package io.cratecloud.client.projects;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A project: a group of clusters within an organization, bound to one region.
 *
 * @param id the project's id
 * @param name the project's name
 * @param organizationId the id of the organization the project belongs to
 * @param region the name of the region the project's clusters run in
 * @param backupLocation the custom location backups are written to, in Edge regions only
 * @param dc when the project was created and modified
 */
public record Project(@Nullable String id, String name, String organizationId, @Nullable String region,
		@Nullable ProjectBackupLocation backupLocation, @Nullable DublinCore dc) {
}
