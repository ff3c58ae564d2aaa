package io.cratecloud.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import io.swagger.v3.oas.models.PathItem;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;

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

	private static final String DOCUMENT = "cratedb-cloud-openapi.json";

	private static volatile OpenApiInteractionValidator validator;

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
													messageContainsSubstring("'limit'")))))
						.build();
					validator = result;
				}
			}
		}
		return result;
	}

}
