package io.cratecloud.client.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload to a pre-signed URL is observed without the URL's signature.
 */
class UploadObservationTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String FILE_ID = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

	private static final String UPLOAD_PATH = "/uploads/" + FILE_ID;

	private static final String SIGNATURE = "7c1e9a0b3d";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@Test
	void theUploadIsObservedUnderAPlaceholderAndItsUrlWithoutTheSignature() {
		byte[] json = "{\"id\": 1}\n".getBytes(StandardCharsets.UTF_8);
		api.server()
			.stubFor(post("/api/v2/organizations/" + ORG_ID + "/files/").willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"id": "%s", "organization_id": "%s", "name": "rows.json", "file_size": %d,
						 "status": "PENDING", "upload_url": "%s%s?X-Amz-Signature=%s",
						 "dc": {"created": "2026-07-10T10:41:02.983000+00:00",
						        "modified": "2026-07-10T10:41:02.983000+00:00"}}
						""".formatted(FILE_ID, ORG_ID, json.length, api.baseUrl(), UPLOAD_PATH, SIGNATURE))));
		api.server().stubFor(put(urlPathEqualTo(UPLOAD_PATH)).willReturn(ok()));
		CrateCloudClient client = TestClients.builder(api)
			.retry(RetrySettings.disabled())
			.observationRegistry(this.registry)
			.build();

		client.organizations().files().upload(ORG_ID, "rows.json", new ByteArrayInputStream(json), json.length);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("http.client.requests", 2)
			.hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("method", "PUT")
				.hasLowCardinalityKeyValue("uri", "{upload_url}")
				.hasLowCardinalityKeyValue("status", "200")
				.hasHighCardinalityKeyValue("http.url", api.baseUrl() + UPLOAD_PATH))
			.hasHandledContextsThatSatisfy((contexts) -> assertThat(contexts)
				.flatMap((context) -> context.getAllKeyValues().stream().map((keyValue) -> keyValue.getValue()).toList())
				.noneMatch((value) -> value.contains(SIGNATURE)));
	}

}
