package io.cratecloud.autoconfigure;

import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.auditlogs.AuditLogsClient;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.metadata.MetadataClient;
import io.cratecloud.client.organizations.OrganizationsClient;
import io.cratecloud.client.products.ProductsClient;
import io.cratecloud.client.projects.ProjectsClient;
import io.cratecloud.client.regions.RegionsClient;
import io.cratecloud.client.roles.RolesClient;
import io.cratecloud.client.subscriptions.SubscriptionsClient;
import io.cratecloud.client.users.UsersClient;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.client.RestClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the CrateDB Cloud client.
 * <p>
 * The client's {@link RestClient} starts from a clone of Boot's auto-configured
 * {@link RestClient.Builder}, so {@code spring.http.clients.*}, SSL bundles, observations
 * and {@code RestClientCustomizer}s apply to it; {@link CrateCloudRestClientCustomizer}
 * beans then apply to it alone. The application's {@link ObservationRegistry}, if there is
 * one, also observes the client's waits and retries.
 */
@AutoConfiguration(after = RestClientAutoConfiguration.class)
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(name = "cratecloud.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CrateCloudProperties.class)
public final class CrateCloudAutoConfiguration {

	private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	@Bean
	@ConditionalOnMissingBean
	CrateCloudClient crateCloudClient(CrateCloudProperties properties, ResourceLoader resourceLoader,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<CrateCloudRestClientCustomizer> customizers,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		CrateCloudPropertiesCheck.check(properties);
		RestClient.Builder builder = restClientBuilder.getIfAvailable(RestClient::builder).clone();
		ClientHttpRequestFactoryBuilder<?> factoryBuilder = requestFactoryBuilder
			.getIfAvailable(() -> ClientHttpRequestFactoryBuilder.detect(resourceLoader.getClassLoader()));
		builder.requestFactory(HttpComponentsAdjustments.applyTo(factoryBuilder)
			.build(settings(properties, httpClientSettings.getIfAvailable(HttpClientSettings::defaults))));
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		CrateCloudProperties.Retry retry = properties.getRetry();
		return CrateCloudClient.builder()
			.apiKey(properties.getApiKey())
			.apiSecret(properties.getApiSecret())
			.baseUrl(properties.getBaseUrl())
			.region(properties.getRegion())
			.retry(new RetrySettings(retry.isEnabled(), retry.getMaxAttempts(), retry.getInitialDelay(),
					retry.getMultiplier(), retry.getMaxDelay()))
			.restClientBuilder(builder)
			.operationPollInterval(properties.getOperations().getPollInterval())
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP))
			.build();
	}

	/**
	 * Boot's HTTP client settings with the client's own timeouts and redirects: a redirect
	 * is the gateway's answer to bad credentials and must reach the client, not be followed
	 * to the console's login page.
	 */
	static HttpClientSettings settings(CrateCloudProperties properties, HttpClientSettings bootSettings) {
		Duration connectTimeout = firstNonNull(properties.getConnectTimeout(), bootSettings.connectTimeout(),
				DEFAULT_CONNECT_TIMEOUT);
		Duration readTimeout = firstNonNull(properties.getReadTimeout(), bootSettings.readTimeout(),
				DEFAULT_READ_TIMEOUT);
		return bootSettings.withTimeouts(connectTimeout, readTimeout).withRedirects(HttpRedirects.DONT_FOLLOW);
	}

	private static Duration firstNonNull(Duration... candidates) {
		for (Duration candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		throw new IllegalStateException("No candidate");
	}

	@Bean
	@ConditionalOnMissingBean
	OrganizationsClient organizationsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.organizations();
	}

	@Bean
	@ConditionalOnMissingBean
	RegionsClient regionsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.regions();
	}

	@Bean
	@ConditionalOnMissingBean
	ProjectsClient projectsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.projects();
	}

	@Bean
	@ConditionalOnMissingBean
	ClustersClient clustersClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.clusters();
	}

	@Bean
	@ConditionalOnMissingBean
	ProductsClient productsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.products();
	}

	@Bean
	@ConditionalOnMissingBean
	UsersClient usersClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.users();
	}

	@Bean
	@ConditionalOnMissingBean
	RolesClient rolesClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.roles();
	}

	@Bean
	@ConditionalOnMissingBean
	SubscriptionsClient subscriptionsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.subscriptions();
	}

	@Bean
	@ConditionalOnMissingBean
	DataJobsClient dataJobsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.dataJobs();
	}

	@Bean
	@ConditionalOnMissingBean
	MetadataClient metadataClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.metadata();
	}

	@Bean
	@ConditionalOnMissingBean
	AuditLogsClient auditLogsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.auditLogs();
	}

}
