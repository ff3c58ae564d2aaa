package io.cratecloud.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the fake knows, as the JSON the API answers with. Entities are kept as
 * {@link ObjectNode}s in the document's shapes, so what is stored is what is served.
 * <p>
 * Every table of entities is made by {@link #table()}, so that {@link #reset()} finds them all
 * and the fake can be put back as it started without building a new one: its routes hold this
 * object. Ids come from a generator that {@link #reset()} rewinds, so that the same seeding
 * gives the same ids after a reset.
 * <p>
 * Not thread-safe on its own: every request, every seeding call and every clock move runs
 * while holding this object's monitor ({@code synchronized (state)}).
 */
final class FakeState {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'")
		.withZone(ZoneOffset.UTC);

	/** The last 48 bits of a UUID (its "node"): where {@link #newId()} counts. */
	private static final long ID_COUNTER_BITS = 0x0000_FFFF_FFFF_FFFFL;

	/**
	 * Every table made by {@link #table()}, emptied by {@link #reset()}. Declared before the
	 * tables, whose initializers add to it.
	 */
	private final List<Map<?, ?>> tables = new ArrayList<>();

	final JsonMapper json;

	final Clock clock;

	/** How long each step of a cluster operation takes (REGISTERED, SENT, IN_PROGRESS). */
	final Duration operationStep;

	/** The user the credentials belong to ({@code CurrentUser}). */
	final ObjectNode currentUser;

	/** Organizations by id ({@code Organization}). */
	final Map<String, ObjectNode> organizations = table();

	/** Organization members: organization id to user id to {@code role_fqn}. */
	final Map<String, Map<String, String>> organizationMembers = table();

	/** Projects by id ({@code Project}). */
	final Map<String, ObjectNode> projects = table();

	/** Project members: project id to user id to {@code role_fqn}. */
	final Map<String, Map<String, String>> projectMembers = table();

	/** Users by id ({@code User}), the current user among them. */
	final Map<String, ObjectNode> users = table();

	/** API keys of the current user by key ({@code ApiKey}), and their secrets. */
	final Map<String, ObjectNode> apiKeys = table();

	final Map<String, String> apiKeySecrets = table();

	/**
	 * The database behind each seeded cluster whose endpoint a test points at its own database
	 * ({@link ClusterSeed#sqlEndpoint(String, int)}), by cluster id: where the cluster's SQL
	 * endpoint runs its statements, and the port the DataSource is told. Not in the API.
	 */
	final Map<String, SqlBackend> sqlBackends = table();

	/** Regions by name ({@code Region}). */
	final Map<String, ObjectNode> regions = table();

	/** The product catalogue ({@code Product}). */
	final List<ObjectNode> products;

	/** Subscriptions by id ({@code Subscription}). */
	final Map<String, ObjectNode> subscriptions = table();

	/** Clusters by id ({@code Cluster}). */
	final Map<String, ObjectNode> clusters = table();

	/** Operations per cluster id, oldest first ({@code ClusterAsyncOperation}). */
	final Map<String, List<ObjectNode>> operations = table();

	/** Snapshots per cluster id ({@code ClusterSnapshot}). */
	final Map<String, List<ObjectNode>> snapshots = table();

	/** Import jobs per cluster id, by job id ({@code ClusterImportJob}). */
	final Map<String, Map<String, ObjectNode>> importJobs = table();

	/** Export jobs per cluster id, by job id ({@code ClusterExportJob}). */
	final Map<String, Map<String, ObjectNode>> exportJobs = table();

	/** Files per organization id, by file id ({@code File}). */
	final Map<String, Map<String, ObjectNode>> files = table();

	/**
	 * The bytes of each file, by file id: what was uploaded to its pre-signed URL (or what an
	 * export job wrote), served from its download URL. Never part of the JSON.
	 */
	final Map<String, byte[]> fileContents = table();

	/** Secrets per organization id, by secret id ({@code Secret}). */
	final Map<String, Map<String, ObjectNode>> secrets = table();

	/** Invitations per organization id, by token ({@code OrganizationInvitation}). */
	final Map<String, Map<String, ObjectNode>> invitations = table();

	/** Audit events per organization id, oldest first ({@code AuditEvent}). */
	final Map<String, List<ObjectNode>> auditEvents = table();

	/** The message the next cluster operation fails with, if a test asked for a failure. */
	@Nullable String nextOperationFailure;

	/**
	 * Where the fake listens, e.g. {@code http://127.0.0.1:49152}, once it does: the base of
	 * the clusters' {@code url}, which leads to their SQL endpoint on the fake. Kept by a
	 * {@link #reset()}, as the fake keeps its port.
	 */
	@Nullable String baseUrl;

	private final List<Consumer<Instant>> timeDriven = new ArrayList<>();

	private final String userEmail;

	/**
	 * Where this fake's ids start: random, so that two fakes do not hand out the same ids, and
	 * chosen once, so that a reset hands out the same ones again.
	 */
	private final UUID idBase = UUID.randomUUID();

	private long idsIssued;

	private long auditSequence;

	FakeState(JsonMapper json, Clock clock, Duration operationStep, String userEmail) {
		this.json = json;
		this.clock = clock;
		this.operationStep = operationStep;
		this.products = ProductCatalog.products(json);
		this.userEmail = userEmail;
		this.currentUser = object();
		populate();
	}

	/**
	 * A map of entities that {@link #reset()} empties. Every table of the fake, here or in a
	 * group of operations that keeps its own, is made by this method.
	 * @param <K> the type of the keys
	 * @param <V> the type of the values
	 * @return a new, empty, ordered map
	 */
	<K, V> Map<K, V> table() {
		Map<K, V> table = new LinkedHashMap<>();
		this.tables.add(table);
		return table;
	}

	/**
	 * Puts the state back as it was when the fake started: no entities but the current user
	 * (as it was, with the same id) and the shared region, no pending failure, and ids and
	 * audit event numbers counted from the start again. The clock is the caller's to rewind,
	 * before, since the entities created here are stamped with it.
	 */
	void reset() {
		this.tables.forEach(Map::clear);
		this.nextOperationFailure = null;
		this.idsIssued = 0;
		this.auditSequence = 0;
		populate();
	}

	/**
	 * What a fake has before anything is seeded: the user the credentials belong to, and the
	 * shared region its products and clusters live in.
	 */
	private void populate() {
		String userId = newId();
		// The document's pattern for user names refuses an e-mail address: derived from it.
		String username = UserViews.username(this.userEmail);
		this.currentUser.removeAll();
		this.currentUser.put("email", this.userEmail)
			.put("name", "Fake User")
			.put("username", username)
			.put("uid", userId)
			.put("idp", "cognito")
			.put("is_superuser", false)
			.put("status", "active")
			.put("hmac", "");
		this.currentUser.putArray("organization_roles");
		this.currentUser.putArray("project_roles");
		ObjectNode user = object().put("uid", userId)
			.put("email", this.userEmail)
			.put("name", "Fake User")
			.put("username", username)
			.put("idp", "cognito")
			.put("is_superuser", false)
			.put("status", "active");
		user.set("dc", dc());
		this.users.put(userId, user);
		this.regions.put(ProductCatalog.REGION, ProductCatalog.region(this));
	}

	/**
	 * A new id, in the UUID form the document's patterns ask for (a version 4 UUID). Ids count
	 * up from this fake's random base, so that after a {@link #reset()} the same calls get the
	 * same ids.
	 */
	String newId() {
		this.idsIssued++;
		long base = this.idBase.getLeastSignificantBits();
		long node = (base + this.idsIssued) & ID_COUNTER_BITS;
		return new UUID(this.idBase.getMostSignificantBits(), (base & ~ID_COUNTER_BITS) | node).toString();
	}

	/**
	 * A cluster's {@code url}: its SQL endpoint on the fake,
	 * {@code <base url>/_clusters/<id>}, where a client posts to {@code <url>/_sql} as to a
	 * cluster's own {@code https://<host>:4200}.
	 * @throws IllegalStateException if the fake does not listen yet
	 */
	String clusterUrl(String clusterId) {
		if (this.baseUrl == null) {
			throw new IllegalStateException("The fake does not listen yet: a cluster's url leads to the fake");
		}
		return this.baseUrl + ClusterSqlEndpoint.PATH_PREFIX + clusterId;
	}

	String currentUserId() {
		return this.currentUser.get("uid").asString();
	}

	Instant now() {
		return this.clock.instant();
	}

	/**
	 * A timestamp as the service writes them ({@code 2026-07-10T10:41:02.983000+00:00}).
	 */
	String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	String timestamp() {
		return timestamp(now());
	}

	/**
	 * A timestamp as the service reads them: with an offset, with {@code Z}, or without one
	 * (meaning UTC).
	 * @param timestamp the timestamp
	 * @return the instant
	 * @throws DateTimeParseException if it is none of those
	 */
	static Instant instant(String timestamp) {
		try {
			return OffsetDateTime.parse(timestamp).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(timestamp).toInstant(ZoneOffset.UTC);
		}
	}

	ObjectNode object() {
		return this.json.createObjectNode();
	}

	/**
	 * A new {@code DublinCore} ({@code created} and {@code modified} now).
	 */
	ObjectNode dc() {
		String now = timestamp();
		return object().put("created", now).put("modified", now);
	}

	/**
	 * Marks an entity as modified now.
	 */
	void touch(ObjectNode entity) {
		if (entity.get("dc") instanceof ObjectNode dc) {
			dc.put("modified", timestamp());
		}
	}

	/**
	 * Adds a listener that brings time-driven state (operations, jobs) up to the given instant.
	 * Listeners run before every request and whenever a test moves the clock.
	 */
	void onTime(Consumer<Instant> listener) {
		this.timeDriven.add(listener);
	}

	/**
	 * Brings every time-driven part of the state up to now.
	 */
	void catchUp() {
		Instant now = now();
		for (Consumer<Instant> listener : this.timeDriven) {
			listener.accept(now);
		}
	}

	ObjectNode organization(String organizationId) {
		return require(this.organizations, organizationId);
	}

	ObjectNode project(String projectId) {
		return require(this.projects, projectId);
	}

	ObjectNode cluster(String clusterId) {
		return require(this.clusters, clusterId);
	}

	/**
	 * The entity with the id, or a 404.
	 */
	static ObjectNode require(Map<String, ObjectNode> entities, String id) {
		ObjectNode entity = entities.get(id);
		if (entity == null) {
			throw FakeApiException.notFound();
		}
		return entity;
	}

	/**
	 * Records an audit event for an organization, as the service does for every change.
	 * @param organizationId the organization
	 * @param action the action, e.g. {@code cluster.create}
	 * @param context what the action was about (ids, names)
	 * @return the event
	 */
	ObjectNode audit(String organizationId, String action, ObjectNode context) {
		ObjectNode actor = object().put("id", currentUserId())
			.put("email", this.currentUser.get("email").asString())
			.put("name", this.currentUser.get("name").asString())
			.put("username", this.currentUser.get("username").asString())
			.put("picture", "");
		ObjectNode event = object().put("id", String.format("%012d", ++this.auditSequence))
			.put("action", action)
			.put("created", timestamp());
		event.set("actor", actor);
		event.set("context", context);
		this.auditEvents.computeIfAbsent(organizationId, (id) -> new ArrayList<>()).add(event);
		return event;
	}

}
