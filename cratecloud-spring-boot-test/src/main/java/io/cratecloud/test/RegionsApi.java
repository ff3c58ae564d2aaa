package io.cratecloud.test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regions: the fake's shared region ({@link ProductCatalog#REGION}), always listed, and the
 * edge regions organizations create. Edge regions can be deleted while no project uses them,
 * get install tokens and check backup locations; the shared region cannot.
 */
final class RegionsApi implements FakeApi {

	/** The document's pattern for {@code provider}. */
	private static final Pattern PROVIDER = Pattern.compile("^\\w[\\w\\- ]*$");

	/** The document's pattern for {@code aws_region}. */
	private static final Pattern AWS_REGION = Pattern.compile("^\\w[\\w\\-. ]*$");

	private static final Pattern NOT_IN_NAME = Pattern.compile("[^a-z0-9]+");

	private final SecureRandom random = new SecureRandom();

	private final FakeState state;

	RegionsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/regions/", this::list)
			.post("/api/v2/regions/", this::create)
			.delete("/api/v2/regions/{region_name}/", this::delete)
			.get("/api/v2/regions/{region_name}/install-token/", this::installToken)
			.post("/api/v2/regions/{region_name}/verify-backup-location/", this::verifyBackupLocation)
			.get("/api/v2/organizations/{organization_id}/regions/", this::listForOrganization);
	}

	private FakeResponse list(FakeRequest request) {
		String organizationId = request.query("organization_id");
		if (organizationId != null && !organizationId.isEmpty()) {
			return FakeResponse.ok(visibleTo(organizationId));
		}
		ArrayNode regions = this.state.json.createArrayNode();
		this.state.regions.values().forEach((region) -> regions.add(view(region)));
		return FakeResponse.ok(regions);
	}

	private FakeResponse listForOrganization(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		this.state.organization(organizationId);
		return FakeResponse.ok(visibleTo(organizationId));
	}

	/**
	 * The shared regions and the organization's own edge regions.
	 */
	private ArrayNode visibleTo(String organizationId) {
		ArrayNode regions = this.state.json.createArrayNode();
		this.state.regions.values()
			.stream()
			.filter((region) -> !region.path("is_edge_region").asBoolean(false)
					|| organizationId.equals(region.path("organization_id").asString("")))
			.forEach((region) -> regions.add(view(region)));
		return regions;
	}

	/**
	 * A copy to serve: shared regions report in all the time, so they were last seen now.
	 */
	private ObjectNode view(ObjectNode region) {
		ObjectNode view = region.deepCopy();
		if (!region.path("is_edge_region").asBoolean(false)) {
			view.put("last_seen", this.state.timestamp());
		}
		return view;
	}

	private FakeResponse create(FakeRequest request) {
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String organizationId = checks.requiredId(body, "organization_id");
		String description = checks.requiredString(body, "description", 0, 512);
		String provider = checks.optionalString(body, "provider", 1, 512);
		if (provider != null && !PROVIDER.matcher(provider).matches()) {
			checks.error("provider", "String does not match expected pattern.");
		}
		checks.optionalString(body, "aws_bucket", 1, 512);
		String awsRegion = checks.optionalString(body, "aws_region", 1, 512);
		if (awsRegion != null && !AWS_REGION.matcher(awsRegion).matches()) {
			checks.error("aws_region", "String does not match expected pattern.");
		}
		checks.throwIfInvalid();
		this.state.organization(organizationId);
		String name = newName(description);
		ObjectNode region = this.state.object()
			.put("name", name)
			.put("description", description)
			.put("organization_id", organizationId)
			.put("is_edge_region", true)
			// An edge region is UNKNOWN, and has never been seen, until it is installed and
			// reports in, which in the fake it never does.
			.put("status", "UNKNOWN")
			.put("deprecated", false)
			.put("upgrade_available", false);
		region.set("dc", this.state.dc());
		this.state.regions.put(name, region);
		this.state.audit(organizationId, "region.create",
				this.state.object().put("region_name", name).put("description", description));
		return FakeResponse.created(region.deepCopy());
	}

	private FakeResponse delete(FakeRequest request) {
		ObjectNode region = edgeRegion(request.pathVariable("region_name"), "Only edge regions can be deleted.");
		String name = region.get("name").asString();
		List<String> projectIds = new ArrayList<>();
		this.state.projects.values()
			.stream()
			.filter((project) -> name.equals(project.path("region").asString("")))
			.forEach((project) -> projectIds.add(project.path("id").asString("")));
		List<String> clusterIds = new ArrayList<>();
		this.state.clusters.values()
			.stream()
			.filter((cluster) -> projectIds.contains(cluster.path("project_id").asString("")))
			.forEach((cluster) -> clusterIds.add(cluster.path("id").asString("")));
		if (!projectIds.isEmpty()) {
			// api-notes.md: the refusal names what still uses the region.
			Map<String, Object> related = new LinkedHashMap<>();
			related.put("projects", projectIds);
			related.put("clusters", clusterIds);
			throw new FakeApiException(400, "The region has resources deployed.", Map.of(),
					Map.of("related_resources", related));
		}
		this.state.regions.remove(name);
		this.state.audit(region.get("organization_id").asString(), "region.delete",
				this.state.object().put("region_name", name));
		return FakeResponse.noContent();
	}

	private FakeResponse installToken(FakeRequest request) {
		ObjectNode region = edgeRegion(request.pathVariable("region_name"),
				"Install tokens are only issued for edge regions.");
		byte[] secret = new byte[24];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((region.get("name").asString() + ":" + Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(secret)).getBytes(StandardCharsets.UTF_8));
		return FakeResponse.ok(this.state.object().put("token", token));
	}

	private FakeResponse verifyBackupLocation(FakeRequest request) {
		edgeRegion(request.pathVariable("region_name"), "Backup locations can only be verified in edge regions.");
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		checks.requiredOneOf(body, "location_type", Set.of("s3"));
		checks.requiredString(body, "location", 1, 512);
		ObjectNode credentials = checks.requiredObject(body, "credentials");
		JsonNode additional = body.get("additional_config");
		if (additional != null && !additional.isNull() && !additional.isObject()) {
			checks.error("additional_config", "Not a valid mapping type.");
		}
		checks.throwIfInvalid();
		// Nothing is reached out to: a location is writable when credentials are complete.
		boolean valid = hasText(credentials, "access_key_id") && hasText(credentials, "secret_access_key");
		return FakeResponse.ok(this.state.object()
			.put("message", valid ? "Backup location verified." : "Access Denied")
			.put("s3_location_valid", valid));
	}

	/**
	 * The edge region with the name: 404 when there is none, 403 when it is a shared one.
	 */
	private ObjectNode edgeRegion(String name, String sharedRefusal) {
		ObjectNode region = FakeState.require(this.state.regions, name);
		if (!region.path("is_edge_region").asBoolean(false)) {
			throw FakeApiException.forbidden(sharedRefusal);
		}
		return region;
	}

	/**
	 * A new region's name, unique and readable: {@code edge-<random>.<description>}.
	 */
	private String newName(@Nullable String description) {
		String slug = NOT_IN_NAME.matcher((description != null) ? description.toLowerCase(Locale.ROOT) : "")
			.replaceAll("-")
			.replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			slug = "region";
		}
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-+$", "");
		}
		String name;
		do {
			name = "edge-" + this.state.newId().substring(0, 8) + "." + slug;
		}
		while (this.state.regions.containsKey(name));
		return name;
	}

	private static boolean hasText(@Nullable ObjectNode object, String field) {
		return object != null && object.path(field).isString() && !object.path(field).asString().isBlank();
	}

}
