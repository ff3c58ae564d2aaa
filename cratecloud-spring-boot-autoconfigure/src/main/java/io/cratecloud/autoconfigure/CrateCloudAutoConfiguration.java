package io.cratecloud.autoconfigure;

import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.HttpTransport;
import io.cratecloud.client.observation.OperationAwaitObservationConvention;
import io.cratecloud.client.observation.RetryObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the CrateDB Cloud client.
 * <p>
 * The client is built from the {@link CrateCloudConnectionDetails} (by default the
 * {@code cratecloud.*} properties), the {@code cratecloud.*} settings and the
 * {@link HttpTransport} bean, which Boot's HTTP client settings ({@code spring.http.clients.*},
 * SSL bundles included) make on the library Boot picks; {@link CrateCloudClientBuilderCustomizer}
 * beans then customize its builder. The application's {@link ObservationRegistry}, if there is
 * one, observes the client's requests, waits and retries, with the application's
 * {@link OperationAwaitObservationConvention} and {@link RetryObservationConvention} beans.
 * <p>
 * Each resource client is a bean too, taken from the {@link CrateCloudClient} bean: declare a
 * {@code CrateCloudClient} bean, and every resource client bean comes from it; declare one
 * resource client, and it replaces that one only. Every bean backs off for one of the
 * application's.
 */
@AutoConfiguration(after = { HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class })
@ConditionalOnClass(CrateCloudClient.class)
@ConditionalOnBooleanProperty(name = "cratecloud.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CrateCloudProperties.class)
@Import(CrateCloudResourceClientsConfiguration.class)
public final class CrateCloudAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(CrateCloudConnectionDetails.class)
	PropertiesCrateCloudConnectionDetails crateCloudConnectionDetails(CrateCloudProperties properties) {
		return new PropertiesCrateCloudConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	HttpTransport crateCloudHttpTransport(CrateCloudProperties properties,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder, ResourceLoader resourceLoader) {
		HttpLibraryLogging.warnIfCredentialsAreLogged(resourceLoader.getClassLoader());
		HttpClientSettings settings = settings(properties, httpClientSettings.getIfAvailable(HttpClientSettings::defaults));
		ClientHttpRequestFactoryBuilder<?> library = requestFactoryBuilder
			.getIfAvailable(() -> ClientHttpRequestFactoryBuilder.detect(resourceLoader.getClassLoader()));
		// Built by the first request: a start that calls nothing initializes no TLS (StartupTime).
		return HttpTransport.deferred(() -> HttpTransports.create(library, settings));
	}

	@Bean
	@ConditionalOnMissingBean
	CrateCloudClient crateCloudClient(CrateCloudProperties properties, CrateCloudConnectionDetails connectionDetails,
			HttpTransport crateCloudHttpTransport, ObjectProvider<CrateCloudClientBuilderCustomizer> builderCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<OperationAwaitObservationConvention> awaitConvention,
			ObjectProvider<RetryObservationConvention> retryConvention) {
		// Missing credentials fail start-up, not the first request.
		connectionDetails.getCredentials();
		CrateCloudClient.Builder builder = CrateCloudClient.builder()
			.credentials(connectionDetails::getCredentials)
			.baseUrl(connectionDetails.getBaseUrl())
			.region(properties.getRegion())
			.transport(crateCloudHttpTransport)
			.callTimeout(properties.getCallTimeout())
			.attemptTimeout(properties.getAttemptTimeout())
			.maxResponseSize(properties.getMaxResponseSize())
			.retry(properties.getRetry().toSettings())
			.operationPollInterval(properties.getOperations().getPollInterval())
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP))
			.operationAwaitObservationConvention(awaitConvention.getIfUnique())
			.retryObservationConvention(retryConvention.getIfUnique());
		builderCustomizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty("cratecloud.verify-credentials")
	CrateCloudCredentialsVerification crateCloudCredentialsVerification(CrateCloudClient crateCloudClient) {
		return new CrateCloudCredentialsVerification(crateCloudClient);
	}

	/**
	 * Boot's HTTP client settings with the client's own timeouts, if set, and no redirects:
	 * a redirect is the gateway's answer to bad credentials and must reach the client, not be
	 * followed to the console's login page.
	 */
	static HttpClientSettings settings(CrateCloudProperties properties, HttpClientSettings bootSettings) {
		Duration connectTimeout = firstNonNull(properties.getConnectTimeout(), bootSettings.connectTimeout());
		Duration readTimeout = firstNonNull(properties.getReadTimeout(), bootSettings.readTimeout());
		return bootSettings
			.withTimeouts((connectTimeout != null) ? connectTimeout : HttpTransports.DEFAULT_CONNECT_TIMEOUT,
					readTimeout)
			.withRedirects(HttpRedirects.DONT_FOLLOW);
	}

	private static @Nullable Duration firstNonNull(@Nullable Duration first, @Nullable Duration second) {
		return (first != null) ? first : second;
	}

}
