package io.cratecloud.client;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one place where arguments are checked, before anything is sent: the rules the API's
 * fields follow, as the OpenAPI document states them. Each failure is an
 * {@link IllegalArgumentException} whose message names the parameter (as the API spells it
 * where it is one of its fields), so a bad argument never costs a request; {@code null} where
 * a value is required fails the same way everywhere.
 * <p>
 * Public so that the request records of every package check their fields by the same rules
 * as the resource clients; applications rarely need it.
 */
public final class Arguments {

	/** The document's pattern for UUID ids. */
	public static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	/**
	 * The document's pattern for names made of words: a word character, then word
	 * characters, hyphens and spaces. Read as JSON Schema reads it (ECMA 262): {@code \w} is
	 * ASCII only.
	 */
	public static final Pattern WORDS = Pattern.compile("^\\w[\\w\\- ]*$");

	/** {@link #WORDS} with dots too, as product names and AWS regions allow. */
	public static final Pattern WORDS_AND_DOTS = Pattern.compile("^\\w[\\w\\-. ]*$");

	private static final String WORDS_RULE = "letters, digits, underscores, hyphens and spaces, "
			+ "starting with a letter, digit or underscore";

	private static final String WORDS_AND_DOTS_RULE = "letters, digits, underscores, hyphens, dots and spaces, "
			+ "starting with a letter, digit or underscore";

	/** A DNS label (RFC 1123): ASCII letters, digits and hyphens, no hyphen at either end. */
	private static final Pattern DNS_LABEL = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

	private Arguments() {
	}

