package io.cratecloud.client;


/**
 * An API key and its secret, sent with every request as the user name and password of HTTP
 * Basic authentication. Generate them on the Account page of the CrateDB Cloud console. A
 * fixed key is its own {@link CrateCloudCredentialsProvider provider}:
 * <pre class="code">
 * CrateCloudClient.builder()
 *     .credentials(CrateCloudCredentials.of(System.getenv("CRATECLOUD_APIKEY"), System.getenv("CRATECLOUD_APISECRET")))
 *     .build();
 * </pre>
 * {@link #toString()} never shows the secret.
 *
 * @param apiKey the API key
 * @param apiSecret the API key's secret
 */
public record CrateCloudCredentials(String apiKey, String apiSecret) implements CrateCloudCredentialsProvider {

	/**
	 * Check that both parts are there.
	 * @param apiKey the API key
	 * @param apiSecret the API key's secret
	 * @throws IllegalArgumentException if either is {@code null} or blank
	 */
	public CrateCloudCredentials {
		Arguments.text(apiKey, "apiKey");
		Arguments.text(apiSecret, "apiSecret");
	}

	/**
	 * Credentials of an API key.
	 * @param apiKey the API key
	 * @param apiSecret the API key's secret
	 * @return the credentials
	 * @throws IllegalArgumentException if either is {@code null} or blank
	 */
	public static CrateCloudCredentials of(String apiKey, String apiSecret) {
		return new CrateCloudCredentials(apiKey, apiSecret);
	}

	/**
	 * These credentials, for every request.
	 * @return this
	 */
	@Override
	public CrateCloudCredentials getCredentials() {
		return this;
	}

	@Override
	public String toString() {
		return "CrateCloudCredentials[apiKey=" + this.apiKey + ", apiSecret=******]";
	}

}
