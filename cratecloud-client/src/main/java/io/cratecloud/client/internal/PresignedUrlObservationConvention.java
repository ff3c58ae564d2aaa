package io.cratecloud.client.internal;

import io.micrometer.common.KeyValue;

import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation.HighCardinalityKeyNames;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation.LowCardinalityKeyNames;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code http.client.requests} convention of requests to pre-signed URLs, such as file
 * uploads: their {@code uri} is {@code {upload_url}}, and their {@code http.url} has no query,
 * since the query of a pre-signed URL holds its signature, which is as good as a credential
 * until it expires and must not reach a tracing backend.
 */
public class PresignedUrlObservationConvention extends DefaultClientRequestObservationConvention {

	private static final KeyValue URI_PRESIGNED = KeyValue.of(LowCardinalityKeyNames.URI, "{upload_url}");

	/**
	 * Create a convention with the default name, {@code http.client.requests}.
	 */
	public PresignedUrlObservationConvention() {
	}

	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		return URI_PRESIGNED;
	}

	@Override
	protected KeyValue requestUri(ClientRequestObservationContext context) {
		ClientHttpRequest request = context.getCarrier();
		if (request == null) {
			return super.requestUri(context);
		}
		String withoutSecrets = UriComponentsBuilder.fromUri(request.getURI())
			.userInfo(null)
			.replaceQuery(null)
			.fragment(null)
			.build(true)
			.toUriString();
		return KeyValue.of(HighCardinalityKeyNames.HTTP_URL, withoutSecrets);
	}

}
