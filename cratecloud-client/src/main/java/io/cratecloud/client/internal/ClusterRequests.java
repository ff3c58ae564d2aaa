package io.cratecloud.client.internal;

import java.util.List;

import io.cratecloud.client.clusters.IpAllowlistEntry;
import org.jspecify.annotations.Nullable;

/**
 * The small bodies of cluster changes, which no user builds.
 */
final class ClusterRequests {

	private ClusterRequests() {
	}

	record Scale(int productUnit) {
	}

	record Upgrade(String crateVersion) {
	}

	record Suspend(boolean suspended) {
	}

	record ProductChange(String productName) {
	}

	record StorageExpansion(@Nullable Long diskSizePerNodeBytes) {
	}

	record BackupSchedule(String backupHours) {
	}

	record IpRestrictions(List<IpAllowlistEntry> ipWhitelist) {
	}

	record DeletionProtection(boolean deletionProtected) {
	}

	record PasswordChange(String password) {

		@Override
		public String toString() {
			return "PasswordChange[password=******]";
		}

	}

	record SubscriptionTransfer(String oldSubscriptionId, String newSubscriptionId) {
	}

}
