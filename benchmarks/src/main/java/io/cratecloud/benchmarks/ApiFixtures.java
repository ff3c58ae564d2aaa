package io.cratecloud.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Response bodies shaped as CrateDB Cloud answers them: every field of the OpenAPI
 * document's {@code Cluster}, {@code CurrentUser} and {@code AuditEvent} schemas, with the
 * service's quirks ({@code fqdn} with its trailing dot, {@code health.last_seen} without an
 * offset, {@code running_operation} empty when idle, timestamps with {@code +00:00}). Values
 * vary from one element to the next, as they do in a real account, so that no decoding cost
 * is hidden by repetition.
 */
public final class ApiFixtures {

	/**
	 * The organization every fixture belongs to.
	 */
	public static final String ORGANIZATION_ID = "7b8a9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant NOW = Instant.parse("2026-07-10T10:41:02.983Z");

	private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

	private static final DateTimeFormatter WITHOUT_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

	private static final String[] REGIONS = { "aks1.eastus2.azure", "eks1.eu-west-1.aws", "gke1.europe-west3.gcp",
			"aks1.westeurope.azure" };

	private static final String[] PRODUCTS = { "cr1", "cr2", "cr3", "s2", "s4" };

	private static final String[] HEALTH = { "GREEN", "GREEN", "GREEN", "YELLOW", "GREEN", "SUSPENDED", "GREEN",
			"UNREACHABLE" };

	private static final String[] OPERATIONS = { "CREATE", "SCALE", "UPGRADE", "SUSPEND", "ALLOWED_CIDR_UPDATE",
			"BACKUP_SCHEDULE_UPDATE", "EXPAND_STORAGE", "PASSWORD_UPDATE" };

	private static final String[] NAMES = { "sensor-data", "orders", "telemetry", "iot-fleet", "clickstream",
			"billing-archive", "metrics", "logs" };

	private static final String[][] ACTORS = {
			{ "Ada Lovelace", "ada@example.com", "ada.lovelace", "google" },
			{ "Grace Hopper", "grace@example.com", "grace.hopper", "github" },
			{ "Alan Turing", "alan@example.com", "alan.turing", "cognito" },
			{ "Edsger Dijkstra", "edsger@example.com", "edsger.dijkstra", "azuread" } };

	private ApiFixtures() {
	}

