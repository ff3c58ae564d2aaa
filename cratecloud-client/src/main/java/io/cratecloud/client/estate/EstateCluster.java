package io.cratecloud.client.estate;

import java.util.List;

import io.cratecloud.client.clusters.IpAllowlistEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * A cluster as declared, matched by its name within its project. Every attribute left
 * {@code null} is not managed: the plan neither compares nor changes it.
 *
 * @param name the cluster's name, which is also the first label of its host name
 * @param productTier the product's tier, such as {@code default}
 * @param productName the product, such as {@code cr1}
 * @param nodes how many nodes (the API's product unit plus one)
 * @param crateVersion the CrateDB version, such as {@code 5.10.4}; needed to create the
 * cluster
 * @param storage the disk size of each node
 * @param ipAllowlist the address ranges allowed to connect; empty allows every address
 * @param backupHours the hours of the day (UTC) to take backups at, such as {@code 2,14}
 * @param deletionProtected whether the cluster is protected against deletion
 * @param suspended whether the cluster is suspended
 * @param username the admin user's name, used when the cluster is created
 * @param passwordFrom the reference (environment variable or property) that holds the admin
 * user's password, used when the cluster is created
 */
public record EstateCluster(String name, String productTier, String productName, int nodes,
		@Nullable String crateVersion, @Nullable DataSize storage, @Nullable List<IpAllowlistEntry> ipAllowlist,
		@Nullable String backupHours, @Nullable Boolean deletionProtected, @Nullable Boolean suspended,
		String username, @Nullable String passwordFrom) {

	/** The admin user a cluster is created with unless the declaration names another. */
	public static final String DEFAULT_USERNAME = "admin";

	/** The product tier unless the declaration names another. */
	public static final String DEFAULT_TIER = "default";

	/**
	 * The product unit the API uses for {@link #nodes()}.
	 * @return the number of nodes minus one
	 */
	public int productUnit() {
		return this.nodes - 1;
	}

}
