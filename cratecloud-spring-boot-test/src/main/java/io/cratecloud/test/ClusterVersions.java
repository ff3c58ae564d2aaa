package io.cratecloud.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CrateDB versions clusters can run and be upgraded to, per release channel, and which
 * upgrades are direct: to a newer version of the same or the next minor release, or from the
 * last minor release of a major one to the first minor release of the next.
 */
final class ClusterVersions {

	/** The date of the fake's nightly build. */
	static final String NIGHTLY_DATE = "2026-07-09-00-02";

	/** The versions of each channel, oldest first. */
	static final Map<String, List<String>> CHANNELS;

	static {
		Map<String, List<String>> channels = new LinkedHashMap<>();
		channels.put("stable", List.of("5.8.6", "5.9.12", "5.10.3", "5.10.4", "5.10.6", "6.0.2"));
		channels.put("testing", List.of("5.10.7", "6.0.3"));
		channels.put("nightly", List.of("6.1.0"));
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
				ObjectNode described = describe(state, newest);
				if (channel.equals("nightly")) {
					described.put("date", NIGHTLY_DATE);
				}
				channels.set(channel, described);
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

	private static ObjectNode describe(FakeState state, String version) {
		int[] parts = parse(version);
		return state.object()
			.put("version", version)
			.put("major", parts[0])
			.put("minor", parts[1])
			.put("hotfix", parts[2]);
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
