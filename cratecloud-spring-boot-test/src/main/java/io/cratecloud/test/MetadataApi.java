package io.cratecloud.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Metadata: the CrateDB versions on offer, the API's version, the caller's IP address, the
 * keys that verify the JSON Web Tokens the fake signs, and the renewal of a cluster's token.
 * <p>
 * Cluster tokens are real JWTs (RS256) signed with a key of the fake's, so code that
 * verifies them against {@code /api/v2/meta/jwk/} works as with the service; renewing one
 * needs nothing stored, only a refresh token the fake signed for a cluster that still exists.
 * The access token opens the cluster's SQL endpoint on the fake ({@link ClusterSqlEndpoint})
 * until it expires by the fake's clock.
 */
final class MetadataApi implements FakeApi {

	/**
	 * The stable CrateDB versions clusters can run, oldest first; the last is the stable
	 * channel's latest. Holds the seeded clusters' default ({@code 5.10.3}) and newer
	 * hotfixes of it and major versions, for upgrades.
	 */
	static final List<String> CRATEDB_VERSIONS = List.of("5.8.6", "5.9.12", "5.10.3", "5.10.4", "5.10.6", "6.0.2");

	/** The version of the testing channel. */
	static final String TESTING_VERSION = "6.0.3";

	/** The version of the nightly channel's build. */
	static final String NIGHTLY_VERSION = "6.1.0";

	/** The API release the fake answers as. */
	static final String API_RELEASE = "2026.7.0";

	static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

	static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

	private static final String ISSUER = "https://console.cratedb.cloud";

	private static final String KEY_ID = "fake-cratecloud-1";

	private static final DateTimeFormatter NIGHTLY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-'00-02'")
		.withZone(ZoneOffset.UTC);

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final FakeState state;

	MetadataApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/meta/", this::meta)
			.get("/api/v2/meta/cratedb-versions/", this::crateDbVersions)
			.get("/api/v2/meta/ip-address/", this::ipAddress)
			.get("/api/v2/meta/jwk/", this::jwk)
			.post("/api/v2/meta/jwt/refresh/", this::refreshJwt);
	}

	/**
	 * The latest stable version, the one new clusters get.
	 */
	static String latestStable() {
		return CRATEDB_VERSIONS.get(CRATEDB_VERSIONS.size() - 1);
	}

	/**
	 * A {@code CrateDBVersion}: the version and its parts.
	 * @param version a version such as {@code 5.10.3}
	 */
	/**
	 * A nightly build of the version ({@code NightlyCrateDBVersion}), dated today as the
	 * service dates it.
	 */
	static ObjectNode nightly(FakeState state, String version) {
		return version(state, version).put("date", NIGHTLY_DATE.format(state.now()));
	}

	static ObjectNode version(FakeState state, String version) {
		String[] parts = version.split("\\.");
		ObjectNode node = state.object().put("version", version);
		node.put("major", (parts.length > 0) ? Integer.parseInt(parts[0]) : 0);
		node.put("minor", (parts.length > 1) ? Integer.parseInt(parts[1]) : 0);
		node.put("hotfix", (parts.length > 2) ? Integer.parseInt(parts[2]) : 0);
		return node;
	}

	/**
	 * A new {@code ClusterJWTToken} for a cluster's Grand Central services: an access token
	 * valid for an hour and a refresh token that renews it through
	 * {@code POST /api/v2/meta/jwt/refresh/}.
	 * @param clusterId the cluster's id
	 */
	static ObjectNode clusterJwt(FakeState state, String clusterId) {
		Instant now = state.now();
		Instant expiry = now.plus(TOKEN_LIFETIME);
		ObjectNode access = state.object()
			.put("iss", ISSUER)
			.put("sub", clusterId)
			.put("cluster_id", clusterId)
			.put("token_use", "access")
			.put("iat", now.getEpochSecond())
			.put("exp", expiry.getEpochSecond());
		ObjectNode refresh = state.object()
			.put("iss", ISSUER)
			.put("sub", clusterId)
			.put("token_use", "refresh")
			.put("jti", state.newId())
			.put("iat", now.getEpochSecond())
			.put("exp", now.plus(REFRESH_LIFETIME).getEpochSecond());
		return state.object()
			.put("token", sign(state, access))
			.put("refresh", sign(state, refresh))
			.put("expiry", state.timestamp(expiry));
	}

	private FakeResponse meta(FakeRequest request) {
		ObjectNode meta = this.state.object();
		meta.putObject("crate_versions")
			.put("stable", latestStable())
			.put("testing", TESTING_VERSION)
			.put("nightly", NIGHTLY_VERSION);
		meta.putObject("version").put("release", API_RELEASE).put("prerelease", false);
		return FakeResponse.ok(meta);
	}

	private FakeResponse crateDbVersions(FakeRequest request) {
		ObjectNode versions = this.state.object();
		ObjectNode channels = versions.putObject("crate_versions");
		channels.set("stable", version(this.state, latestStable()));
		channels.set("testing", version(this.state, TESTING_VERSION));
		channels.set("nightly", nightly(this.state, NIGHTLY_VERSION));
		return FakeResponse.ok(versions);
	}

	private FakeResponse ipAddress(FakeRequest request) {
		// The fake listens on loopback only, so the caller is this machine, unless a proxy
		// in between says otherwise.
		String forwarded = request.header("X-Forwarded-For");
		String ip = (forwarded != null && !forwarded.isBlank()) ? forwarded.split(",")[0].trim() : "127.0.0.1";
		return FakeResponse.ok(this.state.object().put("ip", ip));
	}

	private FakeResponse jwk(FakeRequest request) {
		RSAPublicKey key = (RSAPublicKey) SigningKey.PAIR.getPublic();
		ObjectNode jwks = this.state.object();
		jwks.putArray("keys")
			.addObject()
			.put("kty", "RSA")
			.put("use", "sig")
			.put("alg", "RS256")
			.put("kid", KEY_ID)
			.put("n", BASE64URL.encodeToString(unsigned(key.getModulus().toByteArray())))
			.put("e", BASE64URL.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
		return FakeResponse.ok(jwks);
	}

	private FakeResponse refreshJwt(FakeRequest request) {
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String refreshToken = checks.requiredString(body, "refresh_token", 1, Integer.MAX_VALUE);
		checks.throwIfInvalid();
		JsonNode claims = verifiedClaims(this.state, refreshToken);
		if (claims == null || !"refresh".equals(claims.path("token_use").asString(""))
				|| claims.path("exp").asLong(0) <= this.state.now().getEpochSecond()) {
			throw FakeApiException.forbidden("The refresh token is invalid or has expired.");
		}
		String clusterId = claims.path("sub").asString("");
		this.state.cluster(clusterId);
		return FakeResponse.ok(clusterJwt(this.state, clusterId));
	}

	/**
	 * The claims of a token the fake signed, or {@code null} when it did not sign it. Its
	 * expiry and use are the caller's to check.
	 */
	static @Nullable JsonNode verifiedClaims(FakeState state, String token) {
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		try {
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(SigningKey.PAIR.getPublic());
			verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
				return null;
			}
			return state.json.readTree(Base64.getUrlDecoder().decode(parts[1]));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			// Not base64url or not JSON: not a token of the fake's.
			return null;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot verify with the fake's signing key", ex);
		}
	}

	private static String sign(FakeState state, ObjectNode claims) {
		ObjectNode header = state.object().put("alg", "RS256").put("typ", "JWT").put("kid", KEY_ID);
		String signed = BASE64URL.encodeToString(state.json.writeValueAsBytes(header)) + "."
				+ BASE64URL.encodeToString(state.json.writeValueAsBytes(claims));
		try {
			Signature signer = Signature.getInstance("SHA256withRSA");
			signer.initSign(SigningKey.PAIR.getPrivate());
			signer.update(signed.getBytes(StandardCharsets.US_ASCII));
			return signed + "." + BASE64URL.encodeToString(signer.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign with the fake's signing key", ex);
		}
	}

	/**
	 * A JWK integer is unsigned big-endian: without the sign byte {@code BigInteger} adds.
	 */
	private static byte[] unsigned(byte[] bytes) {
		if (bytes.length > 1 && bytes[0] == 0) {
			byte[] trimmed = new byte[bytes.length - 1];
			System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
			return trimmed;
		}
		return bytes;
	}

	/**
	 * The key the fake signs tokens with: made once per JVM, on first use, as making an RSA
	 * key takes long enough to be felt in every test that starts a fake.
	 */
	private static final class SigningKey {

		static final KeyPair PAIR = generate();

		private static KeyPair generate() {
			try {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				return generator.generateKeyPair();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot make the fake's signing key", ex);
			}
		}

	}

}