	/**
	 * Require a value.
	 * @param <T> the value's type
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null}
	 */
	public static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " is required");
		}
		return value;
	}

	/**
	 * Require text that is not blank.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null} or blank
	 */
	public static String text(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		return value;
	}

	/**
	 * Require text within the document's length bounds.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @param minLength the shortest length allowed
	 * @param maxLength the longest length allowed
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null} or its length is out of
	 * bounds
	 */
	public static String length(@Nullable String value, String field, int minLength, int maxLength) {
		required(value, field);
		if (value.length() < minLength || value.length() > maxLength) {
			throw new IllegalArgumentException(field + " must be " + minLength + " to " + maxLength
					+ " characters long, not " + value.length());
		}
		return value;
	}

	/**
	 * Require text that matches the document's pattern.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @param pattern the pattern
	 * @param description what the pattern allows, in words, for the message
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null} or does not match
	 */
	public static String matches(@Nullable String value, String field, Pattern pattern, String description) {
		required(value, field);
		if (!pattern.matcher(value).find()) {
			throw new IllegalArgumentException(field + " must be " + description + ", not '" + value + "'");
		}
		return value;
	}

	/**
	 * Require a name of {@link #WORDS}, 1 to 512 characters, as the document has them for
	 * projects, subscription types, region providers and product tiers.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null}, too long or breaks the
	 * pattern
	 */
	public static String words(@Nullable String value, String field) {
		length(value, field, 1, 512);
		return matches(value, field, WORDS, WORDS_RULE);
	}

	/**
	 * Require a name of {@link #WORDS_AND_DOTS}, 1 to 512 characters, as the document has
	 * them for product names and AWS regions.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null}, too long or breaks the
	 * pattern
	 */
	public static String wordsAndDots(@Nullable String value, String field) {
		length(value, field, 1, 512);
		return matches(value, field, WORDS_AND_DOTS, WORDS_AND_DOTS_RULE);
	}

	/**
	 * Require a UUID id, as the document writes them.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @return the value
	 * @throws IllegalArgumentException if the value is not a lower-case UUID
	 */
	public static String uuid(@Nullable String value, String field) {
		return matches(value, field, UUID, "a lower-case UUID");
	}

	/**
	 * Require an e-mail address: something, an {@code @}, something, and no spaces. The
	 * service checks the rest.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @return the value
	 * @throws IllegalArgumentException if the value is not an e-mail address
	 */
	public static String email(@Nullable String value, String field) {
		return matches(value, field, EMAIL, "an e-mail address");
	}

	/** The longest id or name a path segment may hold. */
	static final int MAX_PATH_SEGMENT_LENGTH = 255;

	/**
	 * Require a value that can stand in a path segment as it is: an id, a key, a name or an
	 * e-mail address, never something that could change the path or the request. Values are
	 * encoded too; this check makes sure no mistaken or hostile value is sent at all.
	 * @param value the value
	 * @param field the path variable's name, as the API spells it
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null}, blank, {@code .} or
	 * {@code ..}, longer than 255 characters, or holds {@code /}, {@code ?}, {@code #},
	 * {@code %}, a control character, white space or a character outside ASCII
	 */
	public static String pathSegment(@Nullable String value, String field) {
		text(value, field);
		if (value.equals(".") || value.equals("..")) {
			throw new IllegalArgumentException(field + " must not be '" + value + "'");
		}
		if (value.length() > MAX_PATH_SEGMENT_LENGTH) {
			throw new IllegalArgumentException(
					field + " must be at most " + MAX_PATH_SEGMENT_LENGTH + " characters long, not " + value.length());
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c <= ' ' || c >= 0x7f || c == '/' || c == '?' || c == '#' || c == '%') {
				throw new IllegalArgumentException(field + " must not hold " + describe(c)
						+ " (at index " + i + "): it is an id or name, not a part of a path");
			}
		}
		return value;
	}

	/**
	 * Require text that can be sent as a header's value as it is: printable ASCII only, so
	 * that no line break can start another header and no character is sent changed.
	 * @param value the value
	 * @param field the setting's name
	 * @return the value
	 * @throws IllegalArgumentException if the value is blank, longer than 255 characters or
	 * holds a character outside printable ASCII
	 */
	public static String headerValue(@Nullable String value, String field) {
		text(value, field);
		if (value.length() > MAX_PATH_SEGMENT_LENGTH) {
			throw new IllegalArgumentException(field + " must be at most " + MAX_PATH_SEGMENT_LENGTH
					+ " characters long, not " + value.length());
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < ' ' || c >= 0x7f) {
				throw new IllegalArgumentException(field + " must be printable ASCII, but holds " + describe(c)
						+ " (at index " + i + ")");
			}
		}
		return value;
	}

	private static String describe(char c) {
		if (c < ' ' || c == 0x7f) {
			return String.format("the control character U+%04X", (int) c);
		}
		if (c > 0x7f) {
			return String.format("the non-ASCII character U+%04X", (int) c);
		}
		return (c == ' ') ? "a space" : "'" + c + "'";
	}

	/**
	 * Require a duration that is not negative.
	 * @param value the value
	 * @param field the parameter's name
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null} or negative
	 */
	public static Duration notNegative(@Nullable Duration value, String field) {
		required(value, field);
		if (value.isNegative()) {
			throw new IllegalArgumentException(field + " must not be negative, not " + value);
		}
		return value;
	}

	/**
	 * Require a duration longer than zero.
	 * @param value the value
	 * @param field the parameter's name
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null}, zero or negative
	 */
	public static Duration positive(@Nullable Duration value, String field) {
		required(value, field);
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(field + " must be positive, not " + value);
		}
		return value;
	}

	/**
	 * Require a DNS label, as a name that becomes part of a host name must be.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null} or not 1 to 63 ASCII
	 * letters, digits and hyphens with no hyphen at either end
	 */
	public static String dnsLabel(@Nullable String value, String field) {
		return matches(value, field, DNS_LABEL,
				"a DNS label: ASCII letters, digits and hyphens, not starting or ending with a hyphen");
	}

	/**
	 * Require a condition that the other checks do not cover.
	 * @param condition the condition
	 * @param field the field's name, as the API spells it
	 * @param requirement what the field must be, for the message, such as
	 * {@code "SUCCEEDED before its file can be downloaded"}
	 * @throws IllegalArgumentException if the condition is false
	 */
	public static void check(boolean condition, String field, String requirement) {
		if (!condition) {
			throw new IllegalArgumentException(field + " must be " + requirement);
		}
	}

	/**
	 * Require a number within bounds.
	 * @param value the value
	 * @param field the field's name, as the API spells it
	 * @param min the smallest value allowed
	 * @param max the largest value allowed
	 * @return the value
	 * @throws IllegalArgumentException if the value is out of bounds
	 */
	public static long between(long value, String field, long min, long max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", not " + value);
		}
		return value;
	}

	/**
	 * Require a time range whose bounds, where both are given, are in order.
	 * @param from the start of the range, or {@code null}
	 * @param to the end of the range, or {@code null}
	 * @throws IllegalArgumentException if {@code from} is after {@code to}
	 */
	public static void range(@Nullable Instant from, @Nullable Instant to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("from must not be after to (" + to + "), not " + from);
		}
	}

}
