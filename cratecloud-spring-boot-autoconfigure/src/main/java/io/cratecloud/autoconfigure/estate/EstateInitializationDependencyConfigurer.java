package io.cratecloud.autoconfigure.estate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cratecloud.client.sql.CrateDbSql;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.util.ClassUtils;

/**
 * Makes what looks a cluster up at start-up (the DataSource's connection details, the
 * {@link CrateDbSql} bean) depend on the estate's start-up step, as Boot makes JPA depend on
 * Flyway: with {@code cratecloud.estate.mode=apply}, a cluster the same start-up creates exists
 * before it is looked up.
 */
final class EstateInitializationDependencyConfigurer implements BeanFactoryPostProcessor {

	private static final String JDBC_CONNECTION_DETAILS = "org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails";

	private final String initializer;

	EstateInitializationDependencyConfigurer(String initializer) {
		this.initializer = initializer;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Set<String> dependents = new LinkedHashSet<>();
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		if (ClassUtils.isPresent(JDBC_CONNECTION_DETAILS, classLoader)) {
			dependents.addAll(List.of(beanFactory.getBeanNamesForType(JdbcConnectionDetails.class, true, false)));
		}
		dependents.addAll(List.of(beanFactory.getBeanNamesForType(CrateDbSql.class, true, false)));
		for (String name : dependents) {
			if (name.equals(this.initializer) || !beanFactory.containsBeanDefinition(name)) {
				continue;
			}
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			Set<String> dependsOn = new LinkedHashSet<>();
			if (definition.getDependsOn() != null) {
				dependsOn.addAll(List.of(definition.getDependsOn()));
			}
			dependsOn.add(this.initializer);
			definition.setDependsOn(dependsOn.toArray(String[]::new));
		}
	}

}
