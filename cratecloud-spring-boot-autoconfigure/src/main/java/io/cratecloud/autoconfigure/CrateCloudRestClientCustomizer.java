package io.cratecloud.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} of the CrateDB Cloud client only, after Boot's
 * own {@code RestClientCustomizer}s have been applied to it. Declare beans of this type to
 * add interceptors, request initializers or an observation convention to the client's
 * requests without touching the application's other clients. The request factory is not
 * theirs to set: it comes from Boot's {@code ClientHttpRequestFactoryBuilder} and
 * {@code spring.http.clients.*}, so that the client can enforce each call's deadline on it.
 */
@FunctionalInterface
public interface CrateCloudRestClientCustomizer {

	/**
	 * Customize the builder.
	 * @param restClientBuilder the builder of the CrateDB Cloud client
	 */
	void customize(RestClient.Builder restClientBuilder);

}
