package io.cratecloud.client.clusters;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A CrateDB cluster. The password of its admin user is never returned.
 *
 * @param id the cluster's id
 * @param name the cluster's name
 * @param projectId the id of the project the cluster belongs to
 * @param subscriptionId the id of the subscription that pays for the cluster
 * @param crateVersion the CrateDB version the cluster runs, such as {@code 5.10.3}
 * @param channel the release channel of that version, such as {@code stable}
 * @param productName the product the cluster runs on, such as {@code cr1}
 * @param productTier the tier of that product, such as {@code default}
 * @param productUnit the product unit, which sets the number of nodes
 * @param numNodes the number of nodes
 * @param hardwareSpecs the hardware of each node
 * @param fqdn the cluster's fully qualified domain name, with its trailing dot
 * @param url the cluster's URL, {@code https://<fqdn without the dot>:4200}
 * @param externalIp the cluster's public IP address
 * @param username the name of the cluster's admin user
 * @param ipAllowlist the IP ranges allowed to connect; empty or absent allows every address
 * (the API's {@code ip_whitelist})
 * @param backupSchedule when backups are taken, as a cron expression
 * @param health the cluster's health as its region last reported it
 * @param lastAsyncOperation the cluster's last long-running change
 * @param suspended whether the cluster is suspended
 * @param allowSuspend whether the cluster may be suspended
 * @param allowCustomStorage whether the cluster's storage may be sized freely
 * @param deletionProtected whether the cluster is protected against deletion
 * @param gcAvailable whether Grand Central is available for the cluster
 * @param origin where the cluster was created from, such as {@code cloud}
 * @param dc when the cluster was created and last modified
 */
public record Cluster(@Nullable String id, String name, String projectId, @Nullable String subscriptionId,
		String crateVersion, @Nullable String channel, String productName, String productTier,
		@Nullable Integer productUnit, @Nullable Integer numNodes, @Nullable HardwareSpecs hardwareSpecs,
		@Nullable String fqdn, @Nullable String url, @Nullable String externalIp, String username,
		@JsonProperty("ip_whitelist") @Nullable List<IpAllowlistEntry> ipAllowlist, @Nullable String backupSchedule,
		@Nullable ClusterHealth health, @Nullable ClusterOperationSummary lastAsyncOperation,
		@Nullable Boolean suspended, @Nullable Boolean allowSuspend, @Nullable Boolean allowCustomStorage,
		@Nullable Boolean deletionProtected, @Nullable Boolean gcAvailable, @Nullable String origin,
		@Nullable DublinCore dc) {

	/**
	 * The cluster's host name: its {@link #fqdn() fully qualified domain name} without the
	 * trailing dot the API writes, as clients connect to it.
	 * @return the host name, or {@code null} if the cluster has no domain name yet
	 */
	public @Nullable String hostName() {
		if (this.fqdn == null || this.fqdn.isEmpty()) {
			return null;
		}
		return this.fqdn.endsWith(".") ? this.fqdn.substring(0, this.fqdn.length() - 1) : this.fqdn;
	}

}
