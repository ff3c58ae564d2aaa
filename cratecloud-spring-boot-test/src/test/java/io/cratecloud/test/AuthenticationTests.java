package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.organizations.Organization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Basic credentials: the fake's key and secret are accepted, anything else gets the JSON 401 the
 * document promises or the gateway's redirect to the console's login, and the client reports
 * both as an authentication failure.
 */
@Tag(FakeContract.API_TESTS)
class AuthenticationTests {

	private static final String UNAUTHENTICATED = "{\"message\":\"Authentication required.\",\"success\":false}";

	private FakeCrateCloud fake = FakeCrateCloud.start();

	@AfterEach
	void conformsAndStops(TestReporter reporter) {
		try {
			// A path or method the document lacks (no template) cannot be checked against it.
			FakeContract.publish(reporter,
					FakeContract.assertConforms(this.fake, (exchange) -> false, (exchange) -> exchange.template() == null));
		}
		finally {
			this.fake.close();
		}
	}

	@Test
	void theFakesKeyAndSecretAreAccepted() {
		this.fake.seed().organization("Acme");
		assertThat(client(this.fake.apiKey(), this.fake.apiSecret()).organizations().list())
			.extracting(Organization::name)
			.containsExactly("Acme");
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(200);
	}

	@Test
	void credentialsChosenByTheTestAreAccepted() {
		this.fake.close();
		this.fake = FakeCrateCloud.builder().apiKey("my-key").apiSecret("my:secret").start();
		assertThat(this.fake.apiKey()).isEqualTo("my-key");
		assertThat(this.fake.apiSecret()).isEqualTo("my:secret");
		assertThat(client("my-key", "my:secret").organizations().list()).isEmpty();
	}

	@Test
	void generatedCredentialsDifferFromOneFakeToTheNext() {
		try (FakeCrateCloud other = FakeCrateCloud.start()) {
			assertThat(other.apiKey()).startsWith("fake-key-").isNotEqualTo(this.fake.apiKey());
			assertThat(other.apiSecret()).hasSize(48).isNotEqualTo(this.fake.apiSecret());
			HttpResponse<String> response = new FakeHttp(this.fake).send("GET", "/api/v2/organizations/", null,
					other.apiKey(), other.apiSecret());
			assertThat(response.statusCode()).isEqualTo(401);
		}
	}

	@Test
	void aWrongSecretIsAnsweredWithTheDocumentsJson401() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET", "/api/v2/organizations/", null,
				this.fake.apiKey(), "wrong");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo(UNAUTHENTICATED);
	}

	@Test
	void aWrongKeyIsAnsweredWith401() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET", "/api/v2/organizations/", null,
				"someone-else", this.fake.apiSecret());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEqualTo(UNAUTHENTICATED);
	}

	@Test
	void aRequestWithoutCredentialsIsAnsweredWith401() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET", "/api/v2/organizations/", null, null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEqualTo(UNAUTHENTICATED);
	}

	@Test
	void malformedAuthorizationHeadersAreAnsweredWith401() {
		String credentials = this.fake.apiKey() + ":" + this.fake.apiSecret();
		assertThat(statusWithAuthorization("Bearer " + this.fake.apiSecret())).isEqualTo(401);
		assertThat(statusWithAuthorization("Basic not-base-64!")).isEqualTo(401);
		assertThat(statusWithAuthorization("Basic " + base64(this.fake.apiKey()))).isEqualTo(401);
		assertThat(statusWithAuthorization("Basic " + base64(credentials + "x"))).isEqualTo(401);
		// The scheme's name is case-insensitive (RFC 9110).
		assertThat(statusWithAuthorization("basic " + base64(credentials))).isEqualTo(200);
	}

	@Test
	void theClientReportsA401AsAnAuthenticationFailure() {
		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> client(this.fake.apiKey(), "wrong").organizations().list())
			.withMessageContaining("check the API key and secret")
			.withMessageNotContaining("wrong")
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getServerMessage()).isEqualTo("Authentication required.");
				assertThat(ex.getLocation()).isNull();
			});
	}

	@Test
	void theLoginRedirectNamesTheRequestedPathWithoutItsQuery() {
		this.fake.close();
		this.fake = FakeCrateCloud.builder().unauthenticatedResponse(UnauthenticatedResponse.LOGIN_REDIRECT).start();
		FakeHttp http = new FakeHttp(this.fake);
		HttpResponse<String> response = http.send("GET", "/api/v2/organizations/", null, null, null);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/?rd=%2Fapi%2Fv2%2Forganizations%2F");
		assertThat(response.body()).isEmpty();
		HttpResponse<String> withQuery = http.send("GET", "/api/v2/projects/?page=2", null, "someone", "else");
		assertThat(withQuery.statusCode()).isEqualTo(302);
		assertThat(withQuery.headers().firstValue("Location")).hasValue("/?rd=%2Fapi%2Fv2%2Fprojects%2F");
	}

	@Test
	void theClientReportsTheLoginRedirectAsAnAuthenticationFailure() {
		this.fake.close();
		this.fake = FakeCrateCloud.builder().unauthenticatedResponse(UnauthenticatedResponse.LOGIN_REDIRECT).start();
		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> client(this.fake.apiKey(), "wrong").organizations().list())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(302);
				assertThat(ex.getLocation()).isEqualTo("/?rd=%2Fapi%2Fv2%2Forganizations%2F");
			});
		// Only the redirect was answered: the client did not follow it to the console's page.
		assertThat(this.fake.requests()).extracting(RecordedExchange::path).containsExactly("/api/v2/organizations/");
	}

	@ParameterizedTest
	@EnumSource(UnauthenticatedResponse.class)
	void credentialsAreCheckedBeforeThePathSoNothingIsGivenAway(UnauthenticatedResponse answer) {
		this.fake.close();
		this.fake = FakeCrateCloud.builder().unauthenticatedResponse(answer).start();
		int expected = (answer == UnauthenticatedResponse.JSON_401) ? 401 : 302;
		FakeHttp http = new FakeHttp(this.fake);
		assertThat(http.send("GET", "/api/v2/no-such-thing/", null, null, null).statusCode()).isEqualTo(expected);
		assertThat(http.send("DELETE", "/api/v2/organizations/", null, null, null).statusCode()).isEqualTo(expected);
	}

	@Test
	void pathsOutsideTheApiAskForNoCredentials() {
		// Pre-signed storage URLs are used without the API's credentials, as on the live service.
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET", "/storage/nothing", null, null, null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"message\":\"Resource not found.\",\"success\":false}");
	}

	private int statusWithAuthorization(String authorization) {
		return new FakeHttp(this.fake).sendWithAuthorization("GET", "/api/v2/organizations/", authorization)
			.statusCode();
	}

	private CrateCloudClient client(String key, String secret) {
		return CrateCloudClient.builder()
			.baseUrl(this.fake.baseUrl())
			.credentials(CrateCloudCredentials.of(key, secret))
			.build();
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
