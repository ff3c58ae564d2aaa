package io.cratecloud.autoconfigure.estate;

import java.time.Duration;
import java.util.List;

import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.estate.CrateCloudEstateProperties.AllowlistEntry;
import io.cratecloud.autoconfigure.estate.CrateCloudEstateProperties.Cluster;
import io.cratecloud.autoconfigure.estate.CrateCloudEstateProperties.Mode;
import io.cratecloud.autoconfigure.estate.CrateCloudEstateProperties.Project;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstateClient;
import io.cratecloud.client.estate.PasswordResolver;
import io.cratecloud.estate.DeclaredEstate;
import io.cratecloud.estate.EstateDriftCheck;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of
 * the estate as code: the {@link Estate} declared under {@code cratecloud.estate}, an
 * {@link EstateClient} to plan and apply it, the {@link DeclaredEstate} that keeps its latest
 * plan, the start-up step of {@code cratecloud.estate.mode} ({@code plan} or {@code apply}),
 * and, with {@code cratecloud.estate.check-interval}, the {@link EstateDriftCheck drift check}.
 * Only when {@code cratecloud.estate.organization} is set, or the mode is not {@code off} (a
 * missing organization then fails start-up). Passwords come from the {@link Environment}:
 * {@code password-from} names an environment variable or a property.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class)
@ConditionalOnClass({ CrateCloudClient.class, Estate.class })
@ConditionalOnBean(CrateCloudClient.class)
@Conditional(CrateCloudEstateAutoConfiguration.OnEstateDeclaredCondition.class)
@EnableConfigurationProperties(CrateCloudEstateProperties.class)
@Import({ CrateCloudEstateAutoConfiguration.StartupConfiguration.class,
		CrateCloudEstateAutoConfiguration.DriftCheckConfiguration.class })
