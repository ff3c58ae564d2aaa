package io.cratecloud.test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Organization secrets: list, create and delete. {@code AWS}, {@code AZURE} and
 * {@code MONGODB} secrets are taken (the last is not in the document, api-notes.md). What a
 * secret holds is write-only: the fake checks it and then forgets it, keeping only a
 * description that does not reveal it, so no answer can ever carry it.
 */
final class SecretsApi implements FakeApi {

	static final Set<String> TYPES = Set.of("AWS", "AZURE", "MONGODB");

	private static final Pattern ACCOUNT_NAME = Pattern.compile("(?i)(?:^|;)AccountName=([^;]+)");

	private final FakeState state;

	SecretsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/organizations/{organization_id}/secrets/", this::list)
			.post("/api/v2/organizations/{organization_id}/secrets/", this::create)
			.delete("/api/v2/organizations/{organization_id}/secrets/{secret_id}/", this::delete);
	}

	private FakeResponse list(FakeRequest request) {
		ArrayNode secrets = this.state.json.createArrayNode();
		secretsOf(request.pathVariable("organization_id")).values()
			.forEach((secret) -> secrets.add(secret.deepCopy()));
		return FakeResponse.ok(secrets);
	}

	private FakeResponse create(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		Map<String, ObjectNode> secrets = secretsOf(organizationId);
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String name = checks.requiredString(body, "name", 1, 512);
		if (name != null
				&& secrets.values().stream().anyMatch((secret) -> name.equals(secret.get("name").asString()))) {
			checks.error("name", "A secret with this name already exists in the organization.");
		}
		String type = checks.requiredOneOf(body, "type", TYPES);
		ObjectNode data = checks.requiredObject(body, "data");
		String description = (type != null && data != null) ? describe(checks, type, data) : null;
		checks.throwIfInvalid();
		String id = this.state.newId();
		ObjectNode secret = this.state.object()
			.put("id", id)
			.put("name", name)
			.put("type", type)
			.put("description", description);
		secret.set("dc", this.state.dc());
		secrets.put(id, secret);
		this.state.audit(organizationId, "secret.create",
				this.state.object().put("secret_id", id).put("name", name).put("type", type));
		return FakeResponse.created(secret.deepCopy());
	}

	private FakeResponse delete(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		Map<String, ObjectNode> secrets = secretsOf(organizationId);
		String id = request.pathVariable("secret_id");
		FakeState.require(secrets, id);
		secrets.remove(id);
		this.state.audit(organizationId, "secret.delete", this.state.object().put("secret_id", id));
		return FakeResponse.noContent();
	}

	/**
	 * Checks the data of the type's secret and describes it without revealing it.
	 * @return the description, or {@code null} when the data is wrong (the problem is recorded)
	 */
	private @Nullable String describe(BodyChecks checks, String type, ObjectNode data) {
		return switch (type) {
			case "AWS" -> {
				ObjectNode aws = checks.requiredObject(data, "data.aws_secret");
				String accessKey = (aws != null)
						? checks.requiredString(aws, "data.aws_secret.access_key", 1, 512) : null;
				if (aws != null) {
					checks.requiredString(aws, "data.aws_secret.secret_key", 1, 512);
				}
				yield (accessKey != null) ? "AWS access key ****" + last(accessKey, 4) : null;
			}
			case "AZURE" -> {
				ObjectNode azure = checks.requiredObject(data, "data.azure_secret");
				String connection = (azure != null)
						? checks.requiredString(azure, "data.azure_secret.connection_string", 1, 4096) : null;
				if (connection == null) {
					yield null;
				}
				Matcher account = ACCOUNT_NAME.matcher(connection);
				yield account.find() ? "Azure storage account " + account.group(1) : "Azure storage connection string";
			}
			default -> {
				ObjectNode mongodb = checks.requiredObject(data, "data.mongodb_secret");
				String connection = (mongodb != null)
						? checks.requiredString(mongodb, "data.mongodb_secret.connection_string", 1, 4096) : null;
				if (mongodb != null) {
					checks.optionalString(mongodb, "data.mongodb_secret.username", 1, 512);
					checks.optionalString(mongodb, "data.mongodb_secret.password", 1, 512);
					checks.optionalString(mongodb, "data.mongodb_secret.certificate", 1, 65536);
				}
				yield (connection != null) ? mongoDescription(connection) : null;
			}
		};
	}

	/**
	 * Names the hosts of a MongoDB connection string, without the credentials it may hold.
	 */
	private static String mongoDescription(String connectionString) {
		try {
			String authority = URI.create(connectionString).getRawAuthority();
			if (authority != null) {
				return "MongoDB at " + authority.substring(authority.lastIndexOf('@') + 1);
			}
		}
		catch (IllegalArgumentException ex) {
			// Not a URI: say nothing more about it than that it is MongoDB's.
		}
		return "MongoDB connection string";
	}

	private static String last(String value, int count) {
		return (value.length() <= count) ? value : value.substring(value.length() - count);
	}

	/**
	 * The secrets of an existing organization (404 for an unknown one).
	 */
	private Map<String, ObjectNode> secretsOf(String organizationId) {
		this.state.organization(organizationId);
		return this.state.secrets.computeIfAbsent(organizationId, (id) -> new LinkedHashMap<>());
	}

}