	/**
	 * The body of {@code GET /api/v2/clusters/}.
	 * @param count how many clusters the list holds
	 * @return a JSON array of clusters
	 */
	public static byte[] clusters(int count) {
		List<Object> clusters = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			clusters.add(cluster(i));
		}
		return JSON.writeValueAsBytes(clusters);
	}

	/**
	 * The body of {@code GET /api/v2/users/me/}.
	 * @return a JSON object of the current user
	 */
	public static byte[] currentUser() {
		List<Object> organizationRoles = List.of(
				object("organization_id", ORGANIZATION_ID, "role_fqn", "org_admin"),
				object("organization_id", uuid(0x0A, 2), "role_fqn", "org_member"));
		List<Object> projectRoles = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			projectRoles.add(object("project_id", uuid(0x0B, i), "role_fqn", (i == 0) ? "project_admin"
					: "project_member"));
		}
		Map<String, Object> user = object("uid", uuid(0x0C, 1), "email", "ada@example.com", "name", "Ada Lovelace",
				"username", "ada.lovelace", "picture", "https://lh3.googleusercontent.com/a/ACg8ocKd7xQ=s96-c",
				"idp", "google", "status", "active", "is_superuser", false, "hmac",
				"9f2c6e1b7d4a8e3f5c0b2a7d6e9f1c4b8a3d5e7f9c1b2a4d6e8f0a1c3e5b7d9f", "organization_id",
				ORGANIZATION_ID, "organization_roles", organizationRoles, "project_roles", projectRoles);
		return JSON.writeValueAsBytes(user);
	}

	/**
	 * A page of {@code GET /api/v2/organizations/{organization_id}/auditlogs/}: the events
	 * numbered {@code first} to {@code first + count - 1}, newest first.
	 * @param first the number of the newest event of the page, 0 for the newest of the log
	 * @param count how many events the page holds
	 * @return a JSON array of audit events
	 */
	public static byte[] auditEvents(long first, int count) {
		List<Object> events = new ArrayList<>(count);
		for (long n = first; n < first + count; n++) {
			events.add(auditEvent(n));
		}
		return JSON.writeValueAsBytes(events);
	}

	/**
	 * The id of an audit event, a UUID that carries the event's number so that the server can
	 * answer the page after it without keeping the log.
	 * @param number the event's number, 0 for the newest
	 * @return the event's id
	 */
	public static String auditEventId(long number) {
		return new UUID(0xA0D17000_0000_4000L, 0x8000_0000_0000_0000L | number).toString();
	}

	/**
	 * The number of the audit event with the given id.
	 * @param id an id made by {@link #auditEventId(long)}
	 * @return the event's number
	 * @throws IllegalArgumentException if the id is no UUID
	 */
	public static long auditEventNumber(String id) {
		return UUID.fromString(id).getLeastSignificantBits() & 0x0FFF_FFFF_FFFF_FFFFL;
	}

	private static Map<String, Object> cluster(int i) {
		String name = NAMES[i % NAMES.length] + "-" + i;
		String region = REGIONS[i % REGIONS.length];
		String product = PRODUCTS[i % PRODUCTS.length];
		int nodes = (i % 3 == 0) ? 1 : 3;
		String fqdn = name + "." + region + ".cratedb.net.";
		String health = HEALTH[i % HEALTH.length];
		boolean suspended = "SUSPENDED".equals(health);
		Instant created = NOW.minus(Duration.ofDays(3L + 11L * i)).plusMillis(137L * i);
		Instant modified = NOW.minus(Duration.ofHours(5L + i)).plusMillis(59L * i);
		List<Object> allowed = new ArrayList<>();
		allowed.add(object("cidr", "203.0.113." + (i % 256) + "/32", "description", "office VPN"));
		if (i % 2 == 0) {
			allowed.add(object("cidr", "198.51.100.0/24", "description", "CI runners"));
		}
		return object("id", uuid(0xC1, i), "name", name, "project_id", uuid(0xB0, i % 7), "subscription_id",
				uuid(0x5B, i % 3), "crate_version", (i % 4 == 0) ? "5.9.12" : "5.10.3", "channel", "stable",
				"product_name", product, "product_tier", (i % 5 == 0) ? "premium" : "default", "product_unit",
				nodes - 1, "num_nodes", nodes, "hardware_specs",
				object("cpus_per_node", (i % 2 == 0) ? 2.0 : 4.0, "memory_per_node_bytes", 8_589_934_592L * (1 + i % 2),
						"heap_size_bytes", 4_294_967_296L * (1 + i % 2), "disk_type", "premium", "disks_per_node", 1,
						"disk_size_per_node_bytes", 137_438_953_472L * (1 + i % 4)),
				"fqdn", fqdn, "url", "https://" + fqdn.substring(0, fqdn.length() - 1) + ":4200", "external_ip",
				"20.62." + (i / 250) + "." + (i % 250 + 1), "username", "admin", "ip_whitelist", allowed,
				"backup_schedule", (i % 60) + " * * * *", "health",
				object("status", health, "running_operation", (i % 9 == 4) ? "SCALE" : "", "last_seen",
						(i % 8 == 7) ? "" : WITHOUT_OFFSET.format(LocalDateTime.ofInstant(
								NOW.minusSeconds(13L + i), ZoneOffset.UTC))),
				"last_async_operation",
				object("id", uuid(0x0F, i), "type", OPERATIONS[i % OPERATIONS.length], "status", "SUCCEEDED", "dc",
						dc(modified.minusSeconds(600), modified)),
				"suspended", suspended, "allow_suspend", true, "allow_custom_storage", i % 3 == 0,
				"deletion_protected", i % 4 == 1, "gc_available", i % 2 == 0, "origin", "cloud", "dc",
				dc(created, modified));
	}

	private static Map<String, Object> auditEvent(long n) {
		String[] actor = ACTORS[(int) (n % ACTORS.length)];
		String clusterId = uuid(0xC1, (int) (n % 500));
		String projectId = uuid(0xB0, (int) (n % 7));
		Map<String, Object> context = switch ((int) (n % 8)) {
			case 0 -> object("cluster_id", clusterId, "cluster_name", NAMES[(int) (n % NAMES.length)] + "-" + n % 500,
					"project_id", projectId, "product_name", PRODUCTS[(int) (n % PRODUCTS.length)], "product_tier",
					"default", "crate_version", "5.10.3", "region", REGIONS[(int) (n % REGIONS.length)]);
			case 1 -> object("cluster_id", clusterId, "from", 3, "to", 5);
			case 2 -> object("cluster_id", clusterId, "from_version", "5.9.12", "to_version", "5.10.3");
			case 3 -> object("cluster_id", clusterId, "suspended", n % 16 == 3);
			case 4 -> object("user_id", uuid(0x0C, (int) (n % 40)), "organization_id", ORGANIZATION_ID, "role_fqn",
					"org_member");
			case 5 -> object("key", "a1b2c3d4e5f6" + Long.toHexString(n), "active", true);
			case 6 -> object("project_id", projectId, "project_name", "project " + n % 7);
			default -> object("cluster_id", clusterId, "ip_whitelist",
					List.of(object("cidr", "203.0.113.0/24", "description", "office"),
							object("cidr", "198.51.100." + (n % 256) + "/32", "description", "laptop")));
		};
		String action = switch ((int) (n % 8)) {
			case 0 -> "cluster.create";
			case 1 -> "cluster.scale";
			case 2 -> "cluster.upgrade";
			case 3 -> "cluster.suspend";
			case 4 -> "organization.user.add";
			case 5 -> "user.api_key.create";
			case 6 -> "project.create";
			default -> "cluster.ip_restrictions.update";
		};
		return object("id", auditEventId(n), "action", action, "actor",
				object("id", uuid(0x0C, (int) (n % ACTORS.length)), "email", actor[1], "name", actor[0], "username",
						actor[2], "picture", "https://avatars.example.com/" + actor[2] + ".png?s=96"),
				"context", context, "created", timestamp(NOW.minusSeconds(37 * n).minusNanos(1000 * (n % 999_983))));
	}

	private static Map<String, Object> dc(Instant created, Instant modified) {
		return object("created", timestamp(created), "modified", timestamp(modified));
	}

	private static String timestamp(Instant instant) {
		return WITH_OFFSET.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	private static String uuid(int kind, int n) {
		return new UUID(0x3E5A_0000_0000_4000L | ((long) kind << 32), 0x9000_0000_0000_0000L | n).toString();
	}

	private static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return object;
	}

}
