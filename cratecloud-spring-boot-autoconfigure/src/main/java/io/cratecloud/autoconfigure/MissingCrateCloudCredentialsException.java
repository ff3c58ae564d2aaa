package io.cratecloud.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The CrateDB Cloud client has no API key or secret: {@code cratecloud.api-key} or
 * {@code cratecloud.api-secret} is not set, blank, or a placeholder nothing resolves, and no
 * other source of the default chain (the official CLI's environment variables and
 * configuration file) nor a {@link CrateCloudConnectionDetails} bean of the application gives
 * them. Reported at start-up by {@link MissingCrateCloudCredentialsFailureAnalyzer}, with
 * where to set them. The message never holds a value but an unresolved placeholder.
 */
public class MissingCrateCloudCredentialsException extends RuntimeException {

	private final String property;

	private final String environmentVariable;

	private final @Nullable String placeholderVariable;

	private final List<String> otherSources;

	/**
	 * Create a new instance.
	 * @param property the property that is missing, such as {@code cratecloud.api-key}
	 * @param environmentVariable the environment variable that sets it, such as
	 * {@code CRATECLOUD_APIKEY}
	 * @param reason how it is missing, such as {@code "is not set"}
	 * @param placeholderVariable the variable an unresolved placeholder of the property waits
	 * for, or {@code null}
	 * @param otherSources what each other source of credentials held, one line each
	 */
	public MissingCrateCloudCredentialsException(String property, String environmentVariable, String reason,
			@Nullable String placeholderVariable, List<String> otherSources) {
		super("The CrateDB Cloud client needs an API key and its secret, but '" + property + "' " + reason
				+ (otherSources.isEmpty() ? "." : ", and no other source has them: " + String.join("; ", otherSources)
						+ "."));
		this.property = property;
		this.environmentVariable = environmentVariable;
		this.placeholderVariable = placeholderVariable;
		this.otherSources = List.copyOf(otherSources);
	}

	/**
	 * The property that is missing.
	 * @return the property's name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * The environment variable that sets the property.
	 * @return the variable's name
	 */
	public String getEnvironmentVariable() {
		return this.environmentVariable;
	}

	/**
	 * The variable an unresolved placeholder of the property waits for.
	 * @return the variable's name, or {@code null} if the property is no placeholder
	 */
	public @Nullable String getPlaceholderVariable() {
		return this.placeholderVariable;
	}

	/**
	 * What each other source of credentials held.
	 * @return one line per source, empty if none was tried
	 */
	public List<String> getOtherSources() {
		return this.otherSources;
	}

}
