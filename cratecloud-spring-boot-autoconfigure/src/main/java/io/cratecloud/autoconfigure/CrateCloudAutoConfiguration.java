package io.cratecloud.autoconfigure;

import java.time.Duration;
import java.util.function.Consumer;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentialsProvider;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.auditlogs.AuditLogsClient;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.metadata.MetadataClient;
import io.cratecloud.client.observation.OperationAwaitObservationConvention;
import io.cratecloud.client.observation.RetryObservationConvention;
import io.cratecloud.client.organizations.OrganizationsClient;
import io.cratecloud.client.products.ProductsClient;
import io.cratecloud.client.projects.ProjectsClient;
import io.cratecloud.client.regions.RegionsClient;
import io.cratecloud.client.roles.RolesClient;
import io.cratecloud.client.subscriptions.SubscriptionsClient;
import io.cratecloud.client.users.UsersClient;
import io.cratecloud.health.WatchedClusters;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.client.RestClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the CrateDB Cloud client.
 * <p>
 * The client's {@link RestClient} starts from a clone of Boot's auto-configured
 * {@link RestClient.Builder}, so {@code spring.http.clients.*}, SSL bundles, observations
 * and {@code RestClientCustomizer}s apply to it; {@link CrateCloudRestClientCustomizer}
 * beans then apply to it alone, and {@link CrateCloudClientBuilderCustomizer} beans to the
 * client's builder. The application's {@link ObservationRegistry}, if there is one, also
 * observes the client's waits and retries, with the application's
 * {@link OperationAwaitObservationConvention} and {@link RetryObservationConvention} beans.
 * <p>
 * Each resource client is a bean too, taken from the {@link CrateCloudClient} bean: to
 * replace the client, declare a {@code CrateCloudClient} bean, and every resource client
 * bean comes from it.
 */
