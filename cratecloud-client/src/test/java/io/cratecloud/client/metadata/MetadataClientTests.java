package io.cratecloud.client.metadata;

import java.time.Instant;

import io.cratecloud.client.TestClients;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.CrateDbVersion;
import io.cratecloud.client.clusters.CrateDbVersions;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MetadataClientTests {

	private static final String ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImNjLTIwMjYtMDcifQ.eyJzdWIiOiI4ZDZhN2MzZSJ9.c2lnbmF0dXJl";

	private static final String REFRESH_TOKEN = "rt-4f8d2c1a9b7e6d5c3b2a1f0e9d8c7b6a";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final MetadataClient metadata = TestClients.client(api).metadata();

	@Test
	void metaReadsTheLatestVersionsAndTheApiVersion() {
		api.server().stubFor(get("/api/v2/meta/").willReturn(okJson("""
				{"crate_versions": {"stable": "5.10.3", "testing": "6.0.0", "nightly": "6.1.0-2026-07-10-00-02"},
				 "version": {"release": "2026.7.2", "prerelease": false}}
				""")));

		CloudMetadata meta = this.metadata.get();

		assertThat(meta).isEqualTo(new CloudMetadata(
				new LatestCrateDbVersions("5.10.3", "6.0.0", "6.1.0-2026-07-10-00-02"),
				new ApiVersion("2026.7.2", false)));
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/meta/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void crateDbVersionsReadsEveryChannel() {
		api.server().stubFor(get("/api/v2/meta/cratedb-versions/").willReturn(okJson("""
				{"crate_versions": {
				  "stable": {"version": "5.10.3", "major": 5, "minor": 10, "hotfix": 3},
				  "testing": {"version": "6.0.0", "major": 6, "minor": 0, "hotfix": 0},
				  "nightly": {"version": "6.1.0", "major": 6, "minor": 1, "hotfix": 0, "date": "2026-07-10"}}}
				""")));

		CrateDbVersions versions = this.metadata.getCrateDbVersions();

		assertThat(versions.crateVersions().stable()).isEqualTo(new CrateDbVersion("5.10.3", 5, 10, 3));
		assertThat(versions.crateVersions().testing().version()).isEqualTo("6.0.0");
		assertThat(versions.crateVersions().nightly().version()).isEqualTo("6.1.0");
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/meta/cratedb-versions/")));
	}

	@Test
	void ipAddressReadsTheCallersAddress() {
		api.server().stubFor(get("/api/v2/meta/ip-address/").willReturn(okJson("{\"ip\": \"203.0.113.42\"}")));

		assertThat(this.metadata.getIpAddress()).isEqualTo(new IpAddress("203.0.113.42"));
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/meta/ip-address/")));
	}

	@Test
	void jwksReadsEveryKeyWithItsMembers() {
		api.server().stubFor(get("/api/v2/meta/jwk/").willReturn(okJson("""
				{"keys": [
				  {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "cc-2026-07", "e": "AQAB",
				   "n": "u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0_IzW7yWR7QkrmBL7jTKEn5u"},
				  {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "cc-2026-04", "e": "AQAB",
				   "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tS"}]}
				""")));

		JsonWebKeySet keys = this.metadata.getJwks();

		assertThat(keys.keys()).hasSize(2);
		assertThat(keys.keys().get(0)).containsEntry("kid", "cc-2026-07").containsEntry("kty", "RSA");
		assertThat(keys.keys().get(1)).extractingByKey("kid").isEqualTo("cc-2026-04");
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/meta/jwk/")));
	}

	@Test
	void refreshJwtSendsTheRefreshTokenAndReadsTheNewToken() {
		api.server().stubFor(post("/api/v2/meta/jwt/refresh/").willReturn(okJson("""
				{"token": "%s", "refresh": "rt-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
				 "expiry": "2026-07-10T11:41:02.983000+00:00"}
				""".formatted(ACCESS_TOKEN))));

		ClusterJwt jwt = this.metadata.refreshJwt(REFRESH_TOKEN);

		assertThat(jwt).isEqualTo(new ClusterJwt(ACCESS_TOKEN, "rt-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
				Instant.parse("2026-07-10T11:41:02.983Z")));
		assertThat(jwt.toString()).doesNotContain(ACCESS_TOKEN, "rt-9a8b7c6d");
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/meta/jwt/refresh/"))
				.withHeader("Content-Type", equalTo("application/json"))
				.withRequestBody(equalToJson("{\"refresh_token\": \"" + REFRESH_TOKEN + "\"}")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void refreshJwtChecksTheTokenBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.metadata.refreshJwt(" "))
			.withMessageContaining("refresh_token");
		assertThatIllegalArgumentException().isThrownBy(() -> this.metadata.refreshJwt(null))
			.withMessageContaining("refresh_token");
		assertThat(api.server().getAllServeEvents()).isEmpty();
		// That the request body never prints the token: SecretRequestBodiesTests.
	}

}
