package io.cratecloud.client.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests are made from URI templates, so the observations Micrometer turns into
 * {@code http.client.requests} carry the template, never a concrete id.
 */
class ObservationTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	@Test
	void observationsCarryTheUriTemplateNotTheId() {
		List<ClientRequestObservationContext> observed = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<ClientRequestObservationContext>() {

			@Override
			public void onStop(ClientRequestObservationContext context) {
				observed.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof ClientRequestObservationContext;
			}

		});
		api.server()
			.stubFor(get(urlPathMatching("/api/v2/projects/[^/]+/")).willReturn(okJson("""
					{"id": "3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e", "name": "telemetry",
					 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33"}
					""")));
		CrateCloudClient client = CrateCloudClient.builder()
			.apiKey(CrateCloudApiMock.API_KEY)
			.apiSecret(CrateCloudApiMock.API_SECRET)
			.baseUrl(api.baseUrl())
			.retry(RetrySettings.disabled())
			.restClientBuilder(RestClient.builder().observationRegistry(registry))
			.build();

		client.projects().get("3c1f5e7a-9b2d-4c6e-8f0a-1b3d5f7a9c2e");
		client.projects().get("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");

		DefaultClientRequestObservationConvention convention = new DefaultClientRequestObservationConvention();
		assertThat(observed).hasSize(2)
			.extracting((context) -> convention.getLowCardinalityKeyValues(context)
				.stream()
				.filter((keyValue) -> keyValue.getKey().equals("uri"))
				.findFirst()
				.orElseThrow()
				.getValue())
			.containsOnly("/api/v2/projects/{project_id}/");
	}

}
