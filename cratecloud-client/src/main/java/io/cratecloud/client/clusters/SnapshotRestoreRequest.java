package io.cratecloud.client.clusters;

import java.util.List;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What to restore from a snapshot: all of it, some tables, or some sections. Build it with
 * {@link #all}, {@link #tables} or {@link #sections}.
 *
 * @param repository the snapshot's repository
 * @param snapshot the snapshot's name
 * @param sourceClusterId the cluster the snapshot was taken of, when it is not the target
 * @param type what to restore: {@code all}, {@code tables} (the service's default),
 * {@code sections}
 * @param tables the tables to restore, for {@code tables}
 * @param sections the sections to restore, such as {@code users} or {@code privileges}, for
 * {@code sections}
 */
public record SnapshotRestoreRequest(String repository, String snapshot, @Nullable String sourceClusterId,
		@Nullable String type, @Nullable List<String> tables, @Nullable List<String> sections) {

	/**
	 * Check the document's constraints.
	 * @param repository the snapshot's repository
	 * @param snapshot the snapshot's name
	 * @param sourceClusterId the source cluster's id, or {@code null}
	 * @param type what to restore, or {@code null}
	 * @param tables the tables, or {@code null}
	 * @param sections the sections, or {@code null}
	 */
	public SnapshotRestoreRequest {
		Arguments.length(repository, "repository", 1, 512);
		Arguments.length(snapshot, "snapshot", 1, 512);
		if (sourceClusterId != null) {
			Arguments.uuid(sourceClusterId, "source_cluster_id");
		}
		tables = (tables != null) ? List.copyOf(tables) : null;
		sections = (sections != null) ? List.copyOf(sections) : null;
	}

	/**
	 * Restore everything in the snapshot.
	 * @param repository the snapshot's repository
	 * @param snapshot the snapshot's name
	 * @return the restore
	 */
	public static SnapshotRestoreRequest all(String repository, String snapshot) {
		return new SnapshotRestoreRequest(repository, snapshot, null, "all", null, null);
	}

	/**
	 * Restore some tables of the snapshot.
	 * @param repository the snapshot's repository
	 * @param snapshot the snapshot's name
	 * @param tables the tables, such as {@code doc.sensor_readings}
	 * @return the restore
	 */
	public static SnapshotRestoreRequest tables(String repository, String snapshot, List<String> tables) {
		Arguments.required(tables, "tables");
		return new SnapshotRestoreRequest(repository, snapshot, null, "tables", tables, null);
	}

	/**
	 * Restore some sections of the snapshot.
	 * @param repository the snapshot's repository
	 * @param snapshot the snapshot's name
	 * @param sections the sections, such as {@code users} or {@code privileges}
	 * @return the restore
	 */
	public static SnapshotRestoreRequest sections(String repository, String snapshot, List<String> sections) {
		Arguments.required(sections, "sections");
		return new SnapshotRestoreRequest(repository, snapshot, null, "sections", null, sections);
	}

	/**
	 * This restore, taking the snapshot of another cluster.
	 * @param sourceClusterId the cluster the snapshot was taken of
	 * @return a copy with the source cluster
	 */
	public SnapshotRestoreRequest fromCluster(String sourceClusterId) {
		return new SnapshotRestoreRequest(this.repository, this.snapshot, sourceClusterId, this.type, this.tables,
				this.sections);
	}

}
