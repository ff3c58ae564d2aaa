package io.cratecloud.test;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration the way Spring Boot reads one in properties: {@code 250ms}, {@code 2s},
 * {@code 1m}, {@code 1h}, {@code 1d}, a number of milliseconds, or ISO-8601.
 */
final class FakeDurations {

	private static final Pattern SIMPLE_DURATION = Pattern.compile("^(\\d+)(ms|s|m|h|d)?$");

	private FakeDurations() {
	}

	/**
	 * Parses a duration that must not be negative.
	 * @param value the text
	 * @param what what the text is, for the message of a failure
	 * @return the duration
	 * @throws IllegalArgumentException naming {@code what} and the forms understood
	 */
	static Duration parse(String value, String what) {
		String trimmed = value.trim().toLowerCase(Locale.ROOT);
		Matcher simple = SIMPLE_DURATION.matcher(trimmed);
		if (simple.matches()) {
			long amount = Long.parseLong(simple.group(1));
			String unit = (simple.group(2) != null) ? simple.group(2) : "ms";
			return switch (unit) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				case "d" -> Duration.ofDays(amount);
				default -> Duration.ofMillis(amount);
			};
		}
		try {
			Duration parsed = Duration.parse(value.trim());
			if (!parsed.isNegative()) {
				return parsed;
			}
		}
		catch (DateTimeParseException ex) {
			// Reported below, with the forms that are understood.
		}
		throw new IllegalArgumentException(
				what + " is not a duration; write it as 250ms, 2s, 1m or in ISO-8601 (PT0.25S)");
	}

}
