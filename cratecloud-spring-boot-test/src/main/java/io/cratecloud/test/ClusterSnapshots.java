package io.cratecloud.test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
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

	/** What a restore can bring back: everything, some tables, or sections of the metadata. */
	private static final Set<String> RESTORE_TYPES = Set.of("all", "tables", "sections", "partitions");

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
		routes.get("/api/v2/clusters/{cluster_id}/snapshots/", this::list)
			.post("/api/v2/clusters/{cluster_id}/snapshots/restore/", this::restore);
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

	private FakeResponse restore(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String repository = checks.requiredString(body, "repository", 1, 512);
		String name = checks.requiredString(body, "snapshot", 1, 512);
		String sourceId = body.hasNonNull("source_cluster_id") ? checks.requiredId(body, "source_cluster_id") : null;
		String type = body.hasNonNull("type") ? checks.requiredOneOf(body, "type", RESTORE_TYPES) : "tables";
		List<String> tables = strings(body, "tables", checks);
		List<String> sections = strings(body, "sections", checks);
		if ("sections".equals(type) && sections.isEmpty()) {
			checks.error("sections", "Name the sections to restore.");
		}
		checks.throwIfInvalid();
		ObjectNode source = (sourceId != null) ? this.state.cluster(sourceId) : cluster;
		ObjectNode snapshot = find(source.get("id").asString(), repository, name);
		if (snapshot == null) {
			throw FakeApiException.badRequest("snapshot",
					"No snapshot '" + name + "' in repository '" + repository + "' of the cluster.");
		}
		List<String> missing = new ArrayList<>();
		for (String table : tables) {
			if (!contains(snapshot.get("tables"), table)) {
				missing.add(table);
			}
		}
		if (!missing.isEmpty()) {
			throw FakeApiException.badRequest("tables", "Not in the snapshot: " + String.join(", ", missing) + ".");
		}
		this.operations.requireIdle(cluster);
		if (cluster.path("suspended").asBoolean(false)) {
			throw FakeApiException.badRequest("_schema", "The cluster is suspended; resume it first.");
		}
		ObjectNode data = this.state.object()
			.put("source_cluster_id", source.get("id").asString())
			.put("repository", repository)
			.put("snapshot", name)
			.put("type", type);
		// Type 'tables' without any named means every table of the snapshot, as the official
		// CLI sends it.
		ArrayNode restored = data.putArray("tables");
		List<String> restoredTables = ("tables".equals(type) && tables.isEmpty()) ? strings(snapshot, "tables", checks)
				: tables;
		restoredTables.forEach(restored::add);
		this.operations.start(cluster, "RESTORE_SNAPSHOT", data,
				"Restoring snapshot " + name + " (" + type + ").", () -> {
				});
		ClustersApi.audit(this.state, cluster, "cluster.restore_snapshot",
				this.state.object().put("repository", repository).put("snapshot", name).put("type", type));
		// The service answers with the snapshot, not the cluster.
		return FakeResponse.ok(snapshot.deepCopy());
	}

	private @Nullable ObjectNode find(String clusterId, String repository, String name) {
		for (ObjectNode snapshot : this.state.snapshots.getOrDefault(clusterId, List.of())) {
			if (snapshot.get("repository").asString().equals(repository)
					&& snapshot.get("snapshot").asString().equals(name)) {
				return snapshot;
			}
		}
		return null;
	}

	private static List<String> strings(ObjectNode body, String field, BodyChecks checks) {
		JsonNode node = body.get(field);
		List<String> values = new ArrayList<>();
		if (node == null || node.isNull()) {
			return values;
		}
		if (!node.isArray()) {
			checks.error(field, "Not a valid list.");
			return values;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode value = node.get(i);
			if (!value.isString() || value.asString().isEmpty() || value.asString().length() > 512) {
				checks.error(field + "." + i, "Length must be between 1 and 512.");
			}
			else {
				values.add(value.asString());
			}
		}
		return values;
	}

	private static boolean contains(JsonNode array, String value) {
		for (JsonNode element : array) {
			if (element.asString().equals(value)) {
				return true;
			}
		}
		return false;
	}

}
