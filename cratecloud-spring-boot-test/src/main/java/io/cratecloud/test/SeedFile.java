package io.cratecloud.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An estate described in JSON, as {@link FakeCrateCloudSeed#fromJson(Path)} reads it:
 * <pre>
 * {
 *   "organizations": [
 *     { "name": "Acme", "projects": [
 *       { "name": "analytics", "region": "aks1.westeurope.azure", "clusters": [
 *         { "name": "sensors", "nodes": 3, "tier": "default", "product": "cr2",
 *           "crate-version": "5.10.3", "username": "admin", "sql-endpoint": "127.0.0.1",
 *           "sql-port": 5432, "sql-database": "doc", "sql-password-env": "SENSORS_PASSWORD",
 *           "suspended": false, "deletion-protected": false }
 *       ] }
 *     ] }
 *   ],
 *   "users": [ "colleague@example.com" ],
 *   "superuser": false
 * }
 * </pre>
 * Every field but the names may be left out. {@code sql-port}, {@code sql-database} and
 * {@code sql-password-env} (the name of the environment variable that holds the database
 * password, so that no password stands in the file) give the cluster's SQL endpoint a database
 * to run statements on ({@link ClusterSeed#sqlEndpoint(String, int)},
 * {@link ClusterSeed#sqlDatabase(String)}, {@link ClusterSeed#sqlPassword(String)}); they need
 * {@code sql-endpoint}. The whole file is read and checked when the seed
 * is made, so that a mistyped field fails before the fake starts, naming the field and where
 * it stands.
 */
final class SeedFile {

	private static final Set<String> ROOT_FIELDS = Set.of("organizations", "users", "superuser");

	private static final Set<String> ORGANIZATION_FIELDS = Set.of("name", "projects");

	private static final Set<String> PROJECT_FIELDS = Set.of("name", "region", "clusters");

	private static final Set<String> CLUSTER_FIELDS = Set.of("name", "nodes", "tier", "product", "crate-version",
			"username", "sql-endpoint", "sql-port", "sql-database", "sql-password-env", "suspended",
			"deletion-protected");

	private SeedFile() {
	}

	static FakeCrateCloudSeed read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the seed file " + file, ex);
		}
	}

	static FakeCrateCloudSeed read(InputStream json, String description) {
		JsonNode root;
		try {
			root = JsonMapper.builder().build().readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"The seed file " + description + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		List<Consumer<Seeder>> steps = new ArrayList<>();
		new Reader(description).root(root, steps);
		List<Consumer<Seeder>> all = List.copyOf(steps);
		return new FakeCrateCloudSeed() {

			@Override
			public void seed(Seeder seeder) {
				all.forEach((step) -> step.accept(seeder));
			}

			@Override
			public String toString() {
				return "FakeCrateCloudSeed[" + description + "]";
			}

		};
	}

	/** Checks each object's fields and turns them into seeding steps, naming where a fault is. */
	private record Reader(String description) {

		void root(JsonNode root, List<Consumer<Seeder>> steps) {
			object(root, "the top level", ROOT_FIELDS);
			for (JsonNode user : array(root, "users", "the top level")) {
				if (!user.isString()) {
					throw fault("'users' holds e-mail addresses (strings), found " + user.getNodeType());
				}
				String email = user.asString();
				steps.add((seeder) -> seeder.user(email));
			}
			if (bool(root, "superuser", "the top level")) {
				steps.add(Seeder::superuser);
			}
			int index = 0;
			for (JsonNode organization : array(root, "organizations", "the top level")) {
				organization(organization, "organizations[" + index++ + "]", steps);
			}
		}

		private void organization(JsonNode node, String where, List<Consumer<Seeder>> steps) {
			object(node, where, ORGANIZATION_FIELDS);
			String name = name(node, where);
			List<ProjectSteps> projects = new ArrayList<>();
			int index = 0;
			for (JsonNode project : array(node, "projects", where)) {
				projects.add(project(project, where + ".projects[" + index++ + "]"));
			}
			steps.add((seeder) -> {
				SeededOrganization organization = seeder.organization(name);
				projects.forEach((project) -> project.apply(organization));
			});
		}

		private ProjectSteps project(JsonNode node, String where) {
			object(node, where, PROJECT_FIELDS);
			String name = name(node, where);
			String region = text(node, "region", where);
			List<Consumer<SeededProject>> clusters = new ArrayList<>();
			int index = 0;
			for (JsonNode cluster : array(node, "clusters", where)) {
				clusters.add(cluster(cluster, where + ".clusters[" + index++ + "]"));
			}
			return new ProjectSteps(name, region, clusters);
		}

		private Consumer<SeededProject> cluster(JsonNode node, String where) {
			object(node, where, CLUSTER_FIELDS);
			String name = name(node, where);
			Integer nodes = node.has("nodes") ? integer(node, "nodes", where) : null;
			String tier = text(node, "tier", where);
			String product = text(node, "product", where);
			String crateVersion = text(node, "crate-version", where);
			String username = text(node, "username", where);
			String sqlEndpoint = text(node, "sql-endpoint", where);
			Integer sqlPort = node.has("sql-port") ? integer(node, "sql-port", where) : null;
			String sqlDatabase = text(node, "sql-database", where);
			String sqlPasswordEnv = text(node, "sql-password-env", where);
			if (sqlEndpoint == null && (sqlPort != null || sqlDatabase != null || sqlPasswordEnv != null)) {
				throw fault("'sql-port', 'sql-database' and 'sql-password-env' in " + where
						+ " need 'sql-endpoint', the database's host");
			}
			String sqlPassword = null;
			if (sqlPasswordEnv != null) {
				sqlPassword = System.getenv(sqlPasswordEnv);
				if (sqlPassword == null) {
					throw fault("'sql-password-env' in " + where + " names the environment variable " + sqlPasswordEnv
							+ ", which is not set");
				}
			}
			String password = sqlPassword;
			boolean suspended = bool(node, "suspended", where);
			boolean deletionProtected = bool(node, "deletion-protected", where);
			return (project) -> {
				ClusterSeed cluster = project.cluster(name);
				if (nodes != null) {
					cluster.nodes(nodes);
				}
				if (tier != null || product != null) {
					cluster.product((tier != null) ? tier : cluster.productTier,
							(product != null) ? product : cluster.productName);
				}
				if (crateVersion != null) {
					cluster.crateVersion(crateVersion);
				}
				if (username != null) {
					cluster.username(username);
				}
				if (sqlEndpoint != null && sqlPort != null) {
					cluster.sqlEndpoint(sqlEndpoint, sqlPort);
				}
				else if (sqlEndpoint != null) {
					cluster.sqlEndpoint(sqlEndpoint);
				}
				if (sqlDatabase != null) {
					cluster.sqlDatabase(sqlDatabase);
				}
				if (password != null) {
					cluster.sqlPassword(password);
				}
				if (suspended) {
					cluster.suspended();
				}
				if (deletionProtected) {
					cluster.deletionProtected();
				}
				cluster.create();
			};
		}

		private void object(JsonNode node, String where, Set<String> fields) {
			if (!node.isObject()) {
				throw fault(where + " must be an object, found " + node.getNodeType());
			}
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (!fields.contains(field.getKey())) {
					throw fault("unknown field '" + field.getKey() + "' in " + where + "; known: "
							+ String.join(", ", fields.stream().sorted().toList()));
				}
			}
		}

		private String name(JsonNode node, String where) {
			String name = text(node, "name", where);
			if (name == null || name.isBlank()) {
				throw fault(where + " needs a 'name'");
			}
			return name;
		}

		private List<JsonNode> array(JsonNode node, String field, String where) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				return List.of();
			}
			if (!value.isArray()) {
				throw fault("'" + field + "' of " + where + " must be a list, found " + value.getNodeType());
			}
			List<JsonNode> elements = new ArrayList<>();
			value.forEach(elements::add);
			return elements;
		}

		private @Nullable String text(JsonNode node, String field, String where) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				return null;
			}
			if (!value.isString()) {
				throw fault("'" + field + "' of " + where + " must be a string, found " + value.getNodeType());
			}
			return value.asString();
		}

		private int integer(JsonNode node, String field, String where) {
			JsonNode value = node.get(field);
			if (!value.isIntegralNumber() || !value.canConvertToInt()) {
				throw fault("'" + field + "' of " + where + " must be a whole number, found " + value);
			}
			return value.asInt();
		}

		private boolean bool(JsonNode node, String field, String where) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				return false;
			}
			if (!value.isBoolean()) {
				throw fault("'" + field + "' of " + where + " must be true or false, found " + value);
			}
			return value.asBoolean();
		}

		private IllegalArgumentException fault(String message) {
			return new IllegalArgumentException("Seed file " + this.description + ": " + message);
		}

	}

	private record ProjectSteps(String name, @Nullable String region, List<Consumer<SeededProject>> clusters) {

		void apply(SeededOrganization organization) {
			SeededProject project = organization.project(this.name, this.region);
			this.clusters.forEach((cluster) -> cluster.accept(project));
		}

	}

}
