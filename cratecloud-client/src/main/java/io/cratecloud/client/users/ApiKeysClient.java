package io.cratecloud.client.users;

import java.util.List;

/**
 * The current user's API keys. A key's secret is returned once, when the key is created; the
 * service deletes keys that go unused for 90 days. Get it from {@link UsersClient#apiKeys()}.
 */
public interface ApiKeysClient {

	/**
	 * The current user's API keys, without their secrets:
	 * {@code GET /api/v2/users/me/api-keys/}.
	 * @return the API keys
	 */
	List<ApiKey> list();

	/**
	 * One of the current user's API keys: {@code GET /api/v2/users/me/api-keys/{api_key}/}.
	 * @param key the key
	 * @return the API key, without its secret
	 */
	ApiKey get(String key);

	/**
	 * Create an API key for the current user: {@code POST /api/v2/users/me/api-keys/}. The
	 * answer is the only one that ever holds the key's secret.
	 * @return the new key, with its secret, which {@link ApiKey#toString()} never prints
	 */
	ApiKey create();

	/**
	 * Turn one of the current user's API keys on or off:
	 * {@code PATCH /api/v2/users/me/api-keys/{api_key}/}.
	 * @param key the key
	 * @param active whether the key may be used
	 * @return the API key as changed, without its secret
	 */
	ApiKey update(String key, boolean active);

	/**
	 * Delete one of the current user's API keys:
	 * {@code DELETE /api/v2/users/me/api-keys/{api_key}/}.
	 * @param key the key
	 */
	void delete(String key);

}
