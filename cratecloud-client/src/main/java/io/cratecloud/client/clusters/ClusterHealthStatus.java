package io.cratecloud.client.clusters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The health of a cluster as its region last reported it, such as {@code GREEN}. The
 * constants name the values the API documents; any other value the service sends is kept
 * as it is.
 *
 * @param value the status as the API writes it
 */
public record ClusterHealthStatus(@JsonValue String value) {

	/** Every table is fully replicated and available. */
	public static final ClusterHealthStatus GREEN = new ClusterHealthStatus("GREEN");

	/** Some replicas are missing, but every primary is available. */
	public static final ClusterHealthStatus YELLOW = new ClusterHealthStatus("YELLOW");

	/** Some data is not available. */
	public static final ClusterHealthStatus RED = new ClusterHealthStatus("RED");

	/** The region could not tell the cluster's health. */
	public static final ClusterHealthStatus UNKNOWN = new ClusterHealthStatus("UNKNOWN");

	/** The region cannot reach the cluster, as right after it was deployed. */
	public static final ClusterHealthStatus UNREACHABLE = new ClusterHealthStatus("UNREACHABLE");

	/** The cluster is suspended. */
	public static final ClusterHealthStatus SUSPENDED = new ClusterHealthStatus("SUSPENDED");

	/**
	 * Create a health status.
	 * @param value the status as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ClusterHealthStatus {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
