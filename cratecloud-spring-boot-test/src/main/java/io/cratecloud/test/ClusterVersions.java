package io.cratecloud.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CrateDB versions clusters can be upgraded to, per release channel, from the versions
 * {@link MetadataApi} publishes, and which upgrades are direct: to a newer version of the
 * same or the next minor release, or from the last minor release of a major one to the first
 * minor release of the next.
 */
final class ClusterVersions {

	/** The versions of each channel, oldest first. */
	static final Map<String, List<String>> CHANNELS;

	static {
		Map<String, List<String>> channels = new LinkedHashMap<>();
		channels.put("stable", MetadataApi.CRATEDB_VERSIONS);
		channels.put("testing", List.of(MetadataApi.TESTING_VERSION));
		channels.put("nightly", List.of(MetadataApi.NIGHTLY_VERSION));
		CHANNELS = channels;
	}

	private ClusterVersions() {
	}

	/**
	 * The newest direct upgrade on each channel ({@code CrateDBVersions}); a channel without
	 * one is left out.
	 */
	static ObjectNode availableUpgrades(FakeState state, String current) {
		ObjectNode channels = state.object();
		CHANNELS.forEach((channel, versions) -> {
			String newest = null;
			for (String version : versions) {
				if (isDirectUpgrade(current, version)) {
					newest = version;
				}
			}
			if (newest != null) {
				channels.set(channel, channel.equals("nightly") ? MetadataApi.nightly(state, newest)
						: MetadataApi.version(state, newest));
			}
		});
		ObjectNode versions = state.object();
		versions.set("crate_versions", channels);
		return versions;
	}
	/**
	 * The channel a cluster can be upgraded to a version on, or {@code null} when the upgrade
	 * is not a direct one to a version the fake knows.
	 */
	static @Nullable String channelOfUpgrade(String current, String target) {
		for (Map.Entry<String, List<String>> channel : CHANNELS.entrySet()) {
			if (channel.getValue().contains(target) && isDirectUpgrade(current, target)) {
				return channel.getKey();
			}
		}
		return null;
	}

	static boolean isDirectUpgrade(String current, String target) {
		int[] from = parse(current);
		int[] to = parse(target);
		if (from == null || to == null || compare(to, from) <= 0) {
			return false;
		}
		// A new major release is reached from the last minor release of the one before.
		return (to[0] == from[0] && to[1] <= from[1] + 1)
				|| (to[0] == from[0] + 1 && to[1] == 0 && from[1] == lastMinor(from[0]));
	}

	private static int lastMinor(int major) {
		int last = -1;
		for (List<String> versions : CHANNELS.values()) {
			for (String version : versions) {
				int[] parts = parse(version);
				if (parts != null && parts[0] == major) {
					last = Math.max(last, parts[1]);
				}
			}
		}
		return last;
	}

	private static int @Nullable [] parse(String version) {
		String[] parts = version.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		List<Integer> numbers = new ArrayList<>();
		for (String part : parts) {
			try {
				numbers.add(Integer.parseInt(part));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return new int[] { numbers.get(0), numbers.get(1), numbers.get(2) };
	}

	private static int compare(int[] left, int[] right) {
		for (int i = 0; i < 3; i++) {
			if (left[i] != right[i]) {
				return Integer.compare(left[i], right[i]);
			}
		}
		return 0;
	}

}
