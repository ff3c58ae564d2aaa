package io.cratecloud.test;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Applies the {@link FakeCrateCloudSeed} beans of an application context to its fake, in
 * {@code @Order} / {@code Ordered} order, and keeps them as the fake's seeds so that every
 * {@linkplain FakeCrateCloud#reset() reset} applies them again.
 * <p>
 * Added to the context by {@link FakeCrateCloudContextCustomizer} rather than declared as a
 * bean: the context runs it once its configuration classes are read, so that the seed beans
 * are defined, and before the post-processors declared as beans and before any other bean is
 * created, so that the application finds the fake seeded from its first bean on.
 */
final class FakeCrateCloudSeedsPostProcessor implements BeanFactoryPostProcessor {

	private final FakeCrateCloud fake;

	private final ConfigurableEnvironment environment;

	FakeCrateCloudSeedsPostProcessor(FakeCrateCloud fake, ConfigurableEnvironment environment) {
		this.fake = fake;
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		beanFactory.getBeanProvider(FakeCrateCloudSeed.class).orderedStream().forEach(this.fake::addSeed);
		pointTheDataSourceAtTheSeededPort();
	}

	/**
	 * When the DataSource's cluster was seeded with a port of its own
	 * ({@link ClusterSeed#sqlEndpoint(String, int)}), the starter connects there, without TLS:
	 * the fake's property source (below the test's inlined properties) gets
	 * {@code cratecloud.datasource.port} and {@code cratecloud.datasource.ssl-mode}. Read by
	 * the DataSource's properties when they are bound, after this.
	 */
	private void pointTheDataSourceAtTheSeededPort() {
		String cluster = this.environment.getProperty("cratecloud.datasource.cluster");
		if (cluster == null || cluster.isBlank()) {
			return;
		}
		Integer port = this.fake.seededSqlPort(cluster.trim());
		PropertySource<?> source = this.environment.getPropertySources()
			.get(FakeCrateCloudContextCustomizer.PROPERTY_SOURCE_NAME);
		if (port != null && source instanceof MapPropertySource properties) {
			properties.getSource().put("cratecloud.datasource.port", port);
			properties.getSource().put("cratecloud.datasource.ssl-mode", "disable");
		}
	}

}
