package io.cratecloud.client.clusters;

/**
 * Whether a name can be given to a new cluster.
 */
public enum ClusterNameAvailability {

	/**
	 * No cluster has the name: it can be used.
	 */
	AVAILABLE,

	/**
	 * A cluster has the name already.
	 */
	TAKEN,

	/**
	 * The name is not URL-safe and can never be used.
	 */
	INVALID

}
