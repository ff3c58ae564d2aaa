package io.cratecloud.test;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.clusters.ClusterJwt;
import io.cratecloud.client.clusters.CrateDbChannels;
import io.cratecloud.client.clusters.CrateDbVersion;
import io.cratecloud.client.metadata.CloudMetadata;
import io.cratecloud.client.metadata.JsonWebKeySet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MetadataApiTests extends FakeApiTests {

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

	MetadataApiTests() {
		super(FakeCrateCloud.builder().manualClock(START).start());
		invalidOnPurpose((exchange) -> exchange.status() == 400);
	}

	@Test
	void metaNamesTheLatestVersionOfEachChannelAndTheApiRelease() {
		CloudMetadata meta = this.client.metadata().get();

		assertThat(meta.crateVersions().stable()).isEqualTo("6.0.2");
		assertThat(meta.crateVersions().testing()).isEqualTo(MetadataApi.TESTING_VERSION);
		assertThat(meta.crateVersions().nightly()).isEqualTo(MetadataApi.NIGHTLY_VERSION);
		assertThat(meta.version().release()).isEqualTo(MetadataApi.API_RELEASE);
		assertThat(meta.version().prerelease()).isFalse();
	}

	@Test
	void theVersionsOnOfferIncludeTheSeededDefaultAndNewerOnes() {
		assertThat(MetadataApi.CRATEDB_VERSIONS).contains("5.10.3");
		assertThat(MetadataApi.CRATEDB_VERSIONS.subList(MetadataApi.CRATEDB_VERSIONS.indexOf("5.10.3") + 1,
				MetadataApi.CRATEDB_VERSIONS.size()))
			.isNotEmpty();

		CrateDbChannels channels = this.client.metadata().getCrateDbVersions().crateVersions();

		assertThat(channels.stable()).isEqualTo(new CrateDbVersion("6.0.2", 6, 0, 2));
		assertThat(channels.testing()).isEqualTo(new CrateDbVersion("6.0.3", 6, 0, 3));
		assertThat(channels.nightly().version()).isEqualTo("6.1.0");
		assertThat(channels.nightly().date()).isEqualTo("2026-07-10-00-02");
	}

	@Test
	void theCallerIsOnThisMachineUnlessAProxySaysOtherwise() throws Exception {
		assertThat(this.client.metadata().getIpAddress().ip()).isEqualTo("127.0.0.1");

		HttpResponse<String> forwarded = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.fake.baseUrl() + "/api/v2/meta/ip-address/"))
				.header("Authorization", basic())
				.header("X-Forwarded-For", "203.0.113.7, 10.0.0.1")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forwarded.body()).isEqualTo("{\"ip\":\"203.0.113.7\"}");
	}

	@Test
	void aClusterTokenIsRenewedAndVerifiesWithThePublishedKey() throws Exception {
		SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");
		String clusterId = analytics.cluster("sensors").create();
		String refresh = issuedElsewhere(clusterId).get("refresh").asString();
		this.fake.advance(Duration.ofMinutes(30));

		ClusterJwt renewed = this.client.metadata().refreshJwt(refresh);

		assertThat(renewed.expiry()).isEqualTo(START.plus(Duration.ofMinutes(90)));
		assertThat(renewed.refresh()).isNotEqualTo(refresh);
		JsonWebKeySet keys = this.client.metadata().getJwks();
		assertThat(keys.keys()).singleElement()
			.satisfies((key) -> assertThat(key).containsEntry("kty", "RSA").containsEntry("alg", "RS256"));
		PublicKey publicKey = publicKey(keys.keys().get(0));
		assertThat(verifies(publicKey, renewed.token())).isTrue();
		assertThat(verifies(publicKey, renewed.refresh())).isTrue();
		assertThat(claims(renewed.token())).containsEntry("cluster_id", clusterId).containsEntry("token_use", "access");
		// The renewed refresh token renews in turn.
		assertThat(this.client.metadata().refreshJwt(renewed.refresh()).token()).isNotBlank();
	}

	@Test
	void aRefreshTokenOfAClusterThatIsGoneIsNotFound() {
		String refresh = issuedElsewhere(UNKNOWN_ID).get("refresh").asString();

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.metadata().refreshJwt(refresh));
	}

	@Test
	void anAccessTokenAForgedOrAnExpiredRefreshTokenIsRefused() {
		ObjectNode issued = issuedElsewhere(UNKNOWN_ID);
		String access = issued.get("token").asString();
		String refresh = issued.get("refresh").asString();
		// The access token's claims under the refresh token's signature.
		String forged = refresh.split("\\.")[0] + "." + access.split("\\.")[1] + "." + refresh.split("\\.")[2];

		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.metadata().refreshJwt(access));
		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.metadata().refreshJwt(forged));
		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.metadata().refreshJwt("not-a-token"));
		this.fake.advance(MetadataApi.REFRESH_LIFETIME);
		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.metadata().refreshJwt(refresh));
	}

	/**
	 * A token pair made by another fake at {@link #START}: tokens are signed with one key per
	 * JVM, so this fake takes them as its own.
	 */
	private static ObjectNode issuedElsewhere(String clusterId) {
		FakeState elsewhere = new FakeState(JsonMapper.builder().build(), Clock.fixed(START, ZoneOffset.UTC),
				Duration.ZERO, "elsewhere@example.com");
		return MetadataApi.clusterJwt(elsewhere, clusterId);
	}

	@Test
	void aRefreshWithoutATokenIsABadRequest() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("POST", "/api/v2/meta/jwt/refresh/", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"refresh_token\":[\"Missing data for required field.\"]");
	}

	private String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((this.fake.apiKey() + ":" + this.fake.apiSecret()).getBytes(StandardCharsets.UTF_8));
	}

	private static PublicKey publicKey(Map<String, Object> jwk) throws Exception {
		Base64.Decoder decoder = Base64.getUrlDecoder();
		BigInteger modulus = new BigInteger(1, decoder.decode((String) jwk.get("n")));
		BigInteger exponent = new BigInteger(1, decoder.decode((String) jwk.get("e")));
		return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
	}

	private static boolean verifies(PublicKey key, String token) throws Exception {
		String[] parts = token.split("\\.");
		Signature verifier = Signature.getInstance("SHA256withRSA");
		verifier.initVerify(key);
		verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> claims(String token) {
		return JsonMapper.builder().build().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
	}

}
