package io.cratecloud.client;

/**
 * Where the client takes its API key and secret from. Asked before every request, so that a
 * key can be rotated while the application runs (CrateDB Cloud recommends rotating keys
 * regularly, and deletes keys that go unused for 90 days): return the new credentials and the
 * next request uses them. Called from any thread that makes a request, so it must be
 * thread-safe and fast; keep what it reads in memory.
 * <p>
 * {@link CrateCloudCredentials} is a provider of itself, for a key that never changes. In a
 * Spring Boot application the starter's provider follows {@code cratecloud.api-key} and
 * {@code cratecloud.api-secret} as the environment changes; declare a bean of this type to
 * read them from elsewhere.
 */
@FunctionalInterface
public interface CrateCloudCredentialsProvider {

	/**
	 * The credentials to send with the next request.
	 * @return the credentials, never {@code null}
	 */
	CrateCloudCredentials getCredentials();

}
