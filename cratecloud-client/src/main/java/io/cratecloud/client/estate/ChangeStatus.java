package io.cratecloud.client.estate;

/**
 * What became of a planned change in an apply.
 */
public enum ChangeStatus {

	/** Sent and, for a long-running change, awaited until it succeeded. */
	APPLIED,

	/**
	 * Already being made by an operation that ran when the apply started (one a crashed or
	 * timed-out apply sent): awaited, never sent again.
	 */
	JOINED,

	/** No longer needed when its turn came: the cluster already matched. */
	NOT_NEEDED,

	/** Sent, and refused or failed; the service's reason is in the outcome. */
	FAILED,

	/** Not sent: an earlier change of the same cluster or project failed, or the time ran out. */
	SKIPPED,

	/** Not sent: the API cannot make it. */
	BLOCKED

}
