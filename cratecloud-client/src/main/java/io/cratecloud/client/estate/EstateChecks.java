package io.cratecloud.client.estate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import org.jspecify.annotations.Nullable;

/**
 * What can be checked in a declaration without asking the service, and the comparisons the
 * plan makes on values the API spells in more than one way (backup hours, versions, CIDRs).
 */
final class EstateChecks {

	private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{1,61}[a-z0-9])$");

	private static final Pattern VERSION = Pattern.compile("^\\d+(\\.\\d+){0,3}([-+.][0-9A-Za-z.-]+)?$");

	private static final Pattern HOURS = Pattern.compile("^\\d{1,2}(,\\d{1,2})*$");

	private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");

	private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]+$");

	/**
	 * A daily cron schedule, as the service keeps a backup schedule: any minute, an hour field,
	 * every day of every month.
	 */
	private static final Pattern DAILY_CRON = Pattern.compile("^\\d{1,2}\\s+(\\S+)\\s+\\*\\s+\\*\\s+\\*$");

	private static final Pattern VERSION_CORE = Pattern.compile("^(?:nightly-)?(\\d+(?:\\.\\d+)*)(.*)$");

	private EstateChecks() {
	}

	static List<EstateProblem> declaration(Estate estate) {
		List<EstateProblem> problems = new ArrayList<>();
		if (!Arguments.UUID.matcher(estate.organizationId()).matches()) {
			problems.add(new EstateProblem(estate.source() + ".organization",
					"'" + estate.organizationId() + "' is not an organization id (a UUID)"));
		}
		Map<String, Integer> projects = new HashMap<>();
		for (int p = 0; p < estate.projects().size(); p++) {
			EstateProject project = estate.projects().get(p);
			String name = project.name();
			if (name == null || name.isBlank() || !Arguments.WORDS.matcher(name).matches()) {
				problems.add(new EstateProblem(estate.path(p, "name"), "'" + name
						+ "' is not a project name: letters, digits, '_', '-' and spaces, starting with a letter, digit or '_'"));
			}
			else if (projects.putIfAbsent(name, p) != null) {
				problems.add(new EstateProblem(estate.path(p, "name"), "project '" + name + "' is declared twice, also at "
						+ estate.path(projects.get(name), null) + "; projects are matched by name"));
			}
			if (project.region() != null && project.region().isBlank()) {
				problems.add(new EstateProblem(estate.path(p, "region"), "is blank: name a region or leave it out"));
			}
			Map<String, Integer> clusters = new HashMap<>();
			for (int c = 0; c < project.clusters().size(); c++) {
				cluster(estate, p, c, project.clusters().get(c), clusters, problems);
			}
		}
		return problems;
	}

	private static void cluster(Estate estate, int p, int c, EstateCluster cluster, Map<String, Integer> names,
			List<EstateProblem> problems) {
		String name = cluster.name();
		if (name == null || !DNS_LABEL.matcher(name).matches()) {
			problems.add(new EstateProblem(estate.path(p, c, "name"), "'" + name
					+ "' is not a cluster name: 3 to 63 lower-case letters, digits and '-', starting and ending with a letter or digit (it becomes the cluster's host name)"));
		}
		else if (names.putIfAbsent(name, c) != null) {
			problems.add(new EstateProblem(estate.path(p, c, "name"), "cluster '" + name
					+ "' is declared twice in its project, also at " + estate.path(p, names.get(name), null)
					+ "; clusters are matched by name within their project"));
		}
		if (cluster.productName() == null || cluster.productName().isBlank()) {
			problems.add(new EstateProblem(estate.path(p, c, "product"), "is missing: name the product, such as cr1"));
		}
		else if (!Arguments.WORDS_AND_DOTS.matcher(cluster.productName()).matches()) {
			problems.add(new EstateProblem(estate.path(p, c, "product"), "'" + cluster.productName() + "' is not a product name"));
		}
		if (cluster.productTier() == null || !Arguments.WORDS.matcher(cluster.productTier()).matches()) {
			problems.add(new EstateProblem(estate.path(p, c, "tier"), "'" + cluster.productTier() + "' is not a product tier"));
		}
		if (cluster.nodes() < 1) {
			problems.add(new EstateProblem(estate.path(p, c, "nodes"), "must be at least 1, was " + cluster.nodes()));
		}
		if (cluster.crateVersion() != null && !VERSION.matcher(cluster.crateVersion()).matches()) {
			problems.add(new EstateProblem(estate.path(p, c, "crate-version"),
					"'" + cluster.crateVersion() + "' is not a CrateDB version, such as 5.10.4"));
		}
		if (cluster.storage() != null && cluster.storage().toBytes() <= 0) {
			problems.add(new EstateProblem(estate.path(p, c, "storage"), "must be more than 0 bytes"));
		}
		List<IpAllowlistEntry> allowlist = cluster.ipAllowlist();
		if (allowlist != null) {
			Map<String, Integer> cidrs = new HashMap<>();
			for (int i = 0; i < allowlist.size(); i++) {
				IpAllowlistEntry entry = allowlist.get(i);
				String path = estate.path(p, c, "ip-allowlist[" + i + "]");
				if (entry == null || !isCidr(entry.cidr())) {
					problems.add(new EstateProblem(path + ".cidr", "'" + ((entry != null) ? entry.cidr() : null)
							+ "' is not an IP address or CIDR range, such as 10.0.0.0/8 or 2001:db8::/32"));
					continue;
				}
				if (cidrs.putIfAbsent(entry.cidr(), i) != null) {
					problems.add(new EstateProblem(path + ".cidr", "'" + entry.cidr() + "' is listed twice, also at ip-allowlist["
							+ cidrs.get(entry.cidr()) + "]"));
				}
				if (entry.description() != null && entry.description().length() > 512) {
					problems.add(new EstateProblem(path + ".description", "must be at most 512 characters"));
				}
			}
		}
		if (cluster.backupHours() != null && hours(cluster.backupHours()) == null) {
			problems.add(new EstateProblem(estate.path(p, c, "backup-hours"), "'" + cluster.backupHours()
					+ "' is not hours of the day: 0 to 23, each once, separated by commas, such as 2,14"));
		}
		if (cluster.username() == null || cluster.username().isBlank()) {
			problems.add(new EstateProblem(estate.path(p, c, "username"), "is blank: name the admin user or leave it out"));
		}
		if (cluster.passwordFrom() == null || cluster.passwordFrom().isBlank()) {
			problems.add(new EstateProblem(estate.path(p, c, "password-from"),
					"is missing: name the environment variable or property that holds the admin password (the password itself is never declared)"));
		}
	}

	/**
	 * The hours of a backup schedule declared as {@code 2,14}, or {@code null} if it is not
	 * one.
	 */
	static @Nullable TreeSet<Integer> hours(@Nullable String hours) {
		if (hours == null || !HOURS.matcher(hours).matches()) {
			return null;
		}
		TreeSet<Integer> set = new TreeSet<>();
		for (String hour : hours.split(",")) {
			int value = Integer.parseInt(hour);
			if (value > 23 || !set.add(value)) {
				return null;
			}
		}
		return set;
	}

	/**
	 * The hours of the service's backup schedule ({@code 0 2,14 * * *}), or {@code null} if
	 * it is not a daily schedule of whole hours.
	 */
	static @Nullable TreeSet<Integer> hoursOfSchedule(@Nullable String schedule) {
		if (schedule == null) {
			return null;
		}
		Matcher matcher = DAILY_CRON.matcher(schedule.trim());
		if (!matcher.matches()) {
			return null;
		}
		// The hours a backup runs at are what is declared; the minute is the service's choice.
		TreeSet<Integer> hours = new TreeSet<>();
		for (String item : matcher.group(1).split(",")) {
			if (!addHours(item, hours)) {
				return null;
			}
		}
		return hours;
	}

	/**
	 * Adds the hours of one item of a cron hour field: {@code 14}, {@code *}, {@code *}{@code /6},
	 * {@code 2-5} or {@code 2-10/4}.
	 */
	private static boolean addHours(String item, TreeSet<Integer> hours) {
		String range = item;
		int step = 1;
		int slash = item.indexOf('/');
		if (slash >= 0) {
			range = item.substring(0, slash);
			Integer parsed = hour(item.substring(slash + 1));
			if (parsed == null || parsed == 0) {
				return false;
			}
			step = parsed;
		}
		int from;
		int to;
		if (range.equals("*")) {
			from = 0;
			to = 23;
		}
		else if (range.contains("-")) {
			Integer start = hour(range.substring(0, range.indexOf('-')));
			Integer end = hour(range.substring(range.indexOf('-') + 1));
			if (start == null || end == null || start > end) {
				return false;
			}
			from = start;
			to = end;
		}
		else {
			Integer single = hour(range);
			if (single == null) {
				return false;
			}
			from = single;
			to = (slash >= 0) ? 23 : single;
		}
		for (int hour = from; hour <= to; hour += step) {
			hours.add(hour);
		}
		return true;
	}

	private static @Nullable Integer hour(String text) {
		if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
			return null;
		}
		int hour = Integer.parseInt(text);
		return (hour <= 23) ? hour : null;
	}

	static String hoursText(TreeSet<Integer> hours) {
		StringBuilder text = new StringBuilder();
		for (Integer hour : hours) {
			text.append((text.length() > 0) ? "," : "").append(hour);
		}
		return text.toString();
	}

	static boolean isCidr(@Nullable String cidr) {
		if (cidr == null || cidr.isEmpty() || cidr.length() > 64) {
			return false;
		}
		int slash = cidr.indexOf('/');
		String address = (slash >= 0) ? cidr.substring(0, slash) : cidr;
		Integer prefix = null;
		if (slash >= 0) {
			String digits = cidr.substring(slash + 1);
			if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
				return false;
			}
			prefix = Integer.parseInt(digits);
		}
		Matcher v4 = IPV4.matcher(address);
		if (v4.matches()) {
			for (int i = 1; i <= 4; i++) {
				if (Integer.parseInt(v4.group(i)) > 255) {
					return false;
				}
			}
			return prefix == null || prefix <= 32;
		}
		if (!address.contains(":") || !IPV6.matcher(address).matches()) {
			return false;
		}
		try {
			// A text with ':' is only ever read as an IPv6 literal: no name is looked up.
			InetAddress.getByName("[" + address + "]");
		}
		catch (UnknownHostException | RuntimeException ex) {
			return false;
		}
		return prefix == null || prefix <= 128;
	}

	/**
	 * Compares CrateDB versions by their numeric core, part by part ({@code 5.10} equals
	 * {@code 5.10.0}); with equal cores a release ranks above a version with a suffix
	 * ({@code 5.10.4} above {@code 5.10.4-rc1}), and suffixes compare as text. A
	 * {@code nightly-} prefix is ignored.
	 */
	static int compareVersions(String left, String right) {
		Matcher a = VERSION_CORE.matcher(left);
		Matcher b = VERSION_CORE.matcher(right);
		if (!a.matches() || !b.matches()) {
			return left.compareTo(right);
		}
		String[] x = a.group(1).split("\\.");
		String[] y = b.group(1).split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			long xi = (i < x.length && isNumber(x[i])) ? Long.parseLong(x[i]) : 0;
			long yi = (i < y.length && isNumber(y[i])) ? Long.parseLong(y[i]) : 0;
			if (xi != yi) {
				return Long.compare(xi, yi);
			}
		}
		String xs = a.group(2);
		String ys = b.group(2);
		if (xs.isEmpty() || ys.isEmpty()) {
			return Boolean.compare(xs.isEmpty(), ys.isEmpty());
		}
		return xs.compareTo(ys);
	}

	private static boolean isNumber(String part) {
		return !part.isEmpty() && part.length() < 18 && part.chars().allMatch(Character::isDigit);
	}

	static boolean sameAllowlist(List<IpAllowlistEntry> declared, @Nullable List<IpAllowlistEntry> actual) {
		List<IpAllowlistEntry> current = (actual != null) ? actual : List.of();
		if (declared.size() != current.size()) {
			return false;
		}
		Map<String, @Nullable String> byCidr = new HashMap<>();
		for (IpAllowlistEntry entry : current) {
			byCidr.put(entry.cidr(), blankToNull(entry.description()));
		}
		for (IpAllowlistEntry entry : declared) {
			if (!byCidr.containsKey(entry.cidr())
					|| !Objects.equals(byCidr.get(entry.cidr()), blankToNull(entry.description()))) {
				return false;
			}
		}
		return true;
	}

	static String allowlistText(@Nullable List<IpAllowlistEntry> allowlist) {
		if (allowlist == null || allowlist.isEmpty()) {
			return "[] (every address)";
		}
		StringBuilder text = new StringBuilder("[");
		for (IpAllowlistEntry entry : allowlist) {
			text.append((text.length() > 1) ? ", " : "").append(entry.cidr());
			if (blankToNull(entry.description()) != null) {
				text.append(" (").append(entry.description()).append(')');
			}
		}
		return text.append(']').toString();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
