package io.cratecloud.client.internal;

import java.net.http.HttpClient;
import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Transports of a {@link CrateCloudApiMock}, put together as
 * {@link CrateCloudClient.Builder#build()} puts the client's together (strict encoding of
 * every variable, no redirects followed, the {@code User-Agent}, Basic authentication read
 * per request), for tests of the transport itself, which the client no longer hands out.
 */
final class TestTransports {

	private TestTransports() {
	}

	static CrateCloudTransport transport(CrateCloudApiMock api) {
		return transport(api, RetrySettings.disabled());
	}

	static CrateCloudTransport transport(CrateCloudApiMock api, RetrySettings retrySettings) {
		Redactor redactor = new Redactor();
		HttpClient httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(Duration.ofSeconds(10));
		RestClient.Builder starting = RestClient.builder().requestFactory(requestFactory);
		RestClient uploadClient = starting.clone().observationConvention(new PresignedUrlObservationConvention()).build();
		RestClient restClient = starting.observationConvention(new ApiObservationConvention()).build();
		return new CrateCloudTransport(restClient, uploadClient, uploadClient,
				new ApiHeaders(TestClients.credentials(), redactor, null), api.baseUrl(), CrateCloudJson.createMapper(),
				retrySettings, Duration.ofSeconds(35), null, 32L * 1024 * 1024, redactor, ObservationRegistry.NOOP, null);
	}

}
