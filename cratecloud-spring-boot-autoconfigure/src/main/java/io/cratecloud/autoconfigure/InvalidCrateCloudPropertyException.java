package io.cratecloud.autoconfigure;

/**
 * A {@code cratecloud.*} property is missing or has a value the client cannot work with.
 * Reported at start-up by {@link CrateCloudPropertyFailureAnalyzer}.
 */
public class InvalidCrateCloudPropertyException extends RuntimeException {

	private final String property;

	private final String action;

	/**
	 * Create a new instance.
	 * @param property the name of the property, such as {@code cratecloud.api-key}
	 * @param description what is wrong with it
	 * @param action how to fix it
	 */
	public InvalidCrateCloudPropertyException(String property, String description, String action) {
		super(description);
		this.property = property;
		this.action = action;
	}

	/**
	 * The name of the property that is wrong.
	 * @return the property's name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * How to fix the property.
	 * @return the action to take
	 */
	public String getAction() {
		return this.action;
	}

}
