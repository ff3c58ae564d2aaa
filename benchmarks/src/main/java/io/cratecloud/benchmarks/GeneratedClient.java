package io.cratecloud.benchmarks;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cratecloud.benchmarks.generated.ApiClient;
import io.cratecloud.benchmarks.generated.api.AuditApi;
import io.cratecloud.benchmarks.generated.api.ClustersApi;
import io.cratecloud.benchmarks.generated.api.UsersApi;
import io.cratecloud.benchmarks.generated.model.AuditEvent;
import io.cratecloud.benchmarks.generated.model.Cluster;
import io.cratecloud.benchmarks.generated.model.CurrentUser;
import io.cratecloud.client.CrateCloudClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * What a user would pick instead of the starter: the client openapi-generator's Java
 * generator writes from the API's own document with its Spring {@code RestClient} library
 * (generated at build time into {@code io.cratecloud.benchmarks.generated}), set up as its
 * README says, with the same timeouts and headers as the starter's. It reads the answers into
 * its own generated models, with its own Jackson 2 mapper.
 */
public final class GeneratedClient implements BenchmarkedClient {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private final ClustersApi clusters;

	private final UsersApi users;

	private final AuditApi audit;

	private GeneratedClient(String baseUrl, ClientHttpRequestFactory requestFactory) {
		DateFormat dateFormat = ApiClient.createDefaultDateFormat();
		ObjectMapper mapper = ApiClient.createDefaultMapper(dateFormat);
		ApiClient apiClient = new ApiClient(ApiClient.buildRestClientBuilder(mapper).requestFactory(requestFactory).build(),
				mapper, dateFormat);
		apiClient.setBasePath(baseUrl);
		apiClient.setUserAgent(CrateCloudClient.USER_AGENT);
		apiClient.addDefaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
			.encodeToString((LoopbackApi.API_KEY + ":" + LoopbackApi.API_SECRET).getBytes(StandardCharsets.UTF_8)));
		this.clusters = new ClustersApi(apiClient);
		this.users = new UsersApi(apiClient);
		this.audit = new AuditApi(apiClient);
	}

	/**
	 * The generated client on Spring's JDK request factory.
	 * @param baseUrl the base URL of the API
	 * @return the client
	 */
	public static GeneratedClient jdk(String baseUrl) {
		HttpClient httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(CONNECT_TIMEOUT)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(READ_TIMEOUT);
		return new GeneratedClient(baseUrl, requestFactory);
	}

	/**
	 * The generated client on Spring's Apache HttpClient 5 request factory.
	 * @param baseUrl the base URL of the API
	 * @return the client
	 */
	public static GeneratedClient httpClient5(String baseUrl) {
		HttpComponentsClientHttpRequestFactory requestFactory = new HttpComponentsClientHttpRequestFactory(
				HttpClients.custom().disableRedirectHandling().disableCookieManagement().disableAutomaticRetries().build());
		requestFactory.setConnectionRequestTimeout(CONNECT_TIMEOUT);
		requestFactory.setReadTimeout(READ_TIMEOUT);
		return new GeneratedClient(baseUrl, requestFactory);
	}

	@Override
	public List<Cluster> clustersList() {
		return this.clusters.apiV2ClustersGet(null, null, null);
	}

	@Override
	public CurrentUser usersMe() {
		return this.users.apiV2UsersMeGet();
	}

	@Override
	public List<AuditEvent> auditLogPage() {
		return this.audit.apiV2OrganizationsOrganizationIdAuditlogsGet(ApiFixtures.ORGANIZATION_ID, null, null, null,
				null, null);
	}

	@Override
	public void close() {
		// Nothing to release: the HTTP client's threads end with the JVM.
	}

}
