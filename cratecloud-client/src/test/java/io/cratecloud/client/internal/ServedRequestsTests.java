package io.cratecloud.client.internal;

import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.cratecloud.testsupport.ServedRequests;
import io.cratecloud.testsupport.ServedRequests.ServedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// The paths are outside the document on purpose: these requests must not count as
// exercising an operation.
class ServedRequestsTests {

	private static final String TEMPLATE = "/api/v2/served-requests/{id}/";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final CrateCloudTransport transport = TestTransports.transport(api);

	@BeforeEach
	void outsideTheDocument() {
		api.unvalidated("the paths are made up, so that they count for no operation of the document");
	}

	@Test
	void anAnsweredRequestIsRecordedWithItsEncodedPathAndNoQuery() {
		api.server().stubFor(any(urlPathEqualTo("/api/v2/served-requests/answered%3A1/")).willReturn(okJson("{}")));

		Set<ServedRequest> served = ServedRequests.recordWhile(() -> this.transport.delete(TEMPLATE)
			.pathVariable("id", "answered:1")
			.query("force", true)
			.retrieve(Map.class));

		assertThat(served).containsExactly(new ServedRequest("DELETE", "/api/v2/served-requests/answered%3A1/"));
	}

	@Test
	void nothingIsRecordedOutsideARecording() {
		api.server().stubFor(any(urlPathEqualTo("/api/v2/served-requests/before/")).willReturn(okJson("{}")));
		this.transport.get(TEMPLATE).pathVariable("id", "before").retrieve(Map.class);

		assertThat(ServedRequests.recordWhile(() -> {
		})).isEmpty();
	}

	@Test
	void aRequestNoStubMatchedIsNotRecorded() {
		Set<ServedRequest> served = ServedRequests.recordWhile(() -> assertThatExceptionOfType(
				CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.transport.get(TEMPLATE).pathVariable("id", "unmatched").retrieve(Map.class)));

		assertThat(served).isEmpty();
	}

	@Test
	void aStubThatAnswersWithAFaultIsNotRecorded() {
		api.server()
			.stubFor(any(urlPathEqualTo("/api/v2/served-requests/fault/"))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		Set<ServedRequest> served = ServedRequests.recordWhile(() -> assertThatExceptionOfType(
				CrateCloudTransportException.class)
			.isThrownBy(() -> this.transport.get(TEMPLATE).pathVariable("id", "fault").retrieve(Map.class)));

		assertThat(served).isEmpty();
	}

}
