package io.cratecloud.test;

import io.cratecloud.autoconfigure.CrateCloudConnectionDetails;
import io.cratecloud.client.CrateCloudCredentials;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * The {@link CrateCloudConnectionDetails} of a {@link FakeCrateCloud}: its base URL and
 * credentials, which {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud} registers
 * for the starter, as Testcontainers' {@code @ServiceConnection} registers the details of a
 * container. The starter's {@code cratecloud.*} connection properties then go unused.
 * <p>
 * Only loaded when the starter's auto-configuration is on the class path.
 */
final class FakeCrateCloudConnectionDetails implements CrateCloudConnectionDetails {

	static final String BEAN_NAME = "fakeCrateCloudConnectionDetails";

	private final String baseUrl;

	private final CrateCloudCredentials credentials;

	FakeCrateCloudConnectionDetails(FakeCrateCloud fake) {
		this.baseUrl = fake.baseUrl();
		this.credentials = CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret());
	}

	/**
	 * Registers the details of a fake in a bean factory, as the primary bean of their type:
	 * the fake's, not connection details the application declares, point the starter.
	 */
	static void register(ConfigurableListableBeanFactory beanFactory, FakeCrateCloud fake) {
		FakeCrateCloudConnectionDetails details = new FakeCrateCloudConnectionDetails(fake);
		if (beanFactory instanceof BeanDefinitionRegistry registry) {
			RootBeanDefinition definition = new RootBeanDefinition(FakeCrateCloudConnectionDetails.class,
					() -> details);
			definition.setPrimary(true);
			registry.registerBeanDefinition(BEAN_NAME, definition);
		}
		else {
			beanFactory.registerSingleton(BEAN_NAME, details);
		}
	}

	@Override
	public String getBaseUrl() {
		return this.baseUrl;
	}

	@Override
	public CrateCloudCredentials getCredentials() {
		return this.credentials;
	}

	@Override
	public String toString() {
		// Credentials' own text masks the secret.
		return "FakeCrateCloudConnectionDetails[baseUrl=" + this.baseUrl + ", credentials=" + this.credentials + "]";
	}

}
