package io.cratecloud.benchmarks;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.internal.CrateCloudJson;
import io.cratecloud.client.users.CurrentUser;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Spring's {@link RestClient} on the JDK client exactly as the starter builds it (no
 * redirects, 5 s to connect, a 30 s read timeout, the same default headers), reading the
 * body as bytes into the same records with the starter's mapper, and nothing else: no retry,
 * no URI template, no error mapping. Between {@link BaselineClient} and the starter, it
 * tells how much of the starter's per-call cost is Spring's HTTP layer and how much is the
 * client's own.
 */
public final class SpringRestClient {

	private final RestClient restClient;

	private final JsonMapper mapper = CrateCloudJson.createMapper();

	private final JavaType clusterList;

	/**
	 * Create a client.
	 * @param baseUrl the base URL of the API
	 * @param apiKey the API key
	 * @param apiSecret the secret
	 */
	public SpringRestClient(String baseUrl, String apiKey, String apiSecret) {
		HttpClient httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(Duration.ofSeconds(30));
		this.restClient = RestClient.builder()
			.requestFactory(requestFactory)
			.baseUrl(baseUrl)
			.defaultHeaders((headers) -> {
				headers.setBasicAuth(apiKey, apiSecret);
				headers.set(HttpHeaders.USER_AGENT, CrateCloudClient.USER_AGENT);
			})
			.build();
		this.clusterList = this.mapper.getTypeFactory().constructCollectionType(List.class, Cluster.class);
	}

	/**
	 * {@code GET /api/v2/clusters/}.
	 * @return the clusters
	 */
	public List<Cluster> clusters() {
		return this.mapper.readValue(get("/api/v2/clusters/"), this.clusterList);
	}

	/**
	 * {@code GET /api/v2/users/me/}.
	 * @return the current user
	 */
	public CurrentUser me() {
		return this.mapper.readValue(get("/api/v2/users/me/"), CurrentUser.class);
	}

	private byte[] get(String path) {
		byte[] body = this.restClient.get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().body(byte[].class);
		if (body == null) {
			throw new IllegalStateException("GET " + path + " answered no body");
		}
		return body;
	}

}
