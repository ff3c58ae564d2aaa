package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudClient;

/**
 * Customizes the {@link CrateCloudClient.Builder} the auto-configuration builds the client
 * with, after it has applied the {@code cratecloud.*} properties and before it builds the
 * client. Declare beans of this type to set what the properties do not, such as an
 * observation convention; they are applied in {@link org.springframework.core.Ordered order}.
 */
@FunctionalInterface
public interface CrateCloudClientBuilderCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder of the CrateDB Cloud client
	 */
	void customize(CrateCloudClient.Builder builder);

}
