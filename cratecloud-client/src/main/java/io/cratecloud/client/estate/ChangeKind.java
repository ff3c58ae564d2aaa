package io.cratecloud.client.estate;

/**
 * What a planned change does, in the order a cluster's changes are carried out.
 */
public enum ChangeKind {

	/** Create a project: {@code POST /api/v2/projects/}. */
	CREATE_PROJECT("create"),

	/** Deploy a cluster: {@code POST /api/v2/organizations/{organization_id}/clusters/}. */
	CREATE_CLUSTER("create"),

	/**
	 * Move a project (and its clusters) to another region: the API cannot, so this change
	 * is always {@linkplain PlannedChange#isBlocked() blocked}.
	 */
	MOVE_REGION("move"),

	/** Resume a suspended cluster: {@code PUT /api/v2/clusters/{cluster_id}/suspend/}. */
	RESUME("resume"),

	/** Move the nodes to another product: {@code PUT /api/v2/clusters/{cluster_id}/product/}. */
	CHANGE_PRODUCT("change product"),

	/** Change the number of nodes: {@code PUT /api/v2/clusters/{cluster_id}/scale/}. */
	SCALE("scale"),

	/** Grow each node's disk: {@code PUT /api/v2/clusters/{cluster_id}/storage/}. */
	EXPAND_STORAGE("expand storage"),

	/** Upgrade CrateDB: {@code PUT /api/v2/clusters/{cluster_id}/upgrade/}. */
	UPGRADE("upgrade"),

	/** Replace the IP allowlist: {@code PUT /api/v2/clusters/{cluster_id}/ip-restrictions/}. */
	UPDATE_IP_ALLOWLIST("ip allowlist"),

	/** Change the backup hours: {@code PUT /api/v2/clusters/{cluster_id}/backup-schedule/}. */
	UPDATE_BACKUP_SCHEDULE("backup schedule"),

	/** Turn deletion protection on or off: {@code PUT /api/v2/clusters/{cluster_id}/deletion-protection/}. */
	UPDATE_DELETION_PROTECTION("deletion protection"),

	/** Suspend the cluster: {@code PUT /api/v2/clusters/{cluster_id}/suspend/}. */
	SUSPEND("suspend");

	private final String label;

	ChangeKind(String label) {
		this.label = label;
	}

	/**
	 * How a plan names the change to people.
	 * @return the label, such as {@code scale}
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the change creates a resource ({@code +} in a rendered plan) rather than
	 * changing one ({@code ~}).
	 * @return whether it creates
	 */
	public boolean isCreation() {
		return this == CREATE_PROJECT || this == CREATE_CLUSTER;
	}

}