@AutoConfiguration(after = RestClientAutoConfiguration.class)
@ConditionalOnClass({ RestClient.class, CrateCloudClient.class })
@ConditionalOnBooleanProperty(name = "cratecloud.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CrateCloudProperties.class)
public final class CrateCloudAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CrateCloudCredentialsProvider crateCloudCredentialsProvider(ConfigurableEnvironment environment) {
		return new PropertiesCredentialsProvider(environment);
	}

	@Bean
	@ConditionalOnMissingBean
	CrateCloudClient crateCloudClient(CrateCloudProperties properties, CrateCloudCredentialsProvider credentials,
			ResourceLoader resourceLoader, ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<CrateCloudRestClientCustomizer> restClientCustomizers,
			ObjectProvider<CrateCloudClientBuilderCustomizer> builderCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<OperationAwaitObservationConvention> awaitConvention,
			ObjectProvider<RetryObservationConvention> retryConvention) {
		HttpLibraryLogging.warnIfCredentialsAreLogged(resourceLoader.getClassLoader());
		if (credentials instanceof PropertiesCredentialsProvider fromProperties) {
			// Missing credentials fail start-up, not the first request.
			fromProperties.getCredentials();
		}
		RestClient.Builder restClient = restClientBuilder.getIfAvailable(RestClient::builder).clone();
		ClientHttpRequestFactoryBuilder<?> factoryBuilder = requestFactoryBuilder
			.getIfAvailable(() -> ClientHttpRequestFactoryBuilder.detect(resourceLoader.getClassLoader()));
		HttpClientSettings settings = settings(properties, httpClientSettings.getIfAvailable(HttpClientSettings::defaults));
		restClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(restClient));
		CrateCloudClient.Builder builder = CrateCloudClient.builder()
			.credentials(credentials)
			.restClientBuilder(restClient)
			.requestFactory(HttpComponentsAdjustments.applyTo(factoryBuilder).build(settings))
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP))
			.operationAwaitObservationConvention(awaitConvention.getIfUnique())
			.retryObservationConvention(retryConvention.getIfUnique());
		apply("cratecloud.base-url", properties.getBaseUrl(), builder::baseUrl);
		apply("cratecloud.region", properties.getRegion(), builder::region);
		apply("cratecloud.operations.poll-interval", properties.getOperations().getPollInterval(),
				builder::operationPollInterval);
		Duration callTimeout = positive("cratecloud.call-timeout", properties.getCallTimeout());
		builder.callTimeout((callTimeout != null) ? callTimeout : settings.connectTimeout().plus(settings.readTimeout()));
		apply("cratecloud.max-response-size", properties.getMaxResponseSize(), builder::maxResponseSize);
		builder.retry(retrySettings(properties.getRetry()));
		builderCustomizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	/**
	 * Boot's HTTP client settings with the client's own timeouts and redirects: a redirect
	 * is the gateway's answer to bad credentials and must reach the client, not be followed
	 * to the console's login page.
	 */
	static HttpClientSettings settings(CrateCloudProperties properties, HttpClientSettings bootSettings) {
		Duration connectTimeout = firstNonNull(positive("cratecloud.connect-timeout", properties.getConnectTimeout()),
				bootSettings.connectTimeout(), CrateCloudClient.DEFAULT_CONNECT_TIMEOUT);
		Duration readTimeout = firstNonNull(positive("cratecloud.read-timeout", properties.getReadTimeout()),
				bootSettings.readTimeout(), CrateCloudClient.DEFAULT_READ_TIMEOUT);
		return bootSettings.withTimeouts(connectTimeout, readTimeout).withRedirects(HttpRedirects.DONT_FOLLOW);
	}

	/**
	 * The retry settings, checked by the client's own rules, each failure naming its
	 * property.
	 */
	private static RetrySettings retrySettings(CrateCloudProperties.Retry retry) {
		RetrySettings.Builder settings = RetrySettings.builder().enabled(retry.isEnabled());
		apply("cratecloud.retry.max-attempts", retry.getMaxAttempts(), settings::maxAttempts);
		apply("cratecloud.retry.initial-delay", retry.getInitialDelay(), settings::initialDelay);
		apply("cratecloud.retry.multiplier", retry.getMultiplier(), settings::multiplier);
		apply("cratecloud.retry.max-delay", retry.getMaxDelay(), settings::maxDelay);
		try {
			return settings.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.retry.max-delay", retry.getMaxDelay(),
					ex.getMessage() + ": raise 'cratecloud.retry.max-delay' or lower 'cratecloud.retry.initial-delay'");
		}
	}

	/**
	 * Hand a property to the client's builder, whose rules check it: a value they refuse
	 * fails start-up through Boot's own failure analysis, naming the property.
	 */
	private static <T> void apply(String property, @Nullable T value, Consumer<T> setter) {
		if (value == null) {
			return;
		}
		try {
			setter.accept(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value, ex.getMessage());
		}
	}

	static CrateCloudProperties.Health checkedHealth(CrateCloudProperties.Health health) {
		if (health.getTimeout().isNegative() || health.getTimeout().isZero()) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.health.timeout", health.getTimeout(),
					"it must be positive: use a duration such as 5s");
		}
		if (health.getCacheTtl().isNegative()) {
			throw new InvalidConfigurationPropertyValueException("cratecloud.health.cache-ttl", health.getCacheTtl(),
					"it must not be negative: use 0s to ask the API on every probe");
		}
		return health;
	}

	private static @Nullable Duration positive(String property, @Nullable Duration duration) {
		if (duration != null && (duration.isNegative() || duration.isZero())) {
			throw new InvalidConfigurationPropertyValueException(property, duration,
					"it must be positive: use a duration such as 5s, or remove the property to use the default");
		}
		return duration;
	}

	private static Duration firstNonNull(@Nullable Duration first, @Nullable Duration second, Duration fallback) {
		return (first != null) ? first : (second != null) ? second : fallback;
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(WatchedClustersCondition.class)
	WatchedClusters crateCloudWatchedClusters(CrateCloudClient crateCloudClient, CrateCloudProperties properties,
			Environment environment) {
		CrateCloudProperties.Health health = checkedHealth(properties.getHealth());
		return new WatchedClusters(crateCloudClient, WatchedClustersCondition.watched(environment), health.getTimeout(),
				health.getCacheTtl());
	}

	@Bean
	OrganizationsClient organizationsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.organizations();
	}

	@Bean
	RegionsClient regionsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.regions();
	}

	@Bean
	ProjectsClient projectsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.projects();
	}

	@Bean
	ClustersClient clustersClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.clusters();
	}

	@Bean
	DataJobsClient dataJobsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.dataJobs();
	}

	@Bean
	ProductsClient productsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.products();
	}

	@Bean
	UsersClient usersClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.users();
	}

	@Bean
	RolesClient rolesClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.roles();
	}

	@Bean
	SubscriptionsClient subscriptionsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.subscriptions();
	}

	@Bean
	AuditLogsClient auditLogsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.auditLogs();
	}

	@Bean
	MetadataClient metadataClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.metadata();
	}

}