public final class CrateCloudEstateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Estate crateCloudEstate(CrateCloudEstateProperties properties, Environment environment) {
		return estate(properties, environment::getProperty);
	}

	@Bean
	@ConditionalOnMissingBean
	EstateClient crateCloudEstateClient(CrateCloudClient crateCloudClient, CrateCloudEstateProperties properties) {
		return crateCloudClient.estate()
			.withConcurrency(properties.getConcurrency())
			.withApplyTimeout(properties.getApplyTimeout());
	}

	@Bean
	@ConditionalOnMissingBean
	DeclaredEstate crateCloudDeclaredEstate(Estate estate, EstateClient estateClient,
			CrateCloudEstateProperties properties) {
		// With a drift check, its latest plan is as fresh as the endpoint needs: no extra reads.
		Duration checkInterval = properties.getCheckInterval();
		return new DeclaredEstate(estate, estateClient, (checkInterval != null) ? checkInterval : Duration.ZERO);
	}

	/**
	 * The estate the properties declare, every problem named by its property path under
	 * {@value CrateCloudEstateProperties#PREFIX}.
	 * @param properties the bound properties, with an organization
	 * @param passwords where the passwords of clusters to create come from
	 * @return the estate
	 * @throws io.cratecloud.client.estate.EstateValidationException listing every problem
	 */
	static Estate estate(CrateCloudEstateProperties properties, PasswordResolver passwords) {
		String organization = properties.getOrganization();
		if (organization == null || organization.isBlank()) {
			throw new IllegalStateException("'" + CrateCloudEstateProperties.PREFIX + ".organization' is not set");
		}
		Estate.Builder builder = Estate.builder(organization.trim())
			.source(CrateCloudEstateProperties.PREFIX)
			.passwords(passwords);
		String subscription = properties.getSubscription();
		if (subscription != null && !subscription.isBlank()) {
			builder.subscription(subscription.trim());
		}
		for (Project project : properties.getProjects()) {
			builder.project(nonNull(project.getName()), (declared) -> {
				declared.region(project.getRegion());
				for (Cluster cluster : project.getClusters()) {
					declared.cluster(nonNull(cluster.getName()), (declaredCluster) -> declaredCluster
						.product(cluster.getTier(), nonNull(cluster.getProduct()))
						.nodes(cluster.getNodes())
						.crateVersion(cluster.getCrateVersion())
						.storage(cluster.getStorage())
						.ipAllowlist(allowlist(cluster.getIpAllowlist()))
						.backupHours(cluster.getBackupHours())
						.deletionProtected(cluster.getDeletionProtection())
						.suspended(cluster.getSuspended())
						.username(cluster.getUsername())
						.passwordFrom(cluster.getPasswordFrom()));
				}
			});
		}
		return builder.build();
	}

	private static @Nullable List<IpAllowlistEntry> allowlist(@Nullable List<AllowlistEntry> entries) {
		if (entries == null) {
			return null;
		}
		// A missing CIDR is reported by the estate's checks, with its path, as a malformed one.
		return entries.stream().map((entry) -> new IpAllowlistEntry(nonNull(entry.getCidr()), entry.getDescription()))
			.toList();
	}

	/**
	 * A name the estate's checks report, with its path, when it is missing: an empty text
	 * fails them as a missing one does.
	 */
	private static String nonNull(@Nullable String value) {
		return (value != null) ? value : "";
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnStartupStepCondition.class)
	static final class StartupConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CrateCloudEstateInitializer crateCloudEstateInitializer(DeclaredEstate declaredEstate,
				CrateCloudEstateProperties properties) {
			return new CrateCloudEstateInitializer(declaredEstate, properties.getMode(), properties.getApplyTimeout());
		}

		@Bean
		static BeanFactoryPostProcessor crateCloudEstateInitializationDependencyConfigurer() {
			return new EstateInitializationDependencyConfigurer("crateCloudEstateInitializer");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(CrateCloudEstateProperties.PREFIX + ".check-interval")
	static final class DriftCheckConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EstateDriftCheck crateCloudEstateDriftCheck(DeclaredEstate declaredEstate,
				CrateCloudEstateProperties properties, ApplicationEventPublisher publisher) {
			Duration interval = properties.getCheckInterval();
			if (interval == null) {
				throw new IllegalStateException("'" + CrateCloudEstateProperties.PREFIX + ".check-interval' is not set");
			}
			return new EstateDriftCheck(declaredEstate, interval, publisher);
		}

	}

	/**
	 * The mode as bound, or {@code null} when it cannot be bound: the properties then fail
	 * start-up with Boot's explanation of the value.
	 */
	private static @Nullable Mode mode(ConditionContext context) {
		try {
			return Binder.get(context.getEnvironment())
				.bind(CrateCloudEstateProperties.PREFIX + ".mode", Mode.class)
				.orElse(Mode.OFF);
		}
		catch (BindException ex) {
			return null;
		}
	}

	/**
	 * Matches when an estate is declared: {@code cratecloud.estate.organization} is set, or the
	 * mode is not {@code off}.
	 */
	static final class OnEstateDeclaredCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String organization = context.getEnvironment().getProperty(CrateCloudEstateProperties.PREFIX + ".organization");
			if (organization != null && !organization.isBlank()) {
				return ConditionOutcome.match("'cratecloud.estate.organization' is set");
			}
			Mode mode = mode(context);
			if (mode != Mode.OFF) {
				return ConditionOutcome.match("'cratecloud.estate.mode' is " + ((mode != null) ? mode : "not off"));
			}
			return ConditionOutcome.noMatch("neither 'cratecloud.estate.organization' nor 'cratecloud.estate.mode' is set");
		}

	}

	/**
	 * Matches when start-up plans or applies the estate.
	 */
	static final class OnStartupStepCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Mode mode = mode(context);
			return (mode == Mode.OFF) ? ConditionOutcome.noMatch("'cratecloud.estate.mode' is off")
					: ConditionOutcome.match("'cratecloud.estate.mode' is " + ((mode != null) ? mode : "not off"));
		}

	}

}
