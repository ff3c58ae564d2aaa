package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.users.ApiKey;
import io.cratecloud.client.users.ApiKeysClient;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The {@link ApiKeysClient} on the shared transport.
 */
final class DefaultApiKeysClient implements ApiKeysClient {

	private static final String API_KEYS = "/api/v2/users/me/api-keys/";

	private static final String API_KEY = "/api/v2/users/me/api-keys/{api_key}/";

	private static final ParameterizedTypeReference<List<ApiKey>> API_KEY_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	DefaultApiKeysClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<ApiKey> list() {
		return this.transport.get(API_KEYS).retrieve(API_KEY_LIST);
	}

	@Override
	public ApiKey get(String key) {
		return this.transport.get(API_KEY).pathVariable("api_key", key).retrieve(ApiKey.class);
	}

	@Override
	public ApiKey create() {
		ApiCall call = ApiCalls.of(HttpMethod.POST, API_KEYS);
		JsonNode answer = this.transport.post(API_KEYS).retrieve(JsonNode.class);
		// The document nests the key ({key: {...}, secret}); the service, as the official CLI
		// reads it, answers flat ({key, secret, user_id, active}).
		JsonNode fields = answer.path("key").isObject() ? answer.get("key") : answer;
		ApiKey key = this.transport.readTree(fields, ApiKey.class, call, 200);
		String secret = (key.secret() != null) ? key.secret() : answer.path("secret").stringValue(null);
		if (key.key() == null || secret == null) {
			// The body is left out of the message: it may hold half of the new credentials.
			throw new CrateCloudUnexpectedResponseException(call + " answered without the new key and its secret", call,
					200, null, null);
		}
		return new ApiKey(key.key(), secret, key.userId(), key.active(), key.lastUsed(), key.dc());
	}

	@Override
	public ApiKey update(String key, boolean active) {
		return this.transport.patch(API_KEY).pathVariable("api_key", key).body(new ApiKeyEdit(active))
			.retrieve(ApiKey.class);
	}

	@Override
	public void delete(String key) {
		this.transport.delete(API_KEY).pathVariable("api_key", key).execute();
	}

}
