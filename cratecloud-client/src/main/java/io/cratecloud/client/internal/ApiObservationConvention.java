package io.cratecloud.client.internal;

import io.micrometer.common.KeyValue;

import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation.LowCardinalityKeyNames;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * The convention of the {@code http.client.requests} observations of the API's requests:
 * Spring's, with the URI named by the OpenAPI document's template, which the transport puts
 * in the request's attributes since it sends URIs it expanded itself.
 */
public class ApiObservationConvention extends DefaultClientRequestObservationConvention {

	/** The request attribute that holds the template of the request's URI. */
	static final String URI_TEMPLATE_ATTRIBUTE = ApiObservationConvention.class.getName() + ".uriTemplate";

	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		ClientHttpRequest request = context.getCarrier();
		Object template = (request != null) ? request.getAttributes().get(URI_TEMPLATE_ATTRIBUTE) : null;
		return (template instanceof String path) ? KeyValue.of(LowCardinalityKeyNames.URI, path) : super.uri(context);
	}

}
