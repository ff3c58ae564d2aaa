package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the CrateDB Cloud API is and the credentials to call it with, as Spring Boot's
 * {@link ConnectionDetails}: by default from the {@code cratecloud.*} properties. Declare a
 * bean of this type to take them from elsewhere (a vault, a secrets manager); test support
 * such as the fake CrateDB Cloud registers its own.
 * <p>
 * The credentials are asked for before every request, so that credentials that change (a
 * rotated key) take effect from the next request on.
 */
public interface CrateCloudConnectionDetails extends ConnectionDetails {

	/**
	 * The base URL of the API.
	 * @return the base URL, {@value CrateCloudClient#DEFAULT_BASE_URL} unless it is another
	 */
	default String getBaseUrl() {
		return CrateCloudClient.DEFAULT_BASE_URL;
	}

	/**
	 * The API key and secret to send with the next request.
	 * @return the credentials
	 */
	CrateCloudCredentials getCredentials();

}
