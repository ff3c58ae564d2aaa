package io.cratecloud.autoconfigure;

/**
 * The CrateDB Cloud client has no API key or secret: {@code cratecloud.api-key} or
 * {@code cratecloud.api-secret} is not set, or blank, and no
 * {@link CrateCloudConnectionDetails} bean of the application gives them. Reported at
 * start-up by {@link MissingCrateCloudCredentialsFailureAnalyzer}, with where to set them.
 * The message never holds a value.
 */
public class MissingCrateCloudCredentialsException extends RuntimeException {

	private final String property;

	private final String environmentVariable;

	/**
	 * Create a new instance.
	 * @param property the property that is missing, such as {@code cratecloud.api-key}
	 * @param environmentVariable the environment variable that sets it, such as
	 * {@code CRATECLOUD_APIKEY}
	 * @param blank whether the property is set, but blank
	 */
	public MissingCrateCloudCredentialsException(String property, String environmentVariable, boolean blank) {
		super("The CrateDB Cloud client needs an API key and its secret, but '" + property + "' is "
				+ (blank ? "blank." : "not set."));
		this.property = property;
		this.environmentVariable = environmentVariable;
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

}
