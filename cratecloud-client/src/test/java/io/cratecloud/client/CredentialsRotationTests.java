package io.cratecloud.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The credentials provider is asked before every request, so that rotated credentials are
 * used from the next request on, and the old ones are never sent again.
 */
class CredentialsRotationTests {

	private static final String ME_PATH = "/api/v2/users/me/";

	private static final String ME = """
			{"uid": "6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11", "email": "ada@example.com", "name": "Ada Lovelace",
			 "username": "ada", "is_superuser": false}
			""";

	private static final CrateCloudCredentials OLD = CrateCloudCredentials.of("key-old-4e1a", "secret-old-8c2f7d01");

	private static final CrateCloudCredentials NEW = CrateCloudCredentials.of("key-new-93b0", "secret-new-5a6e2b44");

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	@Test
	void rotatedCredentialsAreSentFromTheNextRequestOnAndTheOldOnesNeverAgain() {
		api.server().stubFor(get(ME_PATH).willReturn(okJson(ME)));
		AtomicReference<CrateCloudCredentials> current = new AtomicReference<>(OLD);
		AtomicInteger asked = new AtomicInteger();
		CrateCloudClient client = CrateCloudClient.builder().credentials(() -> {
			asked.incrementAndGet();
			return current.get();
		}).baseUrl(api.baseUrl()).retry(RetrySettings.disabled()).build();
		assertThat(asked).as("nothing is asked before the first request").hasValue(0);

		client.users().me();
		assertThat(asked).hasValue(1);
		current.set(NEW);
		client.users().me();

		assertThat(asked).as("the provider is asked once per request").hasValue(2);
		List<LoggedRequest> requests = api.server().findAll(getRequestedFor(urlEqualTo(ME_PATH)));
		assertThat(requests).hasSize(2);
		// In the order they were received.
		LoggedRequest first = requests.get(0);
		LoggedRequest second = requests.get(1);
		assertThat(first.getHeader("Authorization")).isEqualTo(basic(OLD));
		assertThat(second.getHeader("Authorization")).isEqualTo(basic(NEW));
		String oldEncodedPair = Base64.getEncoder()
			.encodeToString((OLD.apiKey() + ":" + OLD.apiSecret()).getBytes(StandardCharsets.UTF_8));
		assertThat(second.getHeaders().all()).isNotEmpty()
			.flatMap(HttpHeader::values)
			.noneMatch((value) -> value.contains(OLD.apiSecret()))
			.noneMatch((value) -> value.contains(oldEncodedPair));
	}

	@Test
	void aSecretRotatedAwayIsStillHiddenWhenAnAnswerQuotesIt() {
		String oldEncodedPair = Base64.getEncoder()
			.encodeToString((OLD.apiKey() + ":" + OLD.apiSecret()).getBytes(StandardCharsets.UTF_8));
		api.server()
			.stubFor(get(ME_PATH).willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Key revoked: " + OLD.apiSecret() + " / Basic " + oldEncodedPair
						+ "\", \"success\": false}")));
		AtomicReference<CrateCloudCredentials> current = new AtomicReference<>(OLD);
		CrateCloudClient client = CrateCloudClient.builder()
			.credentials(current::get)
			.baseUrl(api.baseUrl())
			.retry(RetrySettings.disabled())
			.build();
		assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(() -> client.users().me());
		current.set(NEW);

		assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(() -> client.users().me())
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("Key revoked")
					.doesNotContain(OLD.apiSecret())
					.doesNotContain(oldEncodedPair);
				assertThat(ex.getServerMessage()).doesNotContain(OLD.apiSecret());
			});
	}

	private static String basic(CrateCloudCredentials credentials) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((credentials.apiKey() + ":" + credentials.apiSecret()).getBytes(StandardCharsets.UTF_8));
	}

}
