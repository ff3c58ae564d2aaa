package io.cratecloud.test;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

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

	FakeCrateCloudSeedsPostProcessor(FakeCrateCloud fake) {
		this.fake = fake;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		beanFactory.getBeanProvider(FakeCrateCloudSeed.class).orderedStream().forEach(this.fake::addSeed);
	}

}
