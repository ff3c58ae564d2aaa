package io.cratecloud.client.internal;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation.LowCardinalityKeyNames;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * The convention of the observations of requests to the clusters' SQL endpoints, named
 * {@value #NAME} (apart from {@code http.client.requests}, whose metrics keep one set of
 * keys): the HTTP keys, with the URI named by its template
 * ({@code {cluster_url}/_sql}), and the database's semantic keys {@code db.system}
 * ({@code cratedb}) and {@code db.operation} (the statement's first keyword, such as
 * {@code SELECT}). Neither the statement nor its values are recorded.
 */
public class ClusterSqlObservationConvention extends DefaultClientRequestObservationConvention {

	/** The observations' name. */
	public static final String NAME = "cratecloud.sql";

	/** The request attribute that holds the statement's operation. */
	static final String OPERATION_ATTRIBUTE = ClusterSqlObservationConvention.class.getName() + ".operation";

	private static final KeyValue URI_TEMPLATE = KeyValue.of(LowCardinalityKeyNames.URI, "{cluster_url}/_sql");

	private static final KeyValue DB_SYSTEM = KeyValue.of("db.system", "cratedb");

	private static final KeyValue NO_OPERATION = KeyValue.of("db.operation", KeyValue.NONE_VALUE);

	/**
	 * Create the convention, naming observations {@value #NAME}.
	 */
	public ClusterSqlObservationConvention() {
		super(NAME);
	}

	@Override
	public String getContextualName(ClientRequestObservationContext context) {
		return "cratedb " + operation(context).getValue();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context).and(DB_SYSTEM, operation(context));
	}

	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		return URI_TEMPLATE;
	}

	private static KeyValue operation(ClientRequestObservationContext context) {
		ClientHttpRequest request = context.getCarrier();
		Object operation = (request != null) ? request.getAttributes().get(OPERATION_ATTRIBUTE) : null;
		return (operation instanceof String name) ? KeyValue.of("db.operation", name) : NO_OPERATION;
	}

}
