package io.cratecloud.client.internal;

import java.net.CookieManager;
import java.net.http.HttpClient;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.HttpTransport;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.HostileServer;
import io.cratecloud.testsupport.HostileServer.Reply;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The request factories the client makes from the HTTP client it is given send what the API
 * needs whatever that client's own configuration: no redirect followed, no cookie kept.
 */
class RequestFactoriesTests {

	private static final String ME = "{\"uid\": \"6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11\", \"email\": \"ada@example.com\", "
			+ "\"name\": \"Ada Lovelace\", \"username\": \"ada\"}";

	private final HostileServer server = HostileServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void anHttpComponentsClientThatFollowsRedirectsDoesNotFollowTheGatewaysLoginRedirect() {
		this.server.answer((request) -> request.path().startsWith("/api/")
				? Reply.status(302).withHeader("Location", "/?rd=" + request.path()) : Reply.json(200, "{}"));
		CrateCloudClient client = clientOn(HttpTransport.httpComponents(HttpClients.createDefault()));

		assertThatExceptionOfType(CrateCloudAuthenticationException.class).isThrownBy(() -> client.users().me());
		assertThat(this.server.requestCount()).as("the redirect was not followed").isEqualTo(1);
	}

	@Test
	void anHttpComponentsClientWithACookieStoreNeitherKeepsNorSendsTheServicesCookie() {
		this.server.answer((request) -> Reply.json(200, ME).withHeader("Set-Cookie", "session=made-up; Path=/"));
		CrateCloudClient client = clientOn(HttpTransport.httpComponents(HttpClients.createDefault()));

		client.users().me();
		client.users().me();

		assertThat(this.server.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.header("Cookie")).isNull());
	}

	@Test
	void theJdkClientMustFollowNoRedirects() {
		HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

		assertThatIllegalArgumentException().isThrownBy(() -> HttpTransport.jdk(following))
			.withMessageContaining("httpClient must be a client that follows no redirects");
	}

	@Test
	void theJdkClientMustKeepNoCookies() {
		HttpClient withCookies = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();

		assertThatIllegalArgumentException().isThrownBy(() -> HttpTransport.jdk(withCookies))
			.withMessageContaining("httpClient must be a client without a cookie handler");
	}

	@Test
	void theDefaultIsHttpComponentsWhenItIsOnTheClassPath() {
		assertThat(RequestFactories.createDefault()).isInstanceOf(CancellableHttpComponentsRequestFactory.class);
	}

	private CrateCloudClient clientOn(HttpTransport transport) {
		return CrateCloudClient.builder()
			.credentials(TestClients.credentials())
			.baseUrl(this.server.baseUrl())
			.transport(transport)
			.retry(RetrySettings.disabled())
			.build();
	}

}
