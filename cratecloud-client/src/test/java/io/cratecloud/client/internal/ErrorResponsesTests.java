package io.cratecloud.client.internal;

import java.time.Duration;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudRateLimitedException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an error answer can carry that must not break the client or leak the secret: an
 * absurd {@code Retry-After}, credentials in a redirect's {@code Location}, a secret across
 * the cut of an error page, secrets echoed in validation errors, and the gateway's login
 * redirect where a redirect is the expected answer. On both HTTP libraries.
 */
class ErrorResponsesTests {

	private static final String SECRET = CrateCloudApiMock.API_SECRET;

	private static final String SUBSCRIPTION_ID = "5c2e7a91-3d4b-4f68-b0a2-9e1c6d8f4a25";

	private static final String WIZARD_PATH = "/api/v2/subscriptions/" + SUBSCRIPTION_ID + "/wizard-redirect/";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aRetryAfterOfLongMaxValueIsClampedToADay(HttpLibrary library) {
		api.offContract("api-notes.md: no 429 is documented, but one must be handled");
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(429)
				.withHeader("Content-Type", "application/json")
				.withHeader("Retry-After", "9223372036854775807")
				.withBody("{\"message\": \"Too many requests.\", \"success\": false}")));
		CrateCloudClient client = library.builder(api.baseUrl()).retry(RetrySettings.defaults()).build();

		assertThatExceptionOfType(CrateCloudRateLimitedException.class).isThrownBy(() -> client.users().me())
			.satisfies((ex) -> {
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofDays(1));
				assertThat(ex.getMessage()).contains("retry after 86400000 ms");
			});
		// A day is longer than the longest retry delay: the caller is told, not held.
		api.server().verify(1, getRequestedFor(urlEqualTo("/api/v2/users/me/")));
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aRedirectsLocationNeverShowsCredentials(HttpLibrary library) {
		api.offContract("api-notes.md: the gateway answers bad credentials with a 302");
		String location = "https://" + CrateCloudApiMock.API_KEY + ":" + SECRET
				+ "@console.cratedb.cloud/?rd=%2Fapi%2Fv2%2Fusers%2Fme%2F&secret=" + SECRET;
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(302).withHeader("Location", location)));
		CrateCloudClient client = library.builder(api.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(() -> client.users().me())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(302);
				assertThat(ex.getMessage()).doesNotContain(SECRET).contains("redirecting to https://******@console");
				assertThat(ex.toString()).doesNotContain(SECRET);
				assertThat(ex.getLocation()).doesNotContain(SECRET)
					.isEqualTo("https://******@console.cratedb.cloud/?rd=%2Fapi%2Fv2%2Fusers%2Fme%2F&secret=******");
			});
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aPasswordOfAnyUserInARedirectsLocationIsHidden(HttpLibrary library) {
		api.offContract("api-notes.md: the gateway answers bad credentials with a 302");
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(302)
				.withHeader("Location", "https://admin:hunter2-not-the-api-secret@login.example.com/?rd=/")));
		CrateCloudClient client = library.builder(api.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(() -> client.users().me())
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).doesNotContain("hunter2");
				assertThat(ex.toString()).doesNotContain("hunter2");
				assertThat(ex.getLocation()).isEqualTo("https://******@login.example.com/?rd=/");
			});
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aSecretAcrossTheCutOfAnErrorPageIsHiddenWhole(HttpLibrary library) {
		api.offContract("api-notes.md: gateway errors may come back as HTML");
		// Markup up to 8 characters before the 16 KB cut, then the secret in the page's text.
		String head = "<html><head><style>";
		String text = "</style></head><body><h1>Bad Gateway</h1><p>Upstream refused key ";
		String filler = "p{margin:0}".repeat(ErrorResponses.MARKUP_LENGTH);
		String beforeSecret = head + filler.substring(0, ErrorResponses.MARKUP_LENGTH - 8 - head.length() - text.length())
				+ text;
		assertThat(beforeSecret).hasSize(ErrorResponses.MARKUP_LENGTH - 8);
		api.server()
			.stubFor(get("/api/v2/users/me/").willReturn(aResponse().withStatus(502)
				.withHeader("Content-Type", "text/html")
				.withBody(beforeSecret + SECRET + " with its secret</p></body></html>")));
		CrateCloudClient client = library.builder(api.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(() -> client.users().me())
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("Upstream refused key")
					.doesNotContain(SECRET.substring(0, 8))
					.doesNotContain(SECRET.substring(SECRET.length() - 8));
				assertThat(ex.toString()).doesNotContain(SECRET.substring(0, 8));
			});
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void secretsEchoedInValidationErrorsAreHidden(HttpLibrary library) {
		api.server()
			.stubFor(post("/api/v2/organizations/").willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"message": "Bad request", "success": false,
						 "errors": {"name": ["'%1$s' is not a valid name."],
						            "billing": {"card": {"holder": "%1$s", "numbers": [1, "%1$s"]}},
						            "%1$s": "refused"}}
						""".formatted(SECRET))));
		CrateCloudClient client = library.builder(api.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> client.organizations().create(new OrganizationCreateRequest("Acme", null)))
			.satisfies((ex) -> {
				assertThat(ex.getErrors().toString()).doesNotContain(SECRET).contains("******");
				assertThat(ex.getErrors()).containsKeys("name", "billing", "******");
				assertThat(ex.getMessage()).doesNotContain(SECRET);
				assertThat(ex.toString()).doesNotContain(SECRET);
			});
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void theGatewaysLoginRedirectIsNoWizard(HttpLibrary library) {
		api.offContract("api-notes.md: the gateway answers a wrong secret with 302 to the console login");
		api.server()
			.stubFor(get(WIZARD_PATH)
				.willReturn(aResponse().withStatus(302).withHeader("Location", "/?rd=" + WIZARD_PATH)));
		CrateCloudClient client = library.builder(api.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> client.subscriptions().getWizardRedirect(SUBSCRIPTION_ID))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(302);
				assertThat(ex.getLocation()).isEqualTo("/?rd=" + WIZARD_PATH);
			});
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void theGatewaysAbsoluteLoginRedirectIsNoWizardEither(HttpLibrary library) {
		api.offContract("api-notes.md: the gateway answers a wrong secret with 302 to the console login");
		api.server()
			.stubFor(get(WIZARD_PATH).willReturn(aResponse().withStatus(302)
				.withHeader("Location", "https://console.cratedb.cloud/?rd=" + WIZARD_PATH)));
		CrateCloudClient client = library.builder(api.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> client.subscriptions().getWizardRedirect(SUBSCRIPTION_ID));
	}

}
