package io.cratecloud.test;

import java.security.SecureRandom;
import java.util.HexFormat;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current user's API keys: list, create, get, turn on or off, delete. Keys are kept in
 * {@link FakeState#apiKeys} ({@code ApiKey}, never with a secret) and their secrets in
 * {@link FakeState#apiKeySecrets}, where the server's credential check finds them: a created
 * key signs in at once, and stops signing in when turned off or deleted.
 * <p>
 * Creating answers 200 (api-notes.md) with the document's nested shape
 * ({@code NewApiKeyResponseSchema}: {@code {key: {...}, secret, success}}); that answer is the
 * only one that ever holds the secret. A key is never reported as used: {@code last_used} is
 * left out.
 */
final class UserApiKeysApi implements FakeApi {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FakeState state;

	UserApiKeysApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/users/me/api-keys/", this::list)
			.post("/api/v2/users/me/api-keys/", this::create)
			.get("/api/v2/users/me/api-keys/{api_key}/", this::get)
			.patch("/api/v2/users/me/api-keys/{api_key}/", this::update)
			.delete("/api/v2/users/me/api-keys/{api_key}/", this::delete);
	}

	private FakeResponse list(FakeRequest request) {
		ArrayNode keys = this.state.json.createArrayNode();
		this.state.apiKeys.values().forEach((key) -> keys.add(key.deepCopy()));
		return FakeResponse.ok(keys);
	}

	private FakeResponse get(FakeRequest request) {
		return FakeResponse.ok(FakeState.require(this.state.apiKeys, request.pathVariable("api_key")).deepCopy());
	}

	private FakeResponse create(FakeRequest request) {
		// The operation takes no body; one sent anyway is ignored, as the service does.
		String userId = this.state.currentUserId();
		String key = random(8);
		String secret = random(24);
		ObjectNode apiKey = this.state.object().put("key", key).put("active", true).put("user_id", userId);
		apiKey.set("dc", this.state.dc());
		this.state.apiKeys.put(key, apiKey);
		this.state.apiKeySecrets.put(key, secret);
		UsersApi.auditUser(this.state, userId, "apikey.create", this.state.object().put("key", key));
		// The service answers flat, as the official CLI reads it; the document nests the key
		// ({key: {...}, secret, success}), and clients accept both.
		ObjectNode answer = apiKey.deepCopy();
		answer.put("secret", secret);
		return FakeResponse.ok(answer);
	}

	private FakeResponse update(FakeRequest request) {
		ObjectNode apiKey = FakeState.require(this.state.apiKeys, request.pathVariable("api_key"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		Boolean active = body.has("active") ? checks.requiredBoolean(body, "active") : null;
		checks.throwIfInvalid();
		if (active != null && active != apiKey.get("active").asBoolean()) {
			apiKey.put("active", active);
			this.state.touch(apiKey);
			String key = apiKey.get("key").asString();
			UsersApi.auditUser(this.state, this.state.currentUserId(), "apikey.update",
					this.state.object().put("key", key).put("active", active));
		}
		return FakeResponse.ok(apiKey.deepCopy());
	}

	private FakeResponse delete(FakeRequest request) {
		String key = request.pathVariable("api_key");
		FakeState.require(this.state.apiKeys, key);
		this.state.apiKeys.remove(key);
		this.state.apiKeySecrets.remove(key);
		UsersApi.auditUser(this.state, this.state.currentUserId(), "apikey.delete", this.state.object().put("key", key));
		return FakeResponse.noContent();
	}

	private static String random(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
