package io.cratecloud.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import io.swagger.v3.oas.models.PathItem;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsSubstring;

/**
 * The CrateDB Cloud OpenAPI document from {@code ../shared}, parsed once per test JVM.
 */
public final class OpenApiContract {

	/**
	 * The tags of the document's operations in the starter's scope.
	 */
	public static final Set<String> TAGS_IN_SCOPE = Set.of("Organizations", "Organizations - Secrets",
			"Organizations - Files", "Regions", "Projects", "Clusters", "Clusters - Data jobs", "Products", "Users",
			"Roles", "Subscriptions", "Audit", "Metadata");

	/**
	 * How many operations are in scope, counted in the document, HEAD
	 * {@code /api/v2/clusters/name/{name}/} included (the estimate was 103). The
	 * coverage tests pin it so that a changed document or tag list is noticed.
	 */
	public static final int OPERATIONS_IN_SCOPE = 104;

	private static final String DOCUMENT = "cratedb-cloud-openapi.json";

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^/{}]+\\}");

	private static volatile OpenApiInteractionValidator validator;

	private static volatile List<Operation> operations;

	private OpenApiContract() {
	}

	/**
	 * The path of the OpenAPI document.
	 * @return the document's path
	 * @throws IllegalStateException if {@code ../shared} is not there
	 */
	public static Path document() {
		String configured = System.getProperty("cratecloud.shared.dir");
		Path shared = (configured != null) ? Path.of(configured) : Path.of("..", "shared");
		Path document = shared.resolve(DOCUMENT).toAbsolutePath().normalize();
		if (!Files.isRegularFile(document)) {
			throw new IllegalStateException("The CrateDB Cloud OpenAPI document was not found at " + document
					+ ". The tests read it from the 'shared' folder beside the project's root "
					+ "(set -Dcratecloud.shared.dir to use another folder).");
		}
		return document;
	}

	/**
	 * The validator for requests and responses.
	 * @return the validator
	 */
	public static OpenApiInteractionValidator validator() {
		OpenApiInteractionValidator result = validator;
		if (result == null) {
			synchronized (OpenApiContract.class) {
				result = validator;
				if (result == null) {
					result = OpenApiInteractionValidator.createForSpecificationUrl(document().toUri().toString())
						.withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
						// api-notes.md: the official CLI asks for a cluster's operations with
						// 'type' and 'limit', which the document does not declare. Allowed on
						// that operation only.
						.withWhitelist(ValidationErrorsWhitelist.create()
							.withRule("operations are asked for by type and limit, as the official CLI does",
									allOf(messageHasKey("validation.request.parameter.query.unexpected"),
											pathContainsSubstring("/operations/"), methodIs(PathItem.HttpMethod.GET),
											anyOf(messageContainsSubstring("'type'"),
													messageContainsSubstring("'limit'"))))
							// api-notes.md: an idle cluster's health.running_operation is "",
							// which the document's enum lacks.
							.withRule("an idle cluster's running operation is empty",
									allOf(messageHasKey("validation.response.body.schema.enum"),
											messageContainsSubstring("running_operation"),
											messageContainsSubstring("\"\"")))
							// The operation's summary says it lists the products a cluster can
							// change to, and the client reads a list; the document declares
							// one Product. Both are accepted.
							.withRule("a cluster's available products are a list",
									allOf(messageHasKey("validation.response.body.schema.type"),
											pathContainsSubstring("/available-products/"),
											messageContainsSubstring("array"))))
						.build();
					validator = result;
				}
			}
		}
		return result;
	}

	/**
	 * Every operation the document declares, in the document's order.
	 * @return the operations
	 */
	public static List<Operation> operations() {
		List<Operation> result = operations;
		if (result == null) {
			synchronized (OpenApiContract.class) {
				result = operations;
				if (result == null) {
					result = readOperations();
					operations = result;
				}
			}
		}
		return result;
	}

	/**
	 * The operations in scope: those with one of the {@link #TAGS_IN_SCOPE}, in the
	 * document's order.
	 * @return the operations in scope
	 */
	public static List<Operation> inScope() {
		return operations().stream()
			.filter((operation) -> operation.tags().stream().anyMatch(TAGS_IN_SCOPE::contains))
			.toList();
	}

	private static List<Operation> readOperations() {
		JsonNode paths = JsonMapper.builder().build().readTree(document().toFile()).required("paths");
		List<Operation> result = new ArrayList<>();
		paths.properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			if (HTTP_METHODS.contains(entry.getKey())) {
				List<String> tags = new ArrayList<>();
				entry.getValue().path("tags").forEach((tag) -> tags.add(tag.asString()));
				result.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(tags)));
			}
		}));
		return List.copyOf(result);
	}

	/**
	 * One operation of the document.
	 *
	 * @param method the HTTP method, in upper case
	 * @param pathTemplate the path template, exactly as the document writes it
	 * @param tags the operation's tags
	 */
	public record Operation(String method, String pathTemplate, List<String> tags) {

		/**
		 * Whether a request was one of this operation. Each path variable matches one
		 * non-empty segment, compared still percent-encoded, so an encoded {@code /} stays
		 * inside its segment.
		 * @param requestMethod the request's HTTP method
		 * @param rawPath the request's path as sent, without the query
		 * @return whether the request matches
		 */
		public boolean matches(String requestMethod, String rawPath) {
			return this.method.equalsIgnoreCase(requestMethod) && pathPattern().matcher(rawPath).matches();
		}

		/**
		 * How much of the template is fixed text, to prefer {@code /api/v2/users/me/} over
		 * {@code /api/v2/users/{user_id}/} when a path matches both, as OpenAPI does.
		 * @return the number of characters outside path variables
		 */
		public int literalLength() {
			return PATH_VARIABLE.matcher(this.pathTemplate).replaceAll("").length();
		}

		private Pattern pathPattern() {
			StringBuilder regex = new StringBuilder();
			Matcher variables = PATH_VARIABLE.matcher(this.pathTemplate);
			int end = 0;
			while (variables.find()) {
				regex.append(Pattern.quote(this.pathTemplate.substring(end, variables.start()))).append("[^/]+");
				end = variables.end();
			}
			regex.append(Pattern.quote(this.pathTemplate.substring(end)));
			return Pattern.compile(regex.toString());
		}

		@Override
		public String toString() {
			return this.method + " " + this.pathTemplate;
		}

	}

}
