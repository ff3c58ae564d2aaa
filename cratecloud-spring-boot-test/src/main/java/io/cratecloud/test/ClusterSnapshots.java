package io.cratecloud.test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Snapshots (backups) of clusters: seeded clusters have one a day for the last few days,
 * listed newest first and at most two weeks back (api-notes.md); restoring one starts a
 * {@code RESTORE_SNAPSHOT} operation.
 */
final class ClusterSnapshots {

	/** How many daily snapshots a seeded cluster has. */
	static final int SEEDED = 3;

	/** The service looks at most two weeks back. */
	private static final Duration LOOK_BACK = Duration.ofDays(14);

	private static final DateTimeFormatter SNAPSHOT_NAME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneOffset.UTC);

	private final FakeState state;

	private final ClusterOperations operations;

	ClusterSnapshots(FakeState state, ClusterOperations operations) {
		this.state = state;
		this.operations = operations;
	}

	void register(Routes routes) {
		routes.get("/api/v2/clusters/{cluster_id}/snapshots/", this::list);
	}

	/**
	 * Gives a seeded cluster a snapshot a day, the newest an hour ago.
	 */
	static void seed(FakeState state, ObjectNode cluster) {
		List<ObjectNode> snapshots = new ArrayList<>();
		Instant newest = state.now().minus(Duration.ofHours(1));
		for (int day = SEEDED - 1; day >= 0; day--) {
			snapshots.add(snapshot(state, cluster, newest.minus(Duration.ofDays(day))));
		}
		state.snapshots.put(cluster.get("id").asString(), snapshots);
	}

	/**
	 * A snapshot of a cluster's tables, taken at the instant.
	 */
	static ObjectNode snapshot(FakeState state, ObjectNode cluster, Instant taken) {
		String id = cluster.get("id").asString();
		String created = state.timestamp(taken);
		ObjectNode snapshot = state.object()
			.put("cluster_id", id)
			.put("project_id", cluster.get("project_id").asString())
			.put("repository", "system_backup_" + id.substring(0, 8))
			.put("snapshot", SNAPSHOT_NAME.format(taken))
			.put("created", created);
		snapshot.putArray("tables").add("doc.sensor_readings").add("doc.devices");
		snapshot.putArray("concrete_indices").add("doc.sensor_readings").add("doc.devices");
		snapshot.putObject("dc").put("created", created).put("modified", created);
		return snapshot;
	}

	private FakeResponse list(FakeRequest request) {
		String clusterId = request.pathVariable("cluster_id");
		this.state.cluster(clusterId);
		Instant now = this.state.now();
		Instant start = ClustersApi.instantParameter(request, "start");
		Instant end = ClustersApi.instantParameter(request, "end");
		Instant earliest = now.minus(LOOK_BACK);
		if (start == null || start.isBefore(earliest)) {
			start = earliest;
		}
		List<ObjectNode> snapshots = this.state.snapshots.getOrDefault(clusterId, List.of());
		ArrayNode newestFirst = this.state.json.createArrayNode();
		for (int i = snapshots.size() - 1; i >= 0; i--) {
			ObjectNode snapshot = snapshots.get(i);
			Instant created = ClustersApi.instant(snapshot.get("created"));
			if (!created.isBefore(start) && (end == null || !created.isAfter(end))) {
				newestFirst.add(snapshot.deepCopy());
			}
		}
		return FakeResponse.ok(newestFirst);
	}

}
