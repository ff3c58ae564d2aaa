package io.cratecloud.autoconfigure;

/**
 * The cluster a property names ({@code cratecloud.datasource.cluster},
 * {@code cratecloud.sql.cluster}) cannot be used: there is no such cluster, its name is not
 * unique, it is still being created, or it did not become healthy in time. The message names
 * the cluster and what was seen; reported at start-up with the action that fixes it.
 */
public class ClusterNotUsableException extends RuntimeException {

	private final String action;

	/**
	 * Create a new instance.
	 * @param message what is wrong, naming the cluster and what was seen
	 * @param action how to fix it
	 * @param cause the cause, if any
	 */
	public ClusterNotUsableException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	/**
	 * Create a new instance.
	 * @param message what is wrong, naming the cluster and what was seen
	 * @param action how to fix it
	 */
	public ClusterNotUsableException(String message, String action) {
		super(message);
		this.action = action;
	}

	/**
	 * How to fix it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
