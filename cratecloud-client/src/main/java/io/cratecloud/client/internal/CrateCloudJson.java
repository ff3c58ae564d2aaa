package io.cratecloud.client.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The client's own JSON mapping, kept apart from the application's so that global Jackson
 * settings change nothing the client sends or reads.
 * <p>
 * Property names are snake_case, unknown properties are ignored, a single object is read as
 * a list of one where a list is expected, {@code null} values are left out of request bodies, and timestamps are read in every form the service sends:
 * with an offset, with {@code Z}, without an offset (meaning UTC) and as {@code ""}.
 */
public final class CrateCloudJson {

	/**
	 * The longest string value read, in characters: far beyond any the API sends (a
	 * Prometheus page is text, not JSON), far below what would strain the heap.
	 */
	static final int MAX_STRING_LENGTH = 1_000_000;

	/** The deepest nesting read: the API's answers nest a handful of levels. */
	static final int MAX_NESTING_DEPTH = 64;

	private CrateCloudJson() {
	}

	/**
	 * Create the mapper the client uses.
	 * @return a new mapper
	 */
	public static JsonMapper createMapper() {
		SimpleModule timestamps = new SimpleModule("cratecloud-timestamps");
		timestamps.addDeserializer(Instant.class, new LenientInstantDeserializer());
		timestamps.addDeserializer(Long.class, new LenientLongDeserializer());
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxStringLength(MAX_STRING_LENGTH)
				.maxNestingDepth(MAX_NESTING_DEPTH)
				.build())
			.build();
		return JsonMapper.builder(factory)
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.addModule(timestamps)
			.build();
	}

	/**
	 * Create the mapper that reads rows of SQL results into the caller's types: columns by
	 * their {@code snake_case} names, whatever their case, timestamps as CrateDB sends them
	 * (epoch milliseconds), columns the type has no property for ignored.
	 * @return a new mapper
	 */
	public static JsonMapper createRowMapper() {
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.build();
	}

	/**
	 * Parse a timestamp the way the service writes them: {@code 2026-07-10T10:41:02.983000+00:00},
	 * with {@code Z}, or without an offset (meaning UTC). The common forms are read by hand,
	 * without an exception or a regular expression; any other is left to
	 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}.
	 * @param text the timestamp text
	 * @return the instant, or {@code null} for blank text
	 * @throws DateTimeParseException if the text is no timestamp
	 */
	public static @Nullable Instant parseTimestamp(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		Instant fast = parseCommonForm(trimmed);
		if (fast != null) {
			return fast;
		}
		try {
			return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			// Health timestamps come without an offset and mean UTC.
			return LocalDateTime.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
		}
	}

	/**
	 * {@code yyyy-MM-ddTHH:mm:ss}, then an optional fraction of up to nine digits, then
	 * {@code Z}, {@code +HH:MM}, {@code -HH:MM} or nothing.
	 * @return the instant, or {@code null} if the text is in no such form
	 */
	private static @Nullable Instant parseCommonForm(String text) {
		int length = text.length();
		if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
				|| day > 31 || hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		int position = 19;
		int nanos = 0;
		if (position < length && text.charAt(position) == '.') {
			int start = ++position;
			while (position < length && isDigit(text.charAt(position))) {
				position++;
			}
			int count = position - start;
			if (count == 0 || count > 9) {
				return null;
			}
			nanos = digits(text, start, count);
			for (int i = count; i < 9; i++) {
				nanos *= 10;
			}
		}
		int offsetSeconds;
		if (position == length) {
			offsetSeconds = 0;
		}
		else if (text.charAt(position) == 'Z' && position == length - 1) {
			offsetSeconds = 0;
		}
		else if ((text.charAt(position) == '+' || text.charAt(position) == '-') && position == length - 6
				&& text.charAt(position + 3) == ':') {
			int offsetHours = digits(text, position + 1, 2);
			int offsetMinutes = digits(text, position + 4, 2);
			if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 18 || offsetMinutes > 59) {
				return null;
			}
			offsetSeconds = ((text.charAt(position) == '-') ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
		}
		else {
			return null;
		}
		if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
		long epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
		return Instant.ofEpochSecond(epochSecond, nanos);
	}

	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * Reads timestamps in every form the service writes them, and an unreadable one as
	 * {@code null}, so that one odd value cannot make a whole answer unreadable.
	 */
	private static final class LenientInstantDeserializer extends ValueDeserializer<Instant> {

		@Override
		public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT) {
				return Instant.ofEpochSecond(parser.getLongValue());
			}
			if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
				parser.skipChildren();
				return null;
			}
			try {
				return parseTimestamp(parser.getValueAsString());
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}

	}

	/**
	 * Reads whole numbers from numbers and numeric strings, and anything else as
	 * {@code null}: the document leaves some of them untyped ({@code disk_space_bytes},
	 * {@code storage_bytes}), and one odd value must not make a whole list unreadable.
	 */
	private static final class LenientLongDeserializer extends ValueDeserializer<Long> {

		@Override
		public @Nullable Long deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT) {
				return parser.getLongValue();
			}
			if (token == JsonToken.VALUE_NUMBER_FLOAT) {
				return (long) parser.getDoubleValue();
			}
			if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
				parser.skipChildren();
				return null;
			}
			if (token == JsonToken.VALUE_STRING) {
				String text = parser.getString().trim();
				try {
					return Long.parseLong(text);
				}
				catch (NumberFormatException notWhole) {
					try {
						double value = Double.parseDouble(text);
						return (Double.isFinite(value) && Math.abs(value) < 9.2e18) ? (long) value : null;
					}
					catch (NumberFormatException notANumber) {
						return null;
					}
				}
			}
			return null;
		}

	}

}
